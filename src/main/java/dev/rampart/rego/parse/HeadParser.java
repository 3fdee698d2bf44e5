package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.util.List;
import java.util.Set;

/** Rule heads: {@code p}, {@code a.b[x]}, {@code f(x, y)}, followed by {@code contains}, {@code =} or {@code :=}. */
final class HeadParser {

    private static final Set<TokenKind> OPERATORS = Set.of(TokenKind.ADD, TokenKind.SUB, TokenKind.MUL,
            TokenKind.QUO, TokenKind.REM, TokenKind.AND, TokenKind.OR, TokenKind.EQUAL, TokenKind.NEQ,
            TokenKind.GT, TokenKind.GTE, TokenKind.LT, TokenKind.LTE);

    private final Parser p;

    HeadParser(Parser p) {
        this.p = p;
    }

    /** A head and whether it was written with {@code contains}. */
    record Parsed(Head head, boolean usesContains) {}

    Parsed parseHead(boolean defaultRule) {
        Location at = p.loc();
        Term name = p.parseVar();
        p.scan();
        if (OPERATORS.contains(p.cur().kind()) && !p.cur().spaceBefore()) {
            p.illegalToken();
        }
        Term term = name;
        if (p.at(TokenKind.LPAREN) || p.at(TokenKind.DOT) || p.at(TokenKind.LBRACK)) {
            term = p.parseRefFrom(name, true);
            if (term == null) {
                p.illegal("expected rule head name");
                return null;
            }
        } else {
            term = TermParser.rootDocumentRef(term);
        }
        Ref ref;
        List<Term> args = List.of();
        switch (term) {
            case Var v -> ref = new Ref(List.of(v), v.location());
            case Ref r -> {
                if (!(r.head() instanceof Var)) {
                    p.illegal("rule head ref " + r + " invalid");
                    return null;
                }
                ref = r;
            }
            case Call c -> {
                if (!(c.operator().head() instanceof Var)) {
                    p.illegal("rule head ref " + c.operator() + " invalid");
                    return null;
                }
                ref = c.operator();
                args = c.args();
            }
            default -> {
                return null;
            }
        }
        String display = ref.toString();
        Term key = null;
        Term value = null;
        boolean assign = false;
        if (p.atHeadKeyword("contains")) {
            if (!args.isEmpty()) {
                p.illegal("the contains keyword can only be used with multi-value rule definitions (e.g., "
                        + display + " contains <VALUE> { ... })");
            }
            p.scan();
            key = p.parseTermInfixCall();
            if (key == null) {
                p.illegal("expected rule key term (e.g., " + display + " contains <VALUE> { ... })");
            }
            return new Parsed(new Head(ref, args, key, null, false, false, true, false, at), true);
        }
        if (p.at(TokenKind.UNIFY)) {
            p.scan();
            value = p.parseTermInfixCall();
            if (value == null) {
                p.illegal("expected rule value term (e.g., " + display + "[" + key + "] = <VALUE> { ... })");
            }
        } else if (p.at(TokenKind.ASSIGN)) {
            p.scan();
            assign = true;
            value = p.parseTermInfixCall();
            if (value == null) {
                if (!args.isEmpty()) {
                    p.illegal("expected function value term (e.g., " + display + "(...) := <VALUE> { ... })");
                } else if (defaultRule) {
                    p.illegal("expected default rule value term (e.g., default " + display + " := <VALUE>)");
                } else {
                    p.illegal("expected rule value term (e.g., " + display + " := <VALUE> { ... })");
                }
            }
        }
        boolean generatedValue = false;
        if (value == null && (ref.size() != 2 || !args.isEmpty())) {
            generatedValue = true;
            value = new BooleanTerm(true, at);
        }
        return new Parsed(new Head(ref, args, key, value, assign, false, false, generatedValue, at), false);
    }
}
