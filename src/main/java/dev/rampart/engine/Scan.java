package dev.rampart.engine;

import dev.rampart.RampartVersion;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.wasm.value.ObjectValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One scan of one snapshot: evaluate every rule, then apply the template's and the central suppressions. */
public final class Scan {
    private Scan() {}

    /**
     * What a scan needs besides the policies and the snapshot.
     *
     * @param inputs       the inputs as the user named them, for reports
     * @param config       {@code data.rampart.config} ({@link ScanConfig#load})
     * @param suppressions entries of the central suppressions file (the snapshot's own are added)
     * @param today        the day expiry dates are compared with (UTC)
     */
    public record Settings(List<String> inputs, ObjectValue config, List<SuppressionRule> suppressions, LocalDate today) {
        public Settings {
            inputs = List.copyOf(inputs);
            suppressions = List.copyOf(suppressions);
        }
    }

    public static ScanResult run(PolicyEngine engine, Policies policies, Snapshot snapshot, Settings settings) {
        SnapshotInput input = SnapshotInput.of(snapshot);
        PolicyEngine.Evaluation evaluation = engine.evaluate(policies, input, settings.config());
        ScanResult result = new ScanResult(RampartVersion.current(), settings.inputs(), snapshot.source(),
                policies.rules(), evaluation.findings(), evaluation.unknowns(), evaluation.evaluated(), snapshot.gaps());
        List<SuppressionRule> rules = new ArrayList<>(SuppressionFile.fromSnapshot(snapshot.suppressions()));
        rules.addAll(settings.suppressions());
        if (rules.isEmpty()) {
            return result;
        }
        return result.withSuppressions(Suppressor.apply(result.findings(), rules, input, settings.today()));
    }
}
