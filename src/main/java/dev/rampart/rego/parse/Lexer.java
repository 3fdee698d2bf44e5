package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Comment;
import java.util.ArrayList;
import java.util.List;

/** Splits Rego source into tokens and comments, following OPA's scanner. */
final class Lexer {

    private final String src;
    private final String file;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int col = 1;

    private Lexer(String src, String file) {
        this.src = src;
        this.file = file;
    }

    /** The tokens of {@code src} (ending with EOF) and, separately, its comments. */
    static Lexed lex(String src, String file) {
        Lexer l = new Lexer(src, file);
        l.run();
        return new Lexed(List.copyOf(l.tokens), List.copyOf(l.comments));
    }

    /** Lexer output. */
    record Lexed(List<Token> tokens, List<Comment> comments) {}

    private void run() {
        if (src.startsWith("\uFEFF")) {
            advance();
        }
        boolean space = false;
        boolean newline = false;
        while (true) {
            if (pos >= src.length()) {
                tokens.add(new Token(TokenKind.EOF, "", line, col, space, newline, null));
                return;
            }
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                space = true;
                newline |= c == '\n';
                advance();
                continue;
            }
            if (c == '#') {
                comment();
                space = true;
                continue;
            }
            int startLine = line;
            int startCol = col;
            int start = pos;
            String error = null;
            TokenKind kind;
            if (isLetter(c)) {
                while (pos < src.length() && (isLetter(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
                    advance();
                }
                kind = TokenKind.IDENT;
            } else if (isDigit(c)) {
                error = number();
                kind = error == null ? TokenKind.NUMBER : TokenKind.ILLEGAL;
            } else if (c == '"') {
                error = string();
                kind = error == null ? TokenKind.STRING : TokenKind.ILLEGAL;
            } else if (c == '`') {
                error = rawString();
                kind = error == null ? TokenKind.RAW_STRING : TokenKind.ILLEGAL;
            } else {
                advance();
                kind = punctuation(c);
                if (kind == TokenKind.ILLEGAL) {
                    error = switch (c) {
                        case '!' -> "illegal ! character";
                        case '$' -> "illegal $ character (template strings are not supported)";
                        case '\0' -> "illegal null character";
                        default -> Character.isSurrogate(c) || c == '\uFEFF' ? "illegal character" : null;
                    };
                }
            }
            tokens.add(new Token(kind, src.substring(start, pos), startLine, startCol, space, newline, error));
            space = false;
            newline = false;
        }
    }

    private TokenKind punctuation(char c) {
        return switch (c) {
            case '[' -> TokenKind.LBRACK;
            case ']' -> TokenKind.RBRACK;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMICOLON;
            case '.' -> TokenKind.DOT;
            case '+' -> TokenKind.ADD;
            case '-' -> TokenKind.SUB;
            case '*' -> TokenKind.MUL;
            case '/' -> TokenKind.QUO;
            case '%' -> TokenKind.REM;
            case '&' -> TokenKind.AND;
            case '|' -> TokenKind.OR;
            case ':' -> follow('=') ? TokenKind.ASSIGN : TokenKind.COLON;
            case '=' -> follow('=') ? TokenKind.EQUAL : TokenKind.UNIFY;
            case '<' -> follow('=') ? TokenKind.LTE : TokenKind.LT;
            case '>' -> follow('=') ? TokenKind.GTE : TokenKind.GT;
            case '!' -> follow('=') ? TokenKind.NEQ : TokenKind.ILLEGAL;
            default -> TokenKind.ILLEGAL;
        };
    }

    private boolean follow(char next) {
        if (pos < src.length() && src.charAt(pos) == next) {
            advance();
            return true;
        }
        return false;
    }

    private void comment() {
        int startLine = line;
        int startCol = col;
        advance();
        int start = pos;
        while (pos < src.length() && src.charAt(pos) != '\n') {
            advance();
        }
        int end = pos;
        if (end > start && src.charAt(end - 1) == '\r') {
            end--;
        }
        comments.add(new Comment(src.substring(start, end), new Location(file, startLine, startCol)));
    }

    /** Scans digits, fraction and exponent; returns an error message or null. */
    private String number() {
        String error = null;
        digits();
        if (pos < src.length() && src.charAt(pos) == '.') {
            advance();
            if (digits() == 0) {
                error = "expected fraction";
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            advance();
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                advance();
            }
            if (digits() == 0 && error == null) {
                error = "expected exponent";
            }
        }
        if (pos < src.length() && isLetter(src.charAt(pos))) {
            error = error == null ? "illegal number format" : error;
            while (pos < src.length() && (isLetter(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
                advance();
            }
        }
        return error;
    }

    private int digits() {
        int n = 0;
        while (pos < src.length() && isDigit(src.charAt(pos))) {
            advance();
            n++;
        }
        return n;
    }

    private String string() {
        advance();
        String error = null;
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                return "non-terminated string";
            }
            char c = src.charAt(pos);
            advance();
            if (c == '"') {
                return error;
            }
            if (c == '\\') {
                char e = pos < src.length() ? src.charAt(pos) : '\0';
                switch (e) {
                    case '\\', '"', '/', 'b', 'f', 'n', 'r', 't' -> advance();
                    case 'u' -> {
                        advance();
                        for (int i = 0; i < 4; i++) {
                            if (pos < src.length() && isHex(src.charAt(pos))) {
                                advance();
                            } else {
                                error = error == null ? "illegal escape sequence" : error;
                                break;
                            }
                        }
                    }
                    default -> error = error == null ? "illegal escape sequence" : error;
                }
            }
        }
    }

    private String rawString() {
        advance();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            advance();
            if (c == '`') {
                return null;
            }
        }
        return "non-terminated string";
    }

    private void advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            col = 1;
        } else if (!Character.isLowSurrogate(c) || pos < 2 || !Character.isHighSurrogate(src.charAt(pos - 2))) {
            col++;
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
