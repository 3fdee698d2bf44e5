package dev.rampart.wasm.builtins;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled RE2 patterns shared by every evaluation: policies match the same few patterns against every
 * resource, so compiling once matters. Bounded, least recently used entries go first; thread-safe.
 */
final class RegexCache {
    private static final int MAX_ENTRIES = 1000;

    private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private RegexCache() {}

    /** The compiled pattern. @throws BuiltinError with Go's parse error text when it is not valid RE2 */
    static Pattern get(String regex) {
        synchronized (CACHE) {
            Pattern p = CACHE.get(regex);
            if (p != null) {
                return p;
            }
        }
        Pattern compiled = compile(regex);
        synchronized (CACHE) {
            CACHE.put(regex, compiled);
        }
        return compiled;
    }

    static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw BuiltinError.failure(e.getMessage());
        }
    }

    static boolean isValid(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
