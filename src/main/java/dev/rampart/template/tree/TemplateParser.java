package dev.rampart.template.tree;

import java.io.IOException;
import dev.rampart.template.TemplateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a JSON or YAML template file into a {@link TemplateNode} tree, within {@link ParseLimits}. */
public final class TemplateParser {
    private TemplateParser() {}

    /**
     * Parses {@code path}; {@code name} is how messages and locations name the file (as the user gave it).
     * {@code .json} files are JSON, {@code .yaml}/{@code .yml} YAML; others are JSON when they start with
     * {@code {}, else YAML.
     */
    public static TemplateNode parse(Path path, String name, ParseLimits limits) {
        byte[] content;
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw new TemplateLimitException(name + ": " + size + " bytes is over the file size limit of "
                        + limits.maxFileBytes() + " bytes (raise it with --max-file-size)");
            }
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new TemplateException(name + ": cannot read the file (" + e + ")", e);
        }
        return parse(content, name, limits);
    }

    /** Parses template text already in memory (the name decides JSON or YAML as for files). */
    public static TemplateNode parse(byte[] content, String name, ParseLimits limits) {
        if (content.length > limits.maxFileBytes()) {
            throw new TemplateLimitException(name + ": " + content.length + " bytes is over the file size limit of "
                    + limits.maxFileBytes() + " bytes (raise it with --max-file-size)");
        }
        return isJson(name, content)
                ? JsonTreeParser.parse(content, name, limits)
                : YamlTreeParser.parse(content, name, limits);
    }

    private static boolean isJson(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return false;
        }
        for (byte b : content) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '{';
        }
        return false;
    }
}
