package dev.rampart.rego.parse;

/**
 * A token with its text and position. {@code spaceBefore} says whether whitespace or a comment separates it
 * from the previous token (Rego refs and calls must be written without spaces); {@code newlineBefore}
 * whether a line break does (a line break ends an expression). {@code error} is the lexer's complaint for
 * {@link TokenKind#ILLEGAL} tokens.
 */
record Token(TokenKind kind, String text, int line, int column, boolean spaceBefore, boolean newlineBefore,
        String error) {

    boolean is(TokenKind k) {
        return kind == k;
    }
}
