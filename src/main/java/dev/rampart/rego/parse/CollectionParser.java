package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrays, sets, objects and their comprehensions. As in OPA, {@code {a | b}} is read as a comprehension
 * first; when that fails the parser backtracks and reads a collection.
 */
abstract class CollectionParser extends ExprParser {

    CollectionParser(List<Token> tokens, String file, boolean v1) {
        super(tokens, file, v1);
    }

    Term parseArray() {
        if (!enter()) {
            return null;
        }
        try {
            Location at = loc();
            scan();
            if (at(TokenKind.RBRACK)) {
                return new ArrayTerm(List.of(), at);
            }
            boolean potentialComprehension = true;
            if (at(TokenKind.COMMA)) {
                potentialComprehension = false;
                scan();
            }
            Mark m = save();
            Term head = parseTerm();
            if (head == null) {
                return null;
            }
            switch (cur().kind()) {
                case RBRACK -> {
                    return new ArrayTerm(List.of(head), at);
                }
                case COMMA -> {
                    scan();
                    List<Term> terms = parseTermList(TokenKind.RBRACK, new ArrayList<>(List.of(head)));
                    return terms == null ? null : new ArrayTerm(terms, at);
                }
                case OR -> {
                    if (potentialComprehension) {
                        scan();
                        List<Expr> body = parseBody(TokenKind.RBRACK);
                        if (body != null) {
                            return new ArrayComprehension(head, body, at);
                        }
                        if (!at(TokenKind.COMMA)) {
                            return null;
                        }
                    }
                }
                default -> { }
            }
            restore(m);
            List<Term> terms = parseTermList(TokenKind.RBRACK, new ArrayList<>());
            return terms == null ? null : new ArrayTerm(terms, at);
        } finally {
            leave();
        }
    }

    Term parseSetOrObject() {
        if (!enter()) {
            return null;
        }
        try {
            Location at = loc();
            scan();
            if (at(TokenKind.RBRACE)) {
                return new ObjectTerm(List.of(), at);
            }
            boolean potentialComprehension = true;
            if (at(TokenKind.COMMA)) {
                potentialComprehension = false;
                scan();
            }
            Mark m = save();
            Term head = parseTerm();
            if (head == null) {
                return null;
            }
            switch (cur().kind()) {
                case OR -> {
                    if (potentialComprehension) {
                        return parseSet(m, head, true, at);
                    }
                }
                case RBRACE, COMMA -> {
                    return parseSet(m, head, potentialComprehension, at);
                }
                case COLON -> {
                    return parseObject(head, potentialComprehension, at);
                }
                default -> { }
            }
            restore(m);
            head = parseTermInfixCallInList();
            if (head == null) {
                return null;
            }
            switch (cur().kind()) {
                case RBRACE, COMMA -> {
                    return parseSet(m, head, false, at);
                }
                case COLON -> {
                    return parseObject(head, potentialComprehension, at);
                }
                default -> {
                    illegal("non-terminated set");
                    return null;
                }
            }
        } finally {
            leave();
        }
    }

    private Term parseSet(Mark m, Term head, boolean potentialComprehension, Location at) {
        switch (cur().kind()) {
            case RBRACE -> {
                return new SetTerm(List.of(head), at);
            }
            case COMMA -> {
                scan();
                List<Term> terms = parseTermList(TokenKind.RBRACE, new ArrayList<>(List.of(head)));
                return terms == null ? null : new SetTerm(terms, at);
            }
            case OR -> {
                if (potentialComprehension) {
                    scan();
                    List<Expr> body = parseBody(TokenKind.RBRACE);
                    if (body != null) {
                        return new SetComprehension(head, body, at);
                    }
                    if (!at(TokenKind.COMMA)) {
                        return null;
                    }
                }
                restore(m);
                List<Term> terms = parseTermList(TokenKind.RBRACE, new ArrayList<>());
                return terms == null ? null : new SetTerm(terms, at);
            }
            default -> {
                return null;
            }
        }
    }

    private Term parseObject(Term key, boolean potentialComprehension, Location at) {
        scan();
        Mark m = save();
        Term value = parseTerm();
        if (value == null) {
            return null;
        }
        boolean potentialRelation = true;
        if (potentialComprehension && (at(TokenKind.RBRACE) || at(TokenKind.COMMA) || at(TokenKind.OR))) {
            potentialRelation = !at(TokenKind.RBRACE) && !at(TokenKind.COMMA);
            Term t = parseObjectFinish(key, value, true, at);
            if (t != null) {
                return t;
            }
        }
        restore(m);
        if (potentialRelation) {
            value = parseTermInfixCallInList();
            if (value == null) {
                return null;
            }
            if (at(TokenKind.RBRACE) || at(TokenKind.COMMA)) {
                return parseObjectFinish(key, value, false, at);
            }
        }
        illegal("non-terminated object");
        return null;
    }

    private Term parseObjectFinish(Term key, Term value, boolean potentialComprehension, Location at) {
        switch (cur().kind()) {
            case RBRACE -> {
                return new ObjectTerm(List.of(new ObjectTerm.Entry(key, value)), at);
            }
            case OR -> {
                if (potentialComprehension) {
                    scan();
                    List<Expr> body = parseBody(TokenKind.RBRACE);
                    return body == null ? null : new ObjectComprehension(key, value, body, at);
                }
                illegal("non-terminated object");
                return null;
            }
            case COMMA -> {
                scan();
                List<ObjectTerm.Entry> entries =
                        parseTermPairList(TokenKind.RBRACE, new ArrayList<>(List.of(new ObjectTerm.Entry(key, value))));
                return entries == null ? null : new ObjectTerm(entries, at);
            }
            default -> {
                return null;
            }
        }
    }

    /** Comma-separated terms up to {@code end} (a trailing comma is allowed); leaves the cursor on {@code end}. */
    List<Term> parseTermList(TokenKind end, List<Term> r) {
        if (at(end)) {
            return r;
        }
        while (true) {
            Term t = parseTermInfixCallInList();
            if (t == null) {
                return null;
            }
            r.add(t);
            if (at(end)) {
                return r;
            }
            if (!at(TokenKind.COMMA)) {
                illegal("expected \",\" or \"" + end.display() + "\"");
                return null;
            }
            scan();
            if (at(end)) {
                return r;
            }
        }
    }

    private List<ObjectTerm.Entry> parseTermPairList(TokenKind end, List<ObjectTerm.Entry> r) {
        if (at(end)) {
            return r;
        }
        while (true) {
            Term key = parseTermInfixCallInList();
            if (key == null) {
                return null;
            }
            if (!at(TokenKind.COLON)) {
                illegal("expected \":\"");
                return null;
            }
            scan();
            Term value = parseTermInfixCallInList();
            if (value == null) {
                return null;
            }
            r.add(new ObjectTerm.Entry(key, value));
            if (at(end)) {
                return r;
            }
            if (!at(TokenKind.COMMA)) {
                illegal("expected \",\" or \"" + end.display() + "\"");
                return null;
            }
            scan();
            if (at(end)) {
                return r;
            }
        }
    }

}
