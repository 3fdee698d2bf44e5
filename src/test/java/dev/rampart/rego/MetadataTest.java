package dev.rampart.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.rego.ast.Annotation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code # METADATA} blocks are read as YAML, attached to the next package or rule, and exposed on the policy. */
class MetadataTest {

    private static CompileResult compile(String... modules) {
        java.util.List<RegoSource> srcs = new java.util.ArrayList<>();
        for (int i = 0; i < modules.length; i++) {
            srcs.add(new RegoSource("m" + i + ".rego", modules[i]));
        }
        return RegoCompiler.compile(srcs, CompileOptions.DEFAULT);
    }

    private static final String POLICY = """
            # METADATA
            # title: Network rules
            # scope: subpackages
            package rampart.net

            # METADATA
            # title: Public subnet workloads
            # description: An instance in a public subnet.
            # related_resources:
            #   - https://docs.aws.amazon.com/vpc/
            #   - ref: https://example.com/net-001
            #     description: runbook
            # authors:
            #   - Jane Doe <jane@example.com>
            # organizations: [rampart]
            # custom:
            #   id: NET-001
            #   severity: high
            #   tags: [network, ec2]
            deny contains msg if {
              msg := "x"
            }

            # METADATA
            # scope: document
            # title: allow document
            allow := true
            """;

    @Test
    void ruleAnnotationCarriesItsFields() {
        CompileResult r = compile(POLICY);
        assertThat(r.errors()).isEmpty();
        CompiledRule deny = r.policy().ruleSet("data.rampart.net.deny").rules().get(0);
        Annotation a = deny.annotations().get(0);
        assertThat(a.scope()).isEqualTo(Annotation.Scope.RULE);
        assertThat(a.title()).isEqualTo("Public subnet workloads");
        assertThat(a.description()).isEqualTo("An instance in a public subnet.");
        assertThat(a.custom()).containsEntry("id", "NET-001").containsEntry("severity", "high")
                .containsEntry("tags", List.of("network", "ec2"));
        assertThat(a.relatedResources()).extracting(Annotation.RelatedResource::ref)
                .containsExactly("https://docs.aws.amazon.com/vpc/", "https://example.com/net-001");
        assertThat(a.authors()).containsExactly(new Annotation.Author("Jane Doe", "jane@example.com"));
        assertThat(a.organizations()).containsExactly("rampart");
        assertThat(a.target().toString()).isEqualTo("data.rampart.net.deny");
        assertThat(a.location()).isEqualTo(new Location("m0.rego", 6, 1));
    }

    @Test
    void packageBlockDefaultsToPackageScopeUnlessGiven() {
        CompileResult r = compile("# METADATA\n# title: t\npackage a\n", "# METADATA\n# scope: subpackages\n# title: s\npackage b\n");
        assertThat(r.policy().annotations()).extracting(Annotation::scope)
                .containsExactly(Annotation.Scope.PACKAGE, Annotation.Scope.SUBPACKAGES);
    }

    @Test
    void documentScopeAppliesToEveryRuleOfThePath() {
        CompileResult r = compile(POLICY);
        CompiledRule allow = r.policy().ruleSet("data.rampart.net.allow").rules().get(0);
        assertThat(allow.annotations()).extracting(Annotation::title).containsExactly("allow document");
    }

    @Test
    void chainListsRuleThenPackageThenSubpackagesNearestFirst() {
        CompileResult r = compile(POLICY);
        CompiledRule deny = r.policy().ruleSet("data.rampart.net.deny").rules().get(0);
        assertThat(r.policy().annotationChain(deny)).extracting(Annotation::title)
                .containsExactly("Public subnet workloads", "Network rules");
    }

    @Test
    void malformedYamlIsAParseErrorAtTheOffendingLine() {
        CompileResult r = compile("package p\n\n# METADATA\n# title: a\n#  bad: indentation: here\np := 1\n");
        assertThat(r.errors()).extracting(RegoError::format).containsExactly(
                "m0.rego:5:1: rego_parse_error: yaml: line 2: mapping values are not allowed here");
    }

    @Test
    void duplicateKeysAreRejected() {
        CompileResult r = compile("package p\n# METADATA\n# title: a\n# title: b\np := 1\n");
        assertThat(r.errors()).extracting(RegoError::format).containsExactly(
                "m0.rego:4:1: rego_parse_error: yaml: line 2: found duplicate key title");
    }

    @Test
    void emptyBlockIsAnError() {
        CompileResult r = compile("package p\n# METADATA\np := 1\n");
        assertThat(r.errors()).extracting(RegoError::format)
                .containsExactly("m0.rego:2:1: rego_parse_error: expected METADATA block, found whitespace");
    }

    @Test
    void ruleScopeOnAPackageIsAnError() {
        CompileResult r = compile("# METADATA\n# scope: rule\npackage p\n");
        assertThat(r.errors()).extracting(RegoError::format).containsExactly(
                "m0.rego:1:1: rego_parse_error: annotation scope 'rule' must be applied to rule (have package)");
    }

    @Test
    void unknownScopeIsAnError() {
        CompileResult r = compile("package p\n# METADATA\n# scope: everywhere\np := 1\n");
        assertThat(r.errors().get(0).message()).isEqualTo(
                "invalid annotation scope 'everywhere'. Use one of 'rule', 'document', 'package', or 'subpackages'");
    }

    @Test
    void twoPackageBlocksForOnePackageAreRedeclared() {
        CompileResult r = compile("# METADATA\n# title: a\npackage p\n", "# METADATA\n# title: b\npackage p\n");
        assertThat(r.errors()).extracting(RegoError::format).containsExactly(
                "m1.rego:1:1: rego_type_error: package annotation redeclared: m0.rego:1:1");
    }

    @Test
    void customValuesKeepTheirYamlTypes() {
        CompileResult r = compile("package p\n# METADATA\n# custom:\n#   n: 3\n#   ok: true\n#   nested: {a: null}\np := 1\n");
        Map<String, Object> custom = r.policy().ruleSet("data.p.p").rules().get(0).annotations().get(0).custom();
        assertThat(custom.get("n")).isEqualTo(3);
        assertThat(custom.get("ok")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) custom.get("nested");
        assertThat(nested).containsEntry("a", null);
    }
}
