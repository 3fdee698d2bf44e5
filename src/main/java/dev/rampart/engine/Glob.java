package dev.rampart.engine;

import java.util.regex.Pattern;

/**
 * A pattern in a suppression: {@code *} matches any run of characters ({@code /} included, so
 * {@code Stack/Bastion*} covers every resource under a construct), {@code ?} one character, everything else
 * itself; matching is case-sensitive and whole-string.
 */
public record Glob(String text, Pattern pattern) {

    /** The glob written as {@code text}. */
    public static Glob of(String text) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                re.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        re.append(Pattern.quote(literal.toString()));
        return new Glob(text, Pattern.compile(re.toString(), Pattern.DOTALL));
    }

    /** A pattern matching exactly {@code text}, whatever characters it holds. */
    public static Glob exact(String text) {
        return new Glob(text, Pattern.compile(Pattern.quote(text)));
    }

    /** Whether {@code value} matches; a null value (the resource has no such property) never does. */
    public boolean matches(String value) {
        return value != null && pattern.matcher(value).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
