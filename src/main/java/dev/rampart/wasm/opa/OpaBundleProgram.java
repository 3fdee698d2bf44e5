package dev.rampart.wasm.opa;

import com.dylibso.chicory.wasm.ChicoryException;
import com.styra.opa.wasm.OpaAbortException;
import com.styra.opa.wasm.OpaPolicy;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.bundle.BaseData;
import dev.rampart.wasm.bundle.BundleArchive;
import dev.rampart.wasm.bundle.BundleLimits;
import dev.rampart.wasm.bundle.BundleManifest;
import dev.rampart.wasm.bundle.InvalidBundleException;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.InvalidDocumentException;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A policy built by {@code opa build -t wasm}, run through opa-java-wasm on Chicory (compiled mode). OPA's
 * module keeps its state (heap, loaded data) in the instance, so an instance serves one evaluation at a time:
 * instances are pooled ({@link OpaInstancePool}), each built once and reused. Values cross the boundary as JSON
 * text, as OPA's ABI requires: the input is serialised and parsed inside Wasm on every evaluation; the data
 * document only when it changes.
 *
 * <p>Differences from Rampart's own programs: {@code strict} and {@code print} are not available (OPA's Wasm
 * target has neither), and memory is bounded per instance ({@link #DEFAULT_MAX_MEMORY_PAGES}) rather than by
 * {@link EvalOptions#allocationBytes()}.
 */
public final class OpaBundleProgram implements PolicyProgram {

    /** 8,192 pages of 64 KiB: 512 MiB of Wasm memory per instance; OPA needs about 12× the input's JSON size. */
    public static final int DEFAULT_MAX_MEMORY_PAGES = 8192;

    private final String source;
    private final OpaInstancePool pool;
    private final Map<String, Integer> entrypoints;
    private final BaseData baseData;

    private OpaBundleProgram(byte[] wasm, Value bundleData, String source, int maxMemoryPages, int poolSize) {
        this.source = source;
        this.baseData = new BaseData(bundleData, source);
        this.pool = new OpaInstancePool(() -> build(wasm, maxMemoryPages, source), poolSize);
        // Building the first instance now checks the module and reads its entrypoints.
        OpaInstancePool.Instance first = pool.borrow();
        try {
            this.entrypoints = new TreeMap<>(first.policy().entrypoints());
        } finally {
            pool.release(first);
        }
    }

    /** Loads a bare {@code policy.wasm} built by OPA, without base data. */
    public static OpaBundleProgram fromWasm(byte[] wasm, String source) {
        return new OpaBundleProgram(wasm, ObjectValue.EMPTY, source, DEFAULT_MAX_MEMORY_PAGES, defaultPoolSize());
    }

    /**
     * Loads a module with its base data and limits.
     *
     * @param bundleData     the bundle's {@code data.json} (merged with the data each evaluation is given)
     * @param maxMemoryPages the most Wasm memory one instance may grow to, in 64 KiB pages
     * @param poolSize       the most instances (and so concurrent evaluations); each costs a compilation
     */
    public static OpaBundleProgram fromWasm(byte[] wasm, Value bundleData, String source, int maxMemoryPages,
            int poolSize) {
        return new OpaBundleProgram(wasm, bundleData, source, maxMemoryPages, poolSize);
    }

    /** Loads {@code bundle.tar.gz} from {@code opa build -t wasm}: its {@code policy.wasm} and {@code data.json}. */
    public static OpaBundleProgram load(Path bundle) {
        return fromArchive(BundleArchive.read(bundle, BundleLimits.DEFAULT), bundle.toString());
    }

    /** The OPA bundle in {@code archive}; {@code name} names it in messages. */
    public static OpaBundleProgram fromArchive(BundleArchive archive, String name) {
        String module = "policy.wasm";
        if (archive.contains(".manifest")) {
            BundleManifest m = BundleManifest.parse(archive.file(".manifest"), name);
            List<String> modules = m.wasm().stream().map(BundleManifest.WasmEntry::module).distinct().toList();
            if (modules.size() > 1) {
                throw new InvalidBundleException(name + ": bundles with several Wasm modules are not supported "
                        + "(found " + modules + ")");
            }
            if (modules.size() == 1) {
                module = modules.get(0);
            }
        }
        byte[] wasm = archive.file(module);
        if (wasm == null) {
            throw new InvalidBundleException(name + ": no " + module
                    + " (an OPA bundle must be built with `opa build -t wasm`)");
        }
        Value data = ObjectValue.EMPTY;
        if (archive.contains("data.json")) {
            try {
                data = Values.fromJson(archive.file("data.json"), name + ": data.json");
            } catch (InvalidDocumentException e) {
                throw new InvalidBundleException(e.getMessage(), e);
            }
        }
        return new OpaBundleProgram(wasm, data, name, DEFAULT_MAX_MEMORY_PAGES, defaultPoolSize());
    }

    private static int defaultPoolSize() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private static OpaPolicy build(byte[] wasm, int maxMemoryPages, String source) {
        try {
            return OpaPolicy.builder().withPolicy(wasm).withMaxMemory(maxMemoryPages).build();
        } catch (ChicoryException | IllegalArgumentException | OpaAbortException e) {
            throw new InvalidBundleException(source + ": not a policy module built by OPA: " + e.getMessage(), e);
        }
    }

    /** The bundle's own data document. */
    public Value bundleData() {
        return baseData.bundleData();
    }

    @Override
    public List<String> entrypoints() {
        return List.copyOf(entrypoints.keySet());
    }

    @Override
    public Value evaluate(String entrypoint, Value input, Value data, EvalOptions options) {
        Integer id = entrypoints.get(entrypoint);
        if (id == null) {
            throw new IllegalArgumentException("no entrypoint " + entrypoint + " in " + source + " (it has "
                    + entrypoints.keySet() + ")");
        }
        Value effective = baseData.with(data);
        OpaInstancePool.Instance instance = pool.borrow();
        boolean healthy = false;
        Deadline deadline = Deadline.start(options.timeout());
        try {
            if (instance.loadedData() != effective) {
                instance.policy().data(Values.toJson(effective));
                instance.loadedData(effective);
            }
            instance.policy().entrypoint(id);
            // An empty text makes OPA's JSON parser return no value: input is then undefined, as asked.
            instance.policy().input(input == null ? "" : Values.toJson(input));
            String result = instance.policy().evaluate();
            healthy = true;
            return firstResult(result, entrypoint);
        } catch (RuntimeException e) {
            throw failure(e, entrypoint, deadline.fired());
        } finally {
            deadline.stop();
            if (healthy) {
                pool.release(instance);
            } else {
                // The instance may have stopped halfway through changing its heap: never reuse it.
                pool.discard(instance);
            }
        }
    }

    /** OPA's result set is {@code [{"result": v}]} when defined, {@code []} when not. */
    private Value firstResult(String json, String entrypoint) {
        Value rs = Values.fromJson(json, source + " result of " + entrypoint);
        if (rs instanceof ArrayValue a && a.size() > 0 && a.get(0) instanceof ObjectValue o) {
            return o.get("result");
        }
        return null;
    }

    private PolicyEvaluationException failure(RuntimeException e, String entrypoint, boolean timedOut) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        PolicyEvaluationException.Code code;
        if (timedOut) {
            code = PolicyEvaluationException.Code.TIMEOUT;
            message = "evaluation ran past its deadline";
        } else if (message.contains("Maximum memory size exceeded") || message.contains("opa_malloc")) {
            code = PolicyEvaluationException.Code.BUDGET;
            message = "the policy needs more Wasm memory than allowed: " + message;
        } else if (message.contains("conflict") || message.contains("multiple outputs")) {
            code = PolicyEvaluationException.Code.CONFLICT;
        } else if (e instanceof ChicoryException) {
            code = PolicyEvaluationException.Code.MACHINE;
        } else {
            code = PolicyEvaluationException.Code.BUILTIN;
        }
        return new PolicyEvaluationException(code, entrypoint, null, source + ": " + message, e);
    }
}
