package dev.rampart.rego;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Walks the shared conformance corpus through the front end: every case that expects no error must parse
 * and compile (its modules together, then its query); the cases that expect an error at parse or compile
 * time must produce one. Cases expecting evaluation errors ({@code eval_*}, regorus runtime errors) are
 * the evaluator's business and must compile. Which cases fail at compile time is pinned in
 * {@code conformance-compile-errors.txt}, reviewed by hand against OPA's behaviour.
 */
class RegoConformanceTest {

    @Test
    void everyModuleOfTheCorpusCompilesUnlessItsCaseExpectsACompileError() throws IOException {
        Path root = ConformanceCorpus.locate().orElse(null);
        Assumptions.assumeTrue(root != null, "../shared/conformance is not available");
        List<ConformanceCorpus.Case> cases = ConformanceCorpus.cases(root);
        int modules = 0;
        int errorCases = 0;
        int skipped = 0;
        int untargeted = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> compileErrors = new ArrayList<>();
        for (ConformanceCorpus.Case c : cases) {
            if (c.skip()) {
                skipped++;
                continue;
            }
            if (c.usesUntargetedFeatures()) {
                untargeted++;
                continue;
            }
            modules += c.modules().size();
            List<RegoError> errors = compile(c);
            if (c.expectsError()) {
                errorCases++;
                if (!errors.isEmpty()) {
                    compileErrors.add(c.id());
                }
            } else if (!errors.isEmpty()) {
                unexpected.add(c.id() + "\n    " + errors.get(0).format().replace("\n", "\n    "));
            }
        }
        System.out.printf("Rego conformance corpus: %d files, %d cases, %d modules parsed and compiled; "
                        + "%d cases expect an error, %d of them at compile time; %d skipped upstream, "
                        + "%d use features not targeted (rego.v2, future.keywords.not)%n",
                ConformanceCorpus.files(root).size(), cases.size(), modules, errorCases, compileErrors.size(),
                skipped, untargeted);
        assertThat(unexpected).as("cases that must compile").isEmpty();
        assertThat(compileErrors).as("cases that fail at compile time")
                .containsExactlyInAnyOrderElementsOf(expectedCompileErrors());
    }

    private static List<RegoError> compile(ConformanceCorpus.Case c) {
        List<RegoSource> sources = new ArrayList<>();
        for (int i = 0; i < c.modules().size(); i++) {
            sources.add(new RegoSource("mod" + i + ".rego", c.modules().get(i)));
        }
        CompileOptions options = CompileOptions.DEFAULT.withV0Compatible(c.v0()).withMaxErrors(0);
        CompileResult r = RegoCompiler.compile(sources, options);
        if (!r.ok() || c.query() == null) {
            return r.errors();
        }
        return RegoCompiler.compileQuery(c.query(), r.policy(), options).errors();
    }

    private static List<String> expectedCompileErrors() throws IOException {
        try (InputStream in = RegoConformanceTest.class.getResourceAsStream("conformance-compile-errors.txt")) {
            assertThat(in).as("conformance-compile-errors.txt").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
