package dev.rampart.rego.parse;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.ast.Rule;
import java.util.List;

/** Rego v1's rules for rule declarations: {@code if} before bodies, {@code contains} for sets, a body or a value. */
final class RegoV1Rules {

    private RegoV1Rules() {}

    static void check(Rule rule, List<RegoError> errors) {
        String kind = rule.head().isFunction() ? "function" : "rule";
        String name = rule.head().ref().headName();
        if (rule.head().ref().size() < 2 && name != null
                && (ParserBase.BASE_KEYWORDS.contains(name) || ParserBase.FUTURE_KEYWORDS.contains(name))) {
            errors.add(new RegoError(ErrorCode.PARSE, name + " keyword cannot be used for rule name", rule.location()));
        }
        if (rule.generatedBody() && rule.head().generatedValue()) {
            errors.add(new RegoError(ErrorCode.PARSE,
                    kind + " must have value assignment and/or body declaration", rule.location()));
        }
        if (!rule.generatedBody() && !rule.head().usesIf() && !rule.isDefault()) {
            errors.add(new RegoError(ErrorCode.PARSE, "`if` keyword is required before " + kind + " body",
                    rule.location()));
        }
        if (rule.head().isMultiValue() && !rule.head().usesContains()) {
            errors.add(new RegoError(ErrorCode.PARSE, "`contains` keyword is required for partial set rules",
                    rule.location()));
        }
    }
}
