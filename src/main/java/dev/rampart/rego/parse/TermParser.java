package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.NullTerm;
import dev.rampart.rego.ast.NumberTerm;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Terms: scalars, variables, refs, calls, collections and comprehensions. */
abstract class TermParser extends CollectionParser {

    /** Largest decimal exponent accepted, like OPA's limit that keeps number handling cheap. */
    private static final int MAX_EXPONENT = 30_000;

    TermParser(List<Token> tokens, String file, boolean v1) {
        super(tokens, file, v1);
    }

    @Override
    Term parseTerm() {
        if (!enter()) {
            return null;
        }
        try {
            int start = pos;
            Term cached = cachedTerm();
            if (cached != null) {
                return cached;
            }
            int errorsBefore = errors.size();
            boolean forced = forcedIdent == start;
            Term term = parseTermHead();
            term = parseTermFinish(term);
            cacheTerm(start, errorsBefore, forced, term);
            return term;
        } finally {
            leave();
        }
    }

    private Term parseTermHead() {
        Token t = cur();
        Location at = loc();
        switch (t.kind()) {
            case IDENT -> {
                if (atKeyword("null")) {
                    return new NullTerm(at);
                } else if (atKeyword("true")) {
                    return new BooleanTerm(true, at);
                } else if (atKeyword("false")) {
                    return new BooleanTerm(false, at);
                } else if (atIdent() || atKeyword("contains")) {
                    return parseVar();
                }
                illegalToken();
                return null;
            }
            case SUB, DOT, NUMBER -> {
                return parseNumber();
            }
            case STRING -> {
                return parseString();
            }
            case RAW_STRING -> {
                return new StringTerm(t.text().substring(1, t.text().length() - 1), at);
            }
            case LBRACK -> {
                return parseArray();
            }
            case LBRACE -> {
                return parseSetOrObject();
            }
            case LPAREN -> {
                scan();
                Term r = parseTermInfixCall();
                if (r != null) {
                    if (at(TokenKind.RPAREN)) {
                        return r;
                    }
                    error(loc(), "non-terminated expression");
                }
                return null;
            }
            default -> {
                illegalToken();
                return null;
            }
        }
    }

    /** After a term: steps past its last token and continues it into a ref or call when one follows directly. */
    private Term parseTermFinish(Term head) {
        if (head == null) {
            return null;
        }
        scan();
        if (atAdjacent(TokenKind.LPAREN) || atAdjacent(TokenKind.DOT) || atAdjacent(TokenKind.LBRACK)) {
            return parseRef(head, false);
        }
        return rootDocumentRef(head);
    }

    /** {@code data} and {@code input} on their own are refs, as in OPA. */
    static Term rootDocumentRef(Term t) {
        if (t instanceof Var v && (v.name().equals("data") || v.name().equals("input"))) {
            return new Ref(List.of(v), v.location());
        }
        return t;
    }

    private Term parseNumber() {
        Location at = loc();
        String prefix = "";
        if (at(TokenKind.SUB)) {
            prefix = "-";
            scan();
            if (!at(TokenKind.NUMBER) && !at(TokenKind.DOT)) {
                illegal("expected number");
                return null;
            }
        }
        if (at(TokenKind.DOT)) {
            prefix += ".";
            scan();
            if (!at(TokenKind.NUMBER)) {
                illegal("expected number");
                return null;
            }
        }
        String lit = cur().text();
        if (!prefix.endsWith(".") && lit.length() > 1 && lit.charAt(0) == '0'
                && lit.charAt(1) != '.' && lit.charAt(1) != 'e' && lit.charAt(1) != 'E') {
            illegal("expected number without leading zero");
            return null;
        }
        String text = prefix + lit;
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            illegal("invalid float");
            return null;
        }
        long magnitude = (long) value.precision() - value.scale();
        if (value.signum() != 0 && (magnitude > MAX_EXPONENT || magnitude < -MAX_EXPONENT)) {
            error(loc(), "number too big");
            return null;
        }
        return new NumberTerm(text, at);
    }

    private Term parseString() {
        Token t = cur();
        String lit = t.text();
        String inner = lit.substring(1, lit.length() - 1);
        if (inner.indexOf('\\') < 0) {
            return new StringTerm(inner, loc());
        }
        String decoded = unescape(inner);
        if (decoded == null) {
            error(loc(), "illegal string literal: " + lit);
            return null;
        }
        return new StringTerm(decoded, loc());
    }

    /** Decodes JSON string escapes; null when malformed. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (++i >= s.length()) {
                return null;
            }
            switch (s.charAt(i)) {
                case '"' -> b.append('"');
                case '\\' -> b.append('\\');
                case '/' -> b.append('/');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 >= s.length()) {
                        return null;
                    }
                    try {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    i += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return b.toString();
    }

    /**
     * Continues {@code head} with {@code .key}, {@code [term]} and {@code (args)} written directly after it.
     * {@code spaceAllowed} lets the first suffix follow whitespace (rule heads such as {@code p [x]}).
     */
    Term parseRef(Term head, boolean spaceAllowed) {
        if (!enter()) {
            return null;
        }
        try {
            switch (head) {
                case Var v -> { }
                case ArrayTerm a -> { }
                case ObjectTerm o -> { }
                case SetTerm s -> { }
                case ArrayComprehension c -> { }
                case SetComprehension c -> { }
                case ObjectComprehension c -> { }
                case Call c -> { }
                default -> error(head.location(), "illegal ref (head cannot be " + valueName(head) + ")");
            }
            List<Term> ref = new ArrayList<>();
            ref.add(head);
            boolean first = true;
            while (true) {
                Token t = cur();
                if (t.spaceBefore() && !(first && spaceAllowed)) {
                    return refOf(ref);
                }
                first = false;
                switch (t.kind()) {
                    case DOT -> {
                        scan();
                        if (cur().spaceBefore() || !at(TokenKind.IDENT)) {
                            illegal("expected ident");
                            return null;
                        }
                        ref.add(new StringTerm(cur().text(), loc()));
                        scan();
                    }
                    case LPAREN -> {
                        Term call = parseCall(refOf(ref));
                        if (call != null && (atAdjacent(TokenKind.DOT) || atAdjacent(TokenKind.LBRACK))) {
                            return parseRef(call, false);
                        }
                        return call;
                    }
                    case LBRACK -> {
                        scan();
                        Term key = parseTermInfixCall();
                        if (key == null) {
                            return null;
                        }
                        if (!at(TokenKind.RBRACK)) {
                            illegal("expected ]");
                            return null;
                        }
                        ref.add(key);
                        scan();
                    }
                    default -> {
                        return refOf(ref);
                    }
                }
            }
        } finally {
            leave();
        }
    }

    private static Ref refOf(List<Term> terms) {
        return new Ref(terms, terms.get(0).location());
    }

    /** The current token is {@code (}; parses the arguments and steps past {@code )}. */
    private Term parseCall(Ref operator) {
        if (!enter()) {
            return null;
        }
        try {
            scan();
            if (at(TokenKind.RPAREN)) {
                scan();
                if (operator.size() == 1 && "set".equals(operator.headName())) {
                    return new SetTerm(List.of(), operator.location());
                }
                return new Call(operator, List.of(), operator.location());
            }
            List<Term> args = parseTermList(TokenKind.RPAREN, new ArrayList<>());
            if (args == null) {
                return null;
            }
            scan();
            return new Call(operator, args, operator.location());
        } finally {
            leave();
        }
    }

    static String valueName(Term t) {
        return dev.rampart.rego.ast.Terms.typeName(t);
    }
}
