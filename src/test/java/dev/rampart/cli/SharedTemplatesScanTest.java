package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.template.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The four real-world templates of ../shared/templates give the findings ../shared/templates/EXPECTED.md lists. */
class SharedTemplatesScanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Arguments> expected() {
        return List.of(
                Arguments.of("ecs-refarch-vpc.yaml", List.of("NET-008 → PublicSubnet1", "NET-008 → PublicSubnet2"),
                        List.of()),
                Arguments.of("cfn-fargate-public-vpc.json", List.of("LB-001 → PublicLoadBalancerListener",
                        "NET-008 → PublicSubnetOne", "NET-008 → PublicSubnetTwo"), List.of()),
                // The service's subnets and VPC are imported: its subnet public-ness and endpoints stay unknown.
                Arguments.of("cfn-fargate-public-service.yaml", List.of("NET-002 → Service"),
                        List.of("EPT-001 → Service", "EPT-002 → Service", "EPT-003 → Service")),
                // Subnets from parameter PublicSubnetIds: NET-003 and the EPT rules cannot decide.
                Arguments.of("cp-public-web-fargate-service.yaml", List.of("LB-001 → PublicLoadBalancerListener",
                        "NET-002 → Service"), List.of("EPT-001 → Service", "NET-003 → PublicLoadBalancer")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void aSharedTemplateGivesItsExpectedFindings(String template, List<String> findings, List<String> someUnknowns)
            throws Exception {
        assumeTrue(BuiltinRules.available(), "the built-in policies are not in this checkout yet");
        Path dir = Fixtures.sharedTemplates();
        assumeTrue(dir != null, "../shared/templates is not in this checkout");

        CliRun.Result run = BuiltinRules.scan(dir.resolve(template).toString(), "--region", "eu-west-1", "--format",
                "json", "--fail-on", "never", "--allow-partial");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode doc = JSON.readTree(run.out());
        assertThat(pairs(doc.get("findings"))).containsExactlyElementsOf(findings);
        assertThat(pairs(doc.get("unknowns"))).containsAll(someUnknowns);
    }

    private static TreeSet<String> pairs(JsonNode list) {
        TreeSet<String> out = new TreeSet<>();
        list.forEach(f -> {
            String id = f.get("resource").asText();
            out.add(f.get("rule_id").asText() + " → " + id.substring(id.indexOf('/') + 1));
        });
        return out;
    }
}
