package dev.rampart.rego.parse;

/** Rego's keywords, for stages after parsing that mention them in messages. */
public final class Keywords {

    private Keywords() {}

    /** True for {@code contains}, {@code every}, {@code if} and {@code in}: keywords v0 modules must import. */
    public static boolean isFutureKeyword(String word) {
        return ParserBase.FUTURE_KEYWORDS.contains(word);
    }
}
