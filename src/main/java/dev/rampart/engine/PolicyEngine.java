package dev.rampart.engine;

import dev.rampart.RampartException;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Evaluates every rule of a scan against one snapshot: the snapshot value and the data document are built once
 * and shared, rules run in parallel (one task per rule, as many threads as processors), and results come back in
 * a fixed order whatever the scheduling.
 */
public final class PolicyEngine {
    private final EvalOptions options;
    private final int threads;

    /** An engine evaluating under {@code options} (timeout and allocation budget apply to each evaluation). */
    public PolicyEngine(EvalOptions options, int threads) {
        this.options = options;
        this.threads = Math.max(1, threads);
    }

    /** An engine with the default budgets and one thread per processor. */
    public static PolicyEngine defaults() {
        return new PolicyEngine(EvalOptions.DEFAULT, Runtime.getRuntime().availableProcessors());
    }

    /**
     * What the rules found.
     *
     * @param findings  ordered by severity, rule id, resource id, message
     * @param unknowns  ordered by rule id, resource id
     * @param evaluated rule id → ids of the resources of its {@code resource_kinds}
     */
    public record Evaluation(List<Finding> findings, List<Unknown> unknowns, Map<String, List<String>> evaluated) {}

    private record RuleOutcome(List<Finding> findings, List<Unknown> unknowns) {}

    /** Evaluates {@code policies} on {@code input} with {@code config} as {@code data.rampart.config}. */
    public Evaluation evaluate(Policies policies, SnapshotInput input, ObjectValue config) {
        ObjectValue scanData = ScanConfig.data(config);
        List<RuleTask> tasks = new ArrayList<>();
        for (Policies.Loaded p : policies.programs()) {
            Value data = p.data() instanceof ObjectValue own ? ScanConfig.merge(own, scanData) : scanData;
            for (RuleModule rule : p.rules()) {
                tasks.add(new RuleTask(p, rule, data));
            }
        }
        Map<String, List<String>> evaluated = new TreeMap<>();
        for (RuleTask t : tasks) {
            evaluated.put(t.rule.info().id(), evaluatedIds(t.rule.info(), input));
        }
        List<RuleOutcome> outcomes = run(tasks, input);
        List<Finding> findings = new ArrayList<>();
        List<Unknown> unknowns = new ArrayList<>();
        outcomes.forEach(o -> {
            findings.addAll(o.findings());
            unknowns.addAll(o.unknowns());
        });
        findings.sort(FINDING_ORDER);
        unknowns.sort(Comparator.comparing(Unknown::ruleId).thenComparing(Unknown::resourceId)
                .thenComparing(Unknown::reason));
        return new Evaluation(findings, unknowns, evaluated);
    }

    /** Findings by severity (highest first), rule id, resource id, message. */
    public static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId).thenComparing(Finding::resourceId).thenComparing(Finding::message);

    private record RuleTask(Policies.Loaded program, RuleModule rule, Value data) {}

    private List<RuleOutcome> run(List<RuleTask> tasks, SnapshotInput input) {
        if (tasks.size() <= 1 || threads == 1) {
            return tasks.stream().map(t -> evaluate(t, input)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "rampart-rule");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RuleOutcome>> futures = tasks.stream().map(t -> pool.submit(() -> evaluate(t, input))).toList();
            List<RuleOutcome> out = new ArrayList<>();
            for (Future<RuleOutcome> f : futures) {
                out.add(join(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuleOutcome join(Future<RuleOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RampartException("interrupted while evaluating policies", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private RuleOutcome evaluate(RuleTask t, SnapshotInput input) {
        RuleInfo info = t.rule.info();
        try {
            Value deny = t.program.program().evaluate(t.rule.deny(), input.value(), t.data, options);
            List<Finding> findings = ResultMapper.findings(info, deny, input);
            List<Unknown> unknowns = List.of();
            if (t.rule.unknown() != null) {
                Value unknown = t.program.program().evaluate(t.rule.unknown(), input.value(), t.data, options);
                unknowns = ResultMapper.unknowns(info, unknown, input);
            }
            return new RuleOutcome(findings, unknowns);
        } catch (PolicyEvaluationException e) {
            throw new PolicyException(info.source() + " (" + info.id() + "): evaluation failed: " + e.getMessage(), e);
        }
    }

    private static List<String> evaluatedIds(RuleInfo rule, SnapshotInput input) {
        List<String> ids = new ArrayList<>();
        for (String kind : rule.resourceKinds()) {
            List<String> of = input.kinds().get(kind);
            if (of == null) {
                throw new PolicyException(rule.source() + " (" + rule.id() + "): custom.resource_kinds names '" + kind
                        + "', which is not a collection of the snapshot document (docs/snapshot.md)");
            }
            ids.addAll(of);
        }
        return List.copyOf(ids);
    }
}
