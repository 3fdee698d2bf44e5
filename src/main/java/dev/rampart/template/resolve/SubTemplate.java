package dev.rampart.template.resolve;

import java.util.ArrayList;
import java.util.List;

/** The pieces of an Fn::Sub string: literal text and {@code ${Variable}} references. */
final class SubTemplate {
    private SubTemplate() {}

    /** Literal text ({@code variable} null) or a variable reference ({@code text} null). */
    record Part(String text, String variable) {}

    static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("${", i);
            int close = open < 0 ? -1 : template.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                literal.append(template, i, template.length());
                break;
            }
            literal.append(template, i, open);
            String inside = template.substring(open + 2, close);
            if (inside.startsWith("!")) {
                literal.append("${").append(inside.substring(1)).append('}'); // ${!Literal} writes ${Literal}
            } else {
                if (!literal.isEmpty()) {
                    parts.add(new Part(literal.toString(), null));
                    literal.setLength(0);
                }
                parts.add(new Part(null, inside.trim()));
            }
            i = close + 1;
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), null));
        }
        return parts;
    }
}
