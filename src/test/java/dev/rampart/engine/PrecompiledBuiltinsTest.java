package dev.rampart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.rego.RegoSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build compiles the built-in policies into the jar; scans use that only for exactly those sources. */
class PrecompiledBuiltinsTest {
    private static final ClassLoader LOADER = PrecompiledBuiltinsTest.class.getClassLoader();

    private static List<RegoSource> builtinSources() {
        return ((PolicySet.Rego) new BuiltinPolicies().load()).modules();
    }

    @Test
    void theBuildCompiledTheBuiltinPoliciesWithTheSameRulesAsCompilingThemNow() {
        Policies.Loaded precompiled = PrecompiledBuiltins.find(builtinSources(), "built-in policies", LOADER);
        assertThat(precompiled).as("made by the exec plugin in process-classes").isNotNull();
        Policies.Loaded compiled = PolicyLoader.compile(builtinSources(), "built-in policies");
        assertThat(precompiled.rules()).isEqualTo(compiled.rules());
        assertThat(precompiled.program().entrypoints())
                .containsExactlyInAnyOrderElementsOf(compiled.program().entrypoints());
    }

    @Test
    void changedSourcesAreCompiledInsteadOfUsingAStaleModule() {
        List<RegoSource> changed = new ArrayList<>(builtinSources());
        RegoSource first = changed.get(0);
        changed.set(0, new RegoSource(first.name(), first.text() + "\n# edited\n"));
        assertThat(PrecompiledBuiltins.find(changed, "built-in policies", LOADER)).isNull();
    }
}
