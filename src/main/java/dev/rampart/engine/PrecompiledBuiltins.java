package dev.rampart.engine;

import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.RampartProgram;
import dev.rampart.wasm.runtime.LoadedModule;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The built-in policy set compiled when Rampart is built, so that a scan with only the built-in rules starts
 * without parsing, planning or compiling any Rego: the module, its rules' metadata, and (through
 * {@link LoadedModule#precompile}) the JVM classes Chicory compiled it into are resources of the jar. They are
 * used only when they were made from exactly the policy sources in the jar (a hash of them is recorded), so
 * a stale build can never run other rules than the ones it ships.
 */
public final class PrecompiledBuiltins {
    static final String DIR = "dev/rampart/engine/builtin/";
    static final String MODULE = DIR + "policies.wasm";
    static final String RULES = DIR + "rules.json";

    private PrecompiledBuiltins() {}

    /**
     * Compiles the built-in policies into {@code args[0]} (the build's classes directory). Run by Maven in
     * the process-classes phase.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<RegoSource> sources = ((PolicySet.Rego) new BuiltinPolicies().load()).modules();
        Policies.Loaded loaded = PolicyLoader.compile(sources, new BuiltinPolicies().name());
        byte[] module = ((RampartProgram) loaded.program()).moduleBytes();
        Path dir = classes.resolve(DIR);
        Files.createDirectories(dir);
        Files.write(classes.resolve(MODULE), module);
        Files.writeString(classes.resolve(RULES), Values.toPrettyJson(describe(sources, loaded.rules())));
        LoadedModule.precompile(module, classes);
        System.out.println("rampart: compiled " + loaded.rules().size() + " built-in rules (" + module.length
                + " bytes of Wasm) into " + dir);
    }

    /**
     * The precompiled program of {@code sources}, or null when the jar holds none for exactly these sources
     * (then the caller compiles them).
     */
    static Policies.Loaded find(List<RegoSource> sources, String origin, ClassLoader loader) {
        byte[] rules = read(loader, RULES);
        byte[] module = read(loader, MODULE);
        if (rules == null || module == null) {
            return null;
        }
        ObjectValue doc = (ObjectValue) Values.fromJson(rules, RULES);
        if (!hash(sources).equals(text(doc.get("sources_sha256")))) {
            return null;
        }
        List<RuleModule> modules = new ArrayList<>();
        for (Value v : ((ArrayValue) doc.get("rules")).asList()) {
            modules.add(ruleModule((ObjectValue) v));
        }
        return new Policies.Loaded(origin, RampartProgram.load(module), modules, null);
    }

    private static ObjectValue describe(List<RegoSource> sources, List<RuleModule> rules) {
        ArrayValue.Builder list = ArrayValue.builder(rules.size());
        for (RuleModule r : rules) {
            RuleInfo i = r.info();
            list.add(ObjectValue.builder(14)
                    .put("id", str(i.id())).put("title", str(i.title())).put("description", str(i.description()))
                    .put("severity", str(i.severity().json())).put("remediation", str(i.remediation()))
                    .put("references", strings(i.references())).put("resource_kinds", strings(i.resourceKinds()))
                    .put("tags", strings(i.tags())).put("precision", str(i.precision()))
                    .put("package", str(i.packagePath())).put("source", str(i.source()))
                    .put("deny", str(r.deny())).put("unknown", str(r.unknown())).build());
        }
        return ObjectValue.builder(2).put("sources_sha256", str(hash(sources))).put("rules", list.build()).build();
    }

    private static RuleModule ruleModule(ObjectValue o) {
        RuleInfo info = new RuleInfo(text(o.get("id")), text(o.get("title")), text(o.get("description")),
                Severity.parse(text(o.get("severity"))), text(o.get("remediation")), texts(o.get("references")),
                texts(o.get("resource_kinds")), texts(o.get("tags")), text(o.get("precision")),
                text(o.get("package")), text(o.get("source")));
        return new RuleModule(info, text(o.get("deny")), text(o.get("unknown")));
    }

    /** A digest of the sources' names and texts, in order. */
    static String hash(List<RegoSource> sources) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (RegoSource s : sources) {
                d.update(s.name().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                d.update(s.text().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Value str(String s) {
        return s == null ? NullValue.INSTANCE : StringValue.of(s);
    }

    private static Value strings(List<String> list) {
        return ArrayValue.of(list.stream().map(StringValue::of).toList());
    }

    private static String text(Value v) {
        return v instanceof StringValue s ? s.value() : null;
    }

    private static List<String> texts(Value v) {
        return ((ArrayValue) v).asList().stream().map(PrecompiledBuiltins::text).toList();
    }
}
