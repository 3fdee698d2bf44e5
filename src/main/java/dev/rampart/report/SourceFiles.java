package dev.rampart.report;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Template files as SARIF names them: URIs relative to the source root ({@code %SRCROOT%}) with symlinks
 * resolved and reserved characters escaped, and the extent of a resource's logical id key on its line (the
 * snapshot records where the key starts; GitHub wants where it ends too).
 */
final class SourceFiles {
    /** A file's URI, and whether it is relative to the source root. */
    record FileUri(String uri, boolean underRoot) {}

    private final Path root;
    private final Map<String, List<String>> lines = new HashMap<>();

    SourceFiles(Path root) {
        this.root = real(root);
    }

    /** The source root as an absolute {@code file:} URI ending in {@code /}. */
    String rootUri() {
        String u = root.toUri().toString();
        return u.endsWith("/") ? u : u + "/";
    }

    /** The URI of {@code file} (as the snapshot gives it: relative to the working directory, or absolute). */
    FileUri uri(String file) {
        Path absolute = real(Path.of(file).toAbsolutePath().normalize());
        if (absolute.startsWith(root)) {
            return new FileUri(encode(root.relativize(absolute).toString().replace('\\', '/')), true);
        }
        return new FileUri(absolute.toUri().toString(), false);
    }

    /**
     * The 1-based, exclusive end column of the key that starts at {@code column} on {@code line} (a quoted JSON
     * key with its quotes, or a YAML key up to the colon); {@code fallbackLength} past the start when the file
     * cannot be read.
     */
    int keyEnd(String file, int line, int column, int fallbackLength) {
        List<String> text = lines.computeIfAbsent(file, SourceFiles::read);
        if (line < 1 || line > text.size()) {
            return column + fallbackLength;
        }
        String l = text.get(line - 1);
        int start = column - 1;
        if (start < 0 || start >= l.length()) {
            return column + fallbackLength;
        }
        char first = l.charAt(start);
        if (first == '"' || first == '\'') {
            int close = l.indexOf(first, start + 1);
            return close < 0 ? column + fallbackLength : close + 2;
        }
        int end = start;
        while (end < l.length() && l.charAt(end) != ':' && !Character.isWhitespace(l.charAt(end))) {
            end++;
        }
        return end > start ? end + 1 : column + fallbackLength;
    }

    private static List<String> read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // reported with the fallback extent: the region start is what matters
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    /** A relative path as a URI reference: each character outside RFC 3986's unreserved and {@code /} escaped. */
    static String encode(String path) {
        try {
            String u = new URI(null, null, path, null).getRawPath();
            // URI leaves some reserved characters (e.g. ':' '@' '&' '=' '+' '$' ',') as they are; escape the ones
            // that would change how a relative reference parses.
            return u.replace(":", "%3A");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    /** One segment of a synthetic URI (an ARN, say): everything but unreserved characters escaped. */
    static String segment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return b.toString();
    }
}
