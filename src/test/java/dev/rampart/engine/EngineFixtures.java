package dev.rampart.engine;

import dev.rampart.snapshot.Snapshot;
import dev.rampart.template.TemplateOptions;
import dev.rampart.template.TemplateSnapshotter;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rules, programs and snapshots for engine tests. */
final class EngineFixtures {
    static final Path EXAMPLE = Path.of("fixtures/example/cdk.out");
    static final String LISTENER = "RampartExample/PublicAlbHttpA2F180B8";
    static final String ORDERS = "RampartExample/OrdersService70141735";
    static final String WEB = "RampartExample/WebService7F8A1763";
    static final String VPC = "RampartExample/Vpc8378EB38";

    private EngineFixtures() {}

    static Snapshot example() {
        return TemplateSnapshotter.read(List.of(EXAMPLE), TemplateOptions.defaults());
    }

    static RuleInfo rule(String id, Severity severity, String... kinds) {
        String pkg = "rampart.rules." + id.toLowerCase().replace('-', '_');
        return new RuleInfo(id, "Title of " + id, "Description of " + id, severity, "Fix " + id + ".",
                List.of("https://docs.aws.amazon.com/" + id), List.of(kinds), pkg, "policies/" + id + ".rego");
    }

    static RuleModule module(RuleInfo info) {
        String base = info.packagePath().replace('.', '/');
        return new RuleModule(info, base + "/deny", base + "/unknown");
    }

    /** A finding object as a policy writes it. */
    static ObjectValue finding(String resource, String message) {
        return Values.object(Values.string("resource"), Values.string(resource), Values.string("message"),
                Values.string(message));
    }

    static SetValue set(Value... members) {
        return Values.set(members);
    }

    /** Policies of one fake program answering {@code deny} of each rule with the given findings. */
    static Policies policies(FakeProgram program, RuleInfo... rules) {
        List<RuleModule> modules = new ArrayList<>();
        for (RuleInfo r : rules) {
            modules.add(module(r));
        }
        return new Policies(List.of(new Policies.Loaded("test", program, modules, null)));
    }
}
