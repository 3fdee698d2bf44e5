package dev.rampart.engine;

import dev.rampart.rego.RegoSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies shipped in the jar: {@code policies/index.txt} lists the {@code .rego} files under
 * {@code policies/} (one path a line, relative to {@code policies/}; blank lines and {@code #} comments
 * ignored). Tests ({@code *_test.rego}) are never part of a scan.
 */
public final class BuiltinPolicies implements PolicySource {
    /** Classpath folder of the built-in policies. */
    public static final String ROOT = "policies/";

    private final ClassLoader loader;

    public BuiltinPolicies() {
        this(BuiltinPolicies.class.getClassLoader());
    }

    /** The built-in policies as {@code loader} sees them (tests use their own). */
    public BuiltinPolicies(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "built-in policies";
    }

    @Override
    public PolicySet load() {
        String index = read(ROOT + "index.txt");
        if (index == null) {
            throw new PolicyException("the built-in policies are missing from this build (no " + ROOT
                    + "index.txt in the jar); use --no-builtin with --policy DIR");
        }
        List<RegoSource> modules = new ArrayList<>();
        for (String line : index.split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#") || path.endsWith("_test.rego")) {
                continue;
            }
            path = path.startsWith(ROOT) ? path.substring(ROOT.length()) : path;
            String text = read(ROOT + path);
            if (text == null) {
                throw new PolicyException("built-in policy " + ROOT + path + " is listed in " + ROOT
                        + "index.txt but missing from the jar");
            }
            modules.add(new RegoSource(ROOT + path, text));
        }
        return new PolicySet.Rego(name(), modules);
    }

    private String read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
