package dev.rampart.wasm.builtins;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled RE2 patterns shared by every evaluation: policies match the same few patterns against every
 * resource, so each is compiled once. Lookups take no lock (scans evaluate policies in parallel); when
 * the cache is full an arbitrary entry makes room, as OPA's cache does.
 */
final class RegexCache {
    private static final int MAX_ENTRIES = 1000;
    private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private RegexCache() {}

    /** The compiled pattern. @throws BuiltinError with Go's parse error text when it is not valid RE2 */
    static Pattern get(String regex) {
        Pattern p = CACHE.get(regex);
        if (p != null) {
            return p;
        }
        Pattern compiled = compile(regex);
        if (CACHE.size() >= MAX_ENTRIES) {
            Iterator<String> it = CACHE.keySet().iterator();
            if (it.hasNext()) {
                it.next();
                it.remove();
            }
        }
        CACHE.put(regex, compiled);
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

    /** How many patterns are cached (for tests). */
    static int size() {
        return CACHE.size();
    }
}
