package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/iam-policy.json grants exactly the calls the collector makes: the same set as the {@link Api} registry,
 * which is the set of calls a full run actually sends.
 */
class IamPolicyTest {
    private static final Path POLICY = Path.of("docs/iam-policy.json");

    private static JsonNode policy() throws IOException {
        return new ObjectMapper().readTree(POLICY.toFile());
    }

    private static JsonNode statement(String sid) throws IOException {
        for (JsonNode s : policy().get("Statement")) {
            if (s.get("Sid").asText().equals(sid)) {
                return s;
            }
        }
        throw new AssertionError("docs/iam-policy.json has no statement " + sid);
    }

    private static Set<String> actions(JsonNode statement) {
        Set<String> out = new TreeSet<>();
        statement.get("Action").forEach(a -> out.add(a.asText()));
        return out;
    }

    @Test
    void theDocumentIsAnIamPolicyOfThreeStatements() throws IOException {
        assertThat(policy().get("Version").asText()).isEqualTo("2012-10-17");
        assertThat(policy().get("Statement")).extracting(s -> s.get("Sid").asText())
                .containsExactly("RampartReadOnly", "RampartAssumeRole", "RampartListAccounts");
        assertThat(policy().get("Statement")).allSatisfy(s -> assertThat(s.get("Effect").asText()).isEqualTo("Allow"));
    }

    @Test
    void eachStatementGrantsExactlyTheCallsThatNeedIt() throws IOException {
        for (Api.Permission p : Api.Permission.values()) {
            if (p.statementId() != null) {
                assertThat(actions(statement(p.statementId()))).as(p.statementId())
                        .isEqualTo(Api.actionsGrantedBy(p));
            }
        }
    }

    @Test
    void theReadOnlyStatementGrantsOnlyReadsAndNoWildcards() throws IOException {
        assertThat(actions(statement("RampartReadOnly")))
                .allMatch(a -> a.matches("[a-z0-9]+:(Describe|List|Get)[A-Za-z]+"));
        assertThat(statement("RampartAssumeRole").get("Resource").asText())
                .isEqualTo("arn:aws:iam::*:role/RampartReadOnly");
    }

    @Test
    void theRegistryIsExactlyWhatAFullRunCalls() {
        CollectorFixture.withDefaultRegion("eu-west-1", () -> {
            try (AwsMock aws = new AwsMock()
                    .serve("accounts", null)
                    .serve("webshop", "eu-west-1", PlantedCredentials.ASSUMED_ACCESS_KEY_ID_1)
                    .serve("estate", "us-east-1", PlantedCredentials.ASSUMED_ACCESS_KEY_ID_1)
                    .fallback("empty")) {
                AwsCollector.collect(CollectorFixture.options(aws).allRegions(true).organization(true)
                        .roleArn("arn:aws:iam::{account}:role/RampartReadOnly").build());

                Set<String> registry = Arrays.stream(Api.values()).map(Api::action)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(aws.callsReceived()).isEqualTo(registry);
            }
        });
    }

    @Test
    void gapsNameCallsAsTheirIamActions() {
        assertThat(List.of(Api.ELBV2_DESCRIBE_LISTENERS.action(), Api.EC2_DESCRIBE_ROUTE_TABLES.action()))
                .containsExactly("elasticloadbalancing:DescribeListeners", "ec2:DescribeRouteTables");
    }
}
