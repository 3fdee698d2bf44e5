package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.ExprForm;
import dev.rampart.rego.ast.Operators;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.SomeDecl;
import dev.rampart.rego.ast.SomeIn;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ast.With;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bodies, expressions and operator precedence: one method per grammar rule, as in OPA's parser.
 * Precedence from loosest to tightest: {@code in}, relations ({@code == != < > <= >=}), {@code |},
 * {@code &}, {@code + -}, {@code * / %}.
 */
abstract class ExprParser extends ParserBase {

    private static final Map<TokenKind, String> OPERATORS = Map.ofEntries(
            Map.entry(TokenKind.EQUAL, Operators.EQUAL), Map.entry(TokenKind.NEQ, Operators.NEQ),
            Map.entry(TokenKind.LT, Operators.LT), Map.entry(TokenKind.GT, Operators.GT),
            Map.entry(TokenKind.LTE, Operators.LTE), Map.entry(TokenKind.GTE, Operators.GTE),
            Map.entry(TokenKind.OR, Operators.OR), Map.entry(TokenKind.AND, Operators.AND),
            Map.entry(TokenKind.ADD, Operators.PLUS), Map.entry(TokenKind.SUB, Operators.MINUS),
            Map.entry(TokenKind.MUL, Operators.MUL), Map.entry(TokenKind.QUO, Operators.DIV),
            Map.entry(TokenKind.REM, Operators.REM), Map.entry(TokenKind.UNIFY, Operators.EQ),
            Map.entry(TokenKind.ASSIGN, Operators.ASSIGN));

    ExprParser(List<Token> tokens, String file, boolean v1) {
        super(tokens, file, v1);
    }

    /** Parses one term; implemented by the term layer. */
    abstract Term parseTerm();

    // ---- bodies

    /** Expressions up to {@code end} (exclusive), separated by newlines or semicolons. */
    List<Expr> parseBody(TokenKind end) {
        if (!enter()) {
            return null;
        }
        try {
            return parseQuery(false, end);
        } finally {
            leave();
        }
    }

    /**
     * A query: expressions separated by {@code ;} or line breaks. With {@code requireSemi} (top-level
     * statements) only {@code ;} continues the query.
     */
    List<Expr> parseQuery(boolean requireSemi, TokenKind end) {
        List<Expr> body = new ArrayList<>();
        if (at(end)) {
            error(loc(), "found empty body");
            return null;
        }
        while (true) {
            Expr e = parseLiteral();
            if (e == null) {
                return null;
            }
            body.add(e);
            if (at(TokenKind.SEMICOLON)) {
                scan();
                continue;
            }
            if (at(end) || requireSemi) {
                return body;
            }
            if (!cur().newlineBefore()) {
                if (errors.isEmpty()) {
                    illegal("expected \\n or ; or " + end.display());
                }
                return null;
            }
        }
    }

    // ---- literals

    Expr parseLiteral() {
        Location at = loc();
        if (keywordStartsRef()) {
            return parseLiteralExpr(false, at);
        }
        boolean negated = false;
        if (atKeyword("not")) {
            Token next = peek();
            if (next.spaceBefore() || (next.kind() != TokenKind.DOT && next.kind() != TokenKind.LBRACK)) {
                scan();
                negated = true;
            }
        }
        if (negated && notBodies && at(TokenKind.LBRACE)) {
            return parseNotBody(at);
        }
        if (atKeyword("some")) {
            if (negated) {
                illegal("illegal negation of 'some'");
                return null;
            }
            return parseSome(at);
        }
        if (atKeyword("every")) {
            if (negated) {
                illegal("illegal negation of 'every'");
                return null;
            }
            return parseEvery(at);
        }
        return parseLiteralExpr(negated, at);
    }

    /**
     * {@code not { q }}: true when the query {@code q} has no solution. It is read as
     * {@code [true | q] == []}: a comprehension already gives the body its own scope (variables first
     * bound inside stay local, outer ones are closed over), so no later stage needs a new form.
     */
    private Expr parseNotBody(Location at) {
        scan();
        List<Expr> body = parseBody(TokenKind.RBRACE);
        if (body == null) {
            return null;
        }
        scan();
        Term solutions = new ArrayComprehension(new BooleanTerm(true, at), body, at);
        return withModifiers(new CallExpr(Operators.ref(Operators.EQUAL, at),
                List.of(solutions, new ArrayTerm(List.of(), at))), false, at);
    }

    private Expr parseLiteralExpr(boolean negated, Location at) {
        ExprForm form = parseExprForm();
        return form == null ? null : withModifiers(form, negated, at);
    }

    /** The literal {@code form}, with the {@code with} modifiers that follow it. */
    private Expr withModifiers(ExprForm form, boolean negated, Location at) {
        List<With> with = List.of();
        if (atKeyword("with")) {
            with = parseWith();
            if (with == null) {
                return null;
            }
        }
        return new Expr(form, negated, with, at, false);
    }

    private List<With> parseWith() {
        List<With> withs = new ArrayList<>();
        while (true) {
            Location at = loc();
            scan();
            if (!atIdent()) {
                illegal("expected ident");
                return null;
            }
            Term target = parseTerm();
            if (target == null) {
                return null;
            }
            if (!(target instanceof Ref) && !(target instanceof Var)) {
                illegal("expected with target path");
            }
            if (!atKeyword("as")) {
                illegal("expected as keyword");
                return null;
            }
            scan();
            Term value = parseTermInfixCall();
            if (value == null) {
                return null;
            }
            withs.add(new With(target, value, at));
            if (!atKeyword("with")) {
                return withs;
            }
        }
    }

    private Expr parseSome(Location at) {
        Mark m = save();
        scan();
        Term term = parseTermInfixCall();
        if (term instanceof Call call) {
            String op = call.operator().toString();
            SomeIn in;
            if (op.equals(Operators.MEMBER) && call.args().size() == 2) {
                in = new SomeIn(null, call.args().get(0), call.args().get(1));
            } else if (op.equals(Operators.MEMBER_WITH_KEY) && call.args().size() == 3) {
                in = new SomeIn(call.args().get(0), call.args().get(1), call.args().get(2));
            } else {
                illegal("expected `x in xs` or `x, y in xs` expression");
                return null;
            }
            return withModifiers(in, false, at);
        }
        restore(m);
        List<Var> vars = new ArrayList<>();
        while (true) {
            scan();
            if (!atIdent()) {
                illegal("expected var");
                return null;
            }
            vars.add(parseVar());
            scan();
            if (!at(TokenKind.COMMA)) {
                return Expr.of(new SomeDecl(vars), at);
            }
        }
    }

    private Expr parseEvery(Location at) {
        scan();
        Term term = parseTermInfixCall();
        if (term == null) {
            return null;
        }
        if (!(term instanceof Call call)) {
            illegal("expected `x[, y] in xs { ... }` expression");
            return null;
        }
        String op = call.operator().toString();
        Term key = null;
        Term value;
        Term domain;
        if (op.equals(Operators.MEMBER) && call.args().size() == 2) {
            value = call.args().get(0);
            domain = call.args().get(1);
        } else if (op.equals(Operators.MEMBER_WITH_KEY) && call.args().size() == 3) {
            key = call.args().get(0);
            value = call.args().get(1);
            domain = call.args().get(2);
            if (!(key instanceof Var)) {
                illegal("expected key to be a variable");
                return null;
            }
        } else {
            illegal("expected `x[, y] in xs { ... }` expression");
            return null;
        }
        if (!(value instanceof Var v)) {
            illegal("expected value to be a variable");
            return null;
        }
        if (!at(TokenKind.LBRACE)) {
            illegal("missing body");
            return null;
        }
        scan();
        List<Expr> body = parseBody(TokenKind.RBRACE);
        if (body == null) {
            return null;
        }
        scan();
        return withModifiers(new Every((Var) key, v, domain, body), false, at);
    }

    /** {@code term}, {@code term = term}, {@code term := term} or a call in expression position. */
    private ExprForm parseExprForm() {
        Term lhs = parseTermInfixCall();
        if (lhs == null) {
            return null;
        }
        if (at(TokenKind.ASSIGN) || at(TokenKind.UNIFY)) {
            Ref op = Operators.ref(OPERATORS.get(cur().kind()), loc());
            scan();
            Term rhs = parseTermInfixCall();
            return rhs == null ? null : new CallExpr(op, List.of(lhs, rhs));
        }
        if (lhs instanceof Call call) {
            return new CallExpr(call.operator(), call.args());
        }
        return new TermExpr(lhs);
    }

    // ---- infix operators

    Term parseTermInfixCall() {
        if (!enter()) {
            return null;
        }
        try {
            return parseTermIn(null, true);
        } finally {
            leave();
        }
    }

    /** As {@link #parseTermInfixCall} but a comma ends the term (inside collections and argument lists). */
    Term parseTermInfixCallInList() {
        if (!enter()) {
            return null;
        }
        try {
            return parseTermIn(null, false);
        } finally {
            leave();
        }
    }

    private Term parseTermIn(Term lhs, boolean keyVal) {
        if (!enter()) {
            return null;
        }
        try {
            if (lhs == null) {
                lhs = parseTermRelation(null);
            }
            if (lhs == null) {
                return null;
            }
            if (keyVal && at(TokenKind.COMMA)) {
                Mark m = save();
                scan();
                Term mhs = parseTermRelation(null);
                if (mhs != null && atInOperator()) {
                    Location opLoc = loc();
                    scan();
                    Term rhs = parseTermRelation(null);
                    if (rhs != null) {
                        Call call = new Call(Operators.ref(Operators.MEMBER_WITH_KEY, opLoc), List.of(lhs, mhs, rhs),
                                lhs.location());
                        return atInOperator() ? parseTermIn(call, keyVal) : call;
                    }
                }
                restore(m);
            }
            if (atInOperator()) {
                Location opLoc = loc();
                scan();
                Term rhs = parseTermRelation(null);
                if (rhs != null) {
                    Call call = new Call(Operators.ref(Operators.MEMBER, opLoc), List.of(lhs, rhs), lhs.location());
                    return atInOperator() ? parseTermIn(call, keyVal) : call;
                }
            }
            return lhs;
        } finally {
            leave();
        }
    }

    private boolean atInOperator() {
        if (!atKeyword("in")) {
            return false;
        }
        Token next = peek();
        return next.spaceBefore() || (next.kind() != TokenKind.DOT && next.kind() != TokenKind.LBRACK);
    }

    private Term parseTermRelation(Term lhs) {
        return parseBinary(lhs, 0);
    }

    private static final List<List<TokenKind>> LEVELS = List.of(
            List.of(TokenKind.EQUAL, TokenKind.NEQ, TokenKind.LT, TokenKind.GT, TokenKind.LTE, TokenKind.GTE),
            List.of(TokenKind.OR),
            List.of(TokenKind.AND),
            List.of(TokenKind.ADD, TokenKind.SUB),
            List.of(TokenKind.MUL, TokenKind.QUO, TokenKind.REM));

    /** Left-associative binary operators of precedence {@code level} and tighter. */
    private Term parseBinary(Term lhs, int level) {
        if (!enter()) {
            return null;
        }
        try {
            if (lhs == null) {
                lhs = level + 1 < LEVELS.size() ? parseBinary(null, level + 1) : parseTerm();
            }
            int nested = 0; // each operator deepens the (left-leaning) tree: it counts against the bound
            try {
                while (lhs != null && LEVELS.get(level).contains(cur().kind())) {
                    if (!enter()) {
                        return null;
                    }
                    nested++;
                    Ref op = Operators.ref(OPERATORS.get(cur().kind()), loc());
                    scan();
                    Term rhs = level + 1 < LEVELS.size() ? parseBinary(null, level + 1) : parseTerm();
                    if (rhs == null) {
                        return lhs; // the error is recorded; OPA returns the left side as well
                    }
                    lhs = new Call(op, List.of(lhs, rhs), lhs.location());
                }
                return lhs;
            } finally {
                for (int i = 0; i < nested; i++) {
                    leave();
                }
            }
        } finally {
            leave();
        }
    }

    /** A variable from the current identifier; {@code _} becomes a fresh wildcard. */
    Var parseVar() {
        String text = cur().text();
        if (text.equals("_")) {
            return new Var("$" + wildcards++, loc());
        }
        return new Var(text, loc());
    }
}
