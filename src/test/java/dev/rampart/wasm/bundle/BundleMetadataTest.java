package dev.rampart.wasm.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.rego.ast.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleMetadataTest {

    private static final String RULE = """
            # METADATA
            # title: EC2 instances are not in public subnets
            # description: Workloads belong in private subnets.
            # related_resources:
            #   - ref: https://docs.aws.amazon.com/vpc/
            #     description: VPC guide
            # authors:
            #   - name: Platform team
            #     email: platform@example.com
            # organizations: [Example]
            # custom:
            #   id: NET-001
            #   severity: high
            #   resource_kinds: [instances, auto_scaling_groups]
            #   weight: 2.5
            package rampart.rules.net_001

            # METADATA
            # title: the findings
            # entrypoint: true
            deny contains "x" if { input.a }
            """;

    @Test
    void annotationsRoundTripThroughMetadataJson() {
        CompileResult r = RegoCompiler.compile(List.of(new RegoSource("policies/net_001.rego", RULE)),
                CompileOptions.DEFAULT);
        assertThat(r.errors()).isEmpty();
        List<Annotation> annotations = r.policy().annotations();
        assertThat(annotations).hasSize(2);
        List<Annotation> back = BundleMetadata.parse(BundleMetadata.toJson(annotations), "b.tar.gz");
        assertThat(back).isEqualTo(annotations);
        assertThat(back.get(0).custom()).containsEntry("id", "NET-001");
        assertThat(back.get(0).target().toString()).isEqualTo("data.rampart.rules.net_001");
    }

    @Test
    void aFileWithoutAnAnnotationsListIsRefused() {
        assertThatThrownBy(() -> BundleMetadata.parse("{}".getBytes(StandardCharsets.UTF_8), "b.tar.gz"))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessage("b.tar.gz: metadata.json: must be an object with an \"annotations\" list");
    }
}
