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
 * and shared; the rules of a program run as batched evaluations ({@link dev.rampart.wasm.PolicyProgram#evaluateAll},
 * so library rules are computed once per batch), batches in parallel; results come back in a fixed order
 * whatever the scheduling.
 */
public final class PolicyEngine {
    private final EvalOptions options;
    private final int batches;

    /**
     * An engine evaluating under {@code options} (timeout and allocation budget apply to each batch), splitting
     * each program's rules into at most {@code batches} batches run in parallel. One batch computes shared library
     * rules once; more batches trade that for wall time on idle processors.
     */
    public PolicyEngine(EvalOptions options, int batches) {
        this.options = options;
        this.batches = Math.max(1, batches);
    }

    /** An engine with the default budgets evaluating each program as one batch. */
    public static PolicyEngine defaults() {
        return new PolicyEngine(EvalOptions.DEFAULT, 1);
    }

    /**
     * What the rules found.
     *
     * @param findings  ordered by severity, rule id, resource id, message
     * @param unknowns  ordered by rule id, resource id; findings on resources that may not exist
     *                  ({@link UncertainResources}) are here instead
     * @param evaluated rule id → ids of the resources of its {@code resource_kinds}
     */
    public record Evaluation(List<Finding> findings, List<Unknown> unknowns, Map<String, List<String>> evaluated) {}

    private record RuleOutcome(List<Finding> findings, List<Unknown> unknowns) {}

    /** Findings by severity (highest first), rule id, resource id, message. */
    public static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId).thenComparing(Finding::resourceId).thenComparing(Finding::message);

    /** Evaluates {@code policies} on {@code input} with {@code config} as {@code data.rampart.config}. */
    public Evaluation evaluate(Policies policies, SnapshotInput input, ObjectValue config) {
        ObjectValue scanData = ScanConfig.data(config);
        List<Batch> work = new ArrayList<>();
        Map<String, List<String>> evaluated = new TreeMap<>();
        for (Policies.Loaded p : policies.programs()) {
            if (p.rules().isEmpty()) {
                continue;
            }
            Value data = p.data() instanceof ObjectValue own ? ScanConfig.merge(own, scanData) : scanData;
            for (RuleModule rule : p.rules()) {
                evaluated.put(rule.info().id(), evaluatedIds(rule.info(), input));
            }
            int n = Math.min(batches, p.rules().size());
            for (int i = 0; i < n; i++) {
                int from = p.rules().size() * i / n;
                int to = p.rules().size() * (i + 1) / n;
                work.add(new Batch(p, p.rules().subList(from, to), data));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Unknown> unknowns = new ArrayList<>();
        UncertainResources uncertain = UncertainResources.of(input);
        for (List<RuleOutcome> outcomes : run(work, input)) {
            outcomes.forEach(o -> {
                o.findings().forEach(f -> {
                    if (uncertain.covers(f)) {
                        unknowns.add(uncertain.unknown(f));
                    } else {
                        findings.add(f);
                    }
                });
                unknowns.addAll(o.unknowns());
            });
        }
        findings.sort(FINDING_ORDER);
        unknowns.sort(Comparator.comparing(Unknown::ruleId).thenComparing(Unknown::resourceId)
                .thenComparing(Unknown::reason));
        return new Evaluation(findings, unknowns, evaluated);
    }

    private record Batch(Policies.Loaded program, List<RuleModule> rules, Value data) {}

    private List<List<RuleOutcome>> run(List<Batch> work, SnapshotInput input) {
        if (work.size() <= 1) {
            return work.stream().map(b -> evaluate(b, input)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(work.size(), r -> {
            Thread t = new Thread(r, "rampart-rules");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<RuleOutcome>>> futures = work.stream().map(b -> pool.submit(() -> evaluate(b, input))).toList();
            List<List<RuleOutcome>> out = new ArrayList<>();
            for (Future<List<RuleOutcome>> f : futures) {
                out.add(join(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T join(Future<T> f) {
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

    private List<RuleOutcome> evaluate(Batch b, SnapshotInput input) {
        List<String> entrypoints = new ArrayList<>();
        for (RuleModule r : b.rules()) {
            entrypoints.add(r.deny());
            if (r.unknown() != null) {
                entrypoints.add(r.unknown());
            }
        }
        List<Value> values;
        try {
            values = b.program().program().evaluateAll(entrypoints, input.value(), b.data(), options);
        } catch (PolicyEvaluationException e) {
            RuleInfo failed = b.rules().stream().filter(r -> r.deny().equals(e.entrypoint())
                    || (r.unknown() != null && r.unknown().equals(e.entrypoint()))).map(RuleModule::info).findFirst()
                    .orElse(null);
            String who = failed == null ? b.program().origin() : failed.source() + " (" + failed.id() + ")";
            throw new PolicyException(who + ": evaluation failed: " + e.getMessage(), e);
        }
        List<RuleOutcome> out = new ArrayList<>();
        int i = 0;
        for (RuleModule r : b.rules()) {
            List<Finding> findings = ResultMapper.findings(r.info(), values.get(i++), input);
            List<Unknown> unknowns = r.unknown() == null ? List.of() : ResultMapper.unknowns(r.info(), values.get(i++), input);
            out.add(new RuleOutcome(findings, unknowns));
        }
        return out;
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
