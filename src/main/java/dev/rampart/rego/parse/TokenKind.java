package dev.rampart.rego.parse;

/** Kinds of Rego tokens. Identifiers include keywords: which words are keywords depends on imports. */
public enum TokenKind {
    IDENT("ident"),
    NUMBER("number"),
    STRING("string"),
    RAW_STRING("string"),
    LBRACK("["),
    RBRACK("]"),
    LBRACE("{"),
    RBRACE("}"),
    LPAREN("("),
    RPAREN(")"),
    COMMA(","),
    COLON(":"),
    SEMICOLON(";"),
    DOT("."),
    ASSIGN(":="),
    UNIFY("="),
    EQUAL("=="),
    NEQ("!="),
    LT("<"),
    GT(">"),
    LTE("<="),
    GTE(">="),
    ADD("+"),
    SUB("-"),
    MUL("*"),
    QUO("/"),
    REM("%"),
    AND("&"),
    OR("|"),
    ILLEGAL("illegal"),
    EOF("eof");

    private final String display;

    TokenKind(String display) {
        this.display = display;
    }

    /** How OPA names the token in error messages. */
    public String display() {
        return display;
    }
}
