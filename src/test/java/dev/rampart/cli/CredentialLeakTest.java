package dev.rampart.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.collect.AwsMock;
import dev.rampart.collect.PlantedCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants credentials (the base profile's keys, and the session credentials STS hands out for each account)
 * and makes AWS quote them back in errors, as a {@code SignatureDoesNotMatch} message quotes the canonical
 * request with its security token, and as a misbehaving proxy might echo the {@code Authorization} header.
 * None of them may appear in any output: the snapshot, stdout, stderr (progress line and gap list included),
 * or anything else the process prints. The same holds for the value of a template's {@code NoEcho} parameter.
 */
class CredentialLeakTest {
    @TempDir
    Path dir;

    @Test
    void noPlantedSecretAppearsInAnyOutput() throws IOException {
        Path snapshotFile = dir.resolve("org.json");
        ByteArrayOutputStream processOut = new ByteArrayOutputStream();
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        CliRun.Result run;
        try (AwsMock aws = new AwsMock()
                .serve("accounts", null)
                .serve("webshop", "eu-west-1", PlantedCredentials.ASSUMED_ACCESS_KEY_ID_1)
                .serve("estate", "us-east-1", PlantedCredentials.ASSUMED_ACCESS_KEY_ID_1)
                .fallback("empty")) {
            aws.override(aws.request("ec2:DescribeNatGateways", "eu-west-1", PlantedCredentials.ASSUMED_ACCESS_KEY_ID_1),
                    AwsMock.recorded("errors/ec2-SignatureDoesNotMatch.xml", 403));
            aws.override(aws.request("ecs:ListClusters", "us-east-1", null), aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/x-amz-json-1.1")
                    .withBody("{\"__type\":\"ClientException\",\"message\":\"rejected: Authorization: "
                            + "{{request.headers.Authorization}} X-Amz-Security-Token={{request.headers.X-Amz-Security-Token}}"
                            + " with secret " + PlantedCredentials.SECRET_ACCESS_KEY + "\"}")
                    .withTransformers("response-template"));
            System.setOut(new PrintStream(processOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
            try {
                run = CliRun.withPlantedProfile(dir, () -> CliRun.rampart("collect", "--profile", "planted",
                        "--endpoint-url", aws.endpoint().toString(), "--region", "eu-west-1", "--region", "us-east-1",
                        "--role-arn", "arn:aws:iam::{account}:role/RampartReadOnly", "--organization",
                        "--external-id", "rampart-7f3a9c", "--max-attempts", "2", "--progress", "always",
                        "-o", snapshotFile.toString()));
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            // The secrets did travel: AWS was sent them, and quoted them back.
            assertThat(aws.everythingReceived()).contains(PlantedCredentials.ASSUMED_ACCESS_KEY_ID_1)
                    .contains(PlantedCredentials.sessionTokens().get(0));
        }
        String snapshot = Files.readString(snapshotFile);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(snapshot).contains("SignatureDoesNotMatch").contains("ClientException").contains("[redacted]");

        List<String> outputs = List.of(snapshot, run.out(), run.err(), processOut.toString(StandardCharsets.UTF_8),
                processErr.toString(StandardCharsets.UTF_8));
        for (String secret : secrets()) {
            for (String output : outputs) {
                assertThat(output).as("an output contains a planted secret").doesNotContain(secret);
            }
        }
    }

    @Test
    void noPlantedSecretAppearsInAnyScanReportOrHistory() throws IOException {
        Path history = dir.resolve("history");
        Path json = dir.resolve("findings.json");
        Path sarif = dir.resolve("findings.sarif");
        Path junit = dir.resolve("findings.xml");
        ByteArrayOutputStream processOut = new ByteArrayOutputStream();
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        CliRun.Result run;
        try (AwsMock aws = new AwsMock()
                .serve("webshop", "eu-west-1", null)
                .fallback("empty")) {
            aws.override(aws.request("ec2:DescribeNatGateways", "eu-west-1", null),
                    AwsMock.recorded("errors/ec2-SignatureDoesNotMatch.xml", 403));
            System.setOut(new PrintStream(processOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
            try {
                run = CliRun.withPlantedProfile(dir, () -> CliRun.rampart("scan", "--aws", "--profile", "planted",
                        "--endpoint-url", aws.endpoint().toString(), "--region", "eu-west-1", "--max-attempts", "2",
                        "--output", "json=" + json, "--output", "sarif=" + sarif, "--output", "junit=" + junit,
                        "--history", history.toString()));
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            assertThat(aws.everythingReceived()).contains(PlantedCredentials.ACCESS_KEY_ID);
        }
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.FINDINGS, ExitCodes.INCOMPLETE);
        List<String> outputs = new ArrayList<>(List.of(run.out(), run.err(), processOut.toString(StandardCharsets.UTF_8),
                processErr.toString(StandardCharsets.UTF_8), Files.readString(json), Files.readString(sarif),
                Files.readString(junit)));
        try (var files = Files.walk(history)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                outputs.add(Files.readString(f));
            }
        }
        assertThat(String.join("\n", outputs)).contains("SignatureDoesNotMatch");
        for (String secret : secrets()) {
            for (String output : outputs) {
                assertThat(output).as("an output contains a planted secret").doesNotContain(secret);
            }
        }
    }

    @Test
    void noNoEchoParameterValueAppearsInAnyTemplateScanReportOrHistory() throws IOException {
        String given = "Hunter2-Pr0d-Secret";
        String byDefault = "tok-Default-S3cret";
        Path template = Files.writeString(dir.resolve("app.yaml"), """
                Parameters:
                  DbPassword: {Type: String, NoEcho: true}
                  ApiToken: {Type: String, NoEcho: true, Default: %s}
                Resources:
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: !Sub "app sg ${DbPassword}"
                      VpcId: vpc-1
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: !Ref DbPassword}
                      Tags: [{Key: token, Value: !Ref ApiToken}]
                  Lb:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties: {Name: !Sub "lb-${DbPassword}", Scheme: internet-facing, Subnets: [subnet-1, subnet-2]}
                  L:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref Lb
                      Port: 80
                      Protocol: HTTP
                      DefaultActions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: "404"}}]
                """.formatted(byDefault));
        Path history = dir.resolve("history");
        Path json = dir.resolve("findings.json");
        Path sarif = dir.resolve("findings.sarif");
        Path junit = dir.resolve("findings.xml");

        CliRun.Result run = CliRun.rampart("scan", template.toString(), "--region", "us-east-1",
                "--param", "DbPassword=" + given, "--output", "json=" + json, "--output", "sarif=" + sarif,
                "--output", "junit=" + junit, "--history", history.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        List<String> outputs = new ArrayList<>(List.of(run.out(), run.err(), Files.readString(json),
                Files.readString(sarif), Files.readString(junit)));
        try (var files = Files.walk(history)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                outputs.add(Files.readString(f));
            }
        }
        assertThat(String.join("\n", outputs)).contains("parameter DbPassword is NoEcho: Rampart does not use its value");
        for (String output : outputs) {
            assertThat(output).as("an output contains a NoEcho parameter's value").doesNotContain(given)
                    .doesNotContain(byDefault);
        }
    }

    @Test
    void aMalformedParamIsRefusedWithoutRepeatingIt() throws IOException {
        Path template = Files.writeString(dir.resolve("t.yaml"), "Parameters:\n  Pw: {Type: String, NoEcho: true}\n"
                + "Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: x, VpcId: vpc-1}\n");

        CliRun.Result run = CliRun.rampart("scan", template.toString(), "--param", "Pw:Sup3rS3cret-Typo");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--param: value 1 of 1 is not KEY=VALUE").doesNotContain("Sup3rS3cret");
    }

    // Every planted value, and pieces of each session token (a truncated token is still a leak).
    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(PlantedCredentials.all());
        for (String token : PlantedCredentials.sessionTokens()) {
            for (int i = 0; i + 40 <= token.length(); i += 40) {
                secrets.add(token.substring(i, i + 40));
            }
        }
        secrets.add("Pl4nted-Env-Passw0rd");
        secrets.add("PlantedSecretRef");
        secrets.add("rampart-7f3a9c");
        return secrets;
    }
}
