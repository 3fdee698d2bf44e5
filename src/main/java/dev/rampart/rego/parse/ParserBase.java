package dev.rampart.rego.parse;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.Location;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.ast.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Token cursor, backtracking, errors, keywords and the recursion bound shared by the parser layers.
 *
 * <p>Like OPA's parser this one backtracks: a {@link Mark} captures the cursor, the error count and the
 * wildcard counter, and {@link #restore} rewinds all three. Terms parsed at a token index are cached so
 * that backtracking over nested collections stays linear.
 */
abstract class ParserBase {

    /** Words that are always keywords. */
    static final Set<String> BASE_KEYWORDS =
            Set.of("package", "import", "as", "default", "else", "not", "some", "with", "null", "true", "false");

    /** Keywords that v0 modules must import from {@code future.keywords}; always on in v1. */
    static final Set<String> FUTURE_KEYWORDS = Set.of("contains", "every", "if", "in");

    /** Bound on nested parse calls, so that deeply nested input gives an error instead of a stack overflow. */
    static final int MAX_DEPTH = 4000;

    static final String DEPTH_ERROR = "max parsing recursion depth exceeded";

    protected final List<Token> tokens;
    protected final String file;
    protected final boolean v1;
    protected final List<RegoError> errors = new ArrayList<>();
    protected final Set<String> futureKeywords = new java.util.HashSet<>();
    /** When set, future keywords are read as identifiers (import paths, as OPA's "present parser"). */
    protected boolean futureKeywordsOff;
    /** {@code not { … }} negates a whole body ({@code import rego.v2} or {@code future.keywords.not}). */
    protected boolean notBodies;
    protected int pos;
    protected int wildcards;
    /** Index of a keyword token that must be read as an identifier (keywords as first term of a ref). */
    protected int forcedIdent = -1;
    private int depth;
    private final Map<Integer, CachedTerm> termCache = new HashMap<>();

    /** A saved parser position. */
    record Mark(int pos, int errorCount, int wildcards, int forcedIdent) {}

    private record CachedTerm(Term term, int endPos, int wildcards) {}

    ParserBase(List<Token> tokens, String file, boolean v1) {
        this.tokens = tokens;
        this.file = file;
        this.v1 = v1;
        if (v1) {
            futureKeywords.addAll(FUTURE_KEYWORDS);
        }
    }

    // ---- cursor

    Token cur() {
        return tokens.get(pos);
    }

    Token peek() {
        return tokens.get(Math.min(pos + 1, tokens.size() - 1));
    }

    void scan() {
        if (pos < tokens.size() - 1) {
            pos++;
        }
    }

    boolean at(TokenKind k) {
        return cur().kind() == k;
    }

    /** True when the current token is {@code k} and touches the previous one (no whitespace between). */
    boolean atAdjacent(TokenKind k) {
        return cur().kind() == k && !cur().spaceBefore();
    }

    Location loc() {
        return loc(cur());
    }

    Location loc(Token t) {
        return new Location(file, t.line(), t.column());
    }

    Mark save() {
        return new Mark(pos, errors.size(), wildcards, forcedIdent);
    }

    void restore(Mark m) {
        pos = m.pos();
        wildcards = m.wildcards();
        forcedIdent = m.forcedIdent();
        while (errors.size() > m.errorCount()) {
            errors.remove(errors.size() - 1);
        }
    }

    // ---- keywords

    /** True when token {@code i} is the keyword {@code word} under the current imports. */
    boolean isKeyword(int i, String word) {
        Token t = tokens.get(i);
        return t.kind() == TokenKind.IDENT && t.text().equals(word) && i != forcedIdent && keywordEnabled(word);
    }

    boolean atKeyword(String word) {
        return isKeyword(pos, word);
    }

    /** True when the current token is any keyword under the current imports. */
    boolean atAnyKeyword() {
        Token t = cur();
        return t.kind() == TokenKind.IDENT && pos != forcedIdent && keywordEnabled(t.text());
    }

    private boolean keywordEnabled(String word) {
        return BASE_KEYWORDS.contains(word) || (!futureKeywordsOff && futureKeywords.contains(word));
    }

    /** True for an identifier that is not a keyword. */
    boolean atIdent() {
        return at(TokenKind.IDENT) && !atAnyKeyword();
    }

    /**
     * OPA lets a keyword start a ref ({@code contains.x}, {@code import.y}) when a dot or bracket follows it
     * directly; in that case the keyword is read as an identifier.
     */
    boolean keywordStartsRef() {
        if (atAnyKeyword()) {
            Token next = peek();
            if (!next.spaceBefore() && (next.kind() == TokenKind.DOT || next.kind() == TokenKind.LBRACK)) {
                forcedIdent = pos;
                return true;
            }
        }
        return false;
    }

    /** True when the current token can start a ref: an identifier, or any keyword read as one. */
    boolean identOrKeywordAsIdent() {
        if (atIdent()) {
            return true;
        }
        if (atAnyKeyword()) {
            forcedIdent = pos;
            return true;
        }
        return false;
    }

    void enableFutureKeywords(java.util.Collection<String> words) {
        futureKeywords.addAll(words);
        termCache.clear();
    }

    // ---- recursion bound

    boolean enter() {
        if (++depth > MAX_DEPTH) {
            depth--;
            if (errors.isEmpty() || !errors.get(errors.size() - 1).message().equals(DEPTH_ERROR)) {
                error(loc(), DEPTH_ERROR);
            }
            return false;
        }
        return true;
    }

    void leave() {
        depth--;
    }

    // ---- term cache

    /** A term already parsed at this position, with the same keyword reading; null when there is none. */
    Term cachedTerm() {
        CachedTerm c = futureKeywordsOff || forcedIdent == pos ? null : termCache.get(pos);
        if (c == null) {
            return null;
        }
        pos = c.endPos();
        wildcards = c.wildcards();
        return c.term();
    }

    void cacheTerm(int startPos, int errorsBefore, boolean forced, Term t) {
        if (t != null && !futureKeywordsOff && !forced && errors.size() == errorsBefore) {
            termCache.put(startPos, new CachedTerm(t, pos, wildcards));
        }
    }

    void clearTermCache() {
        termCache.clear();
    }

    // ---- errors

    void error(Location at, String message) {
        errors.add(new RegoError(ErrorCode.PARSE, message, at));
    }

    /** OPA's "unexpected X token: note" error at the current token. */
    void illegal(String note) {
        Token t = cur();
        if (t.kind() == TokenKind.ILLEGAL) {
            error(loc(t), t.error() != null ? t.error() : "illegal token");
            return;
        }
        String name = t.kind() == TokenKind.IDENT && !atAnyKeyword() ? "ident"
                : t.kind() == TokenKind.IDENT ? t.text() : t.kind().display();
        String type = t.kind() == TokenKind.IDENT && atAnyKeyword() ? "keyword" : "token";
        error(loc(t), "unexpected " + name + " " + type + (note.isEmpty() ? "" : ": " + note));
    }

    void illegalToken() {
        illegal("");
    }
}
