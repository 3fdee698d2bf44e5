package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.Comment;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.Import;
import dev.rampart.rego.ast.PackageDecl;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.List;

/** Top-level statements: package, imports, rules (heads, bodies, {@code else} chains) and bare queries. */
final class Parser extends TermParser {

    private final List<Statement> statements = new ArrayList<>();
    private boolean regoV1Imported;

    private Parser(List<Token> tokens, String file, boolean v1) {
        super(tokens, file, v1);
    }

    /** Parser output: statements, comments, errors and whether {@code rego.v1} was imported. */
    record Parsed(List<Statement> statements, List<Comment> comments, List<dev.rampart.rego.RegoError> errors,
            boolean regoV1Imported) {}

    static Parsed parse(String src, String file, boolean v1) {
        Lexer.Lexed lexed = Lexer.lex(src, file);
        Parser p = new Parser(lexed.tokens(), file, v1);
        p.parseStatements();
        return new Parsed(List.copyOf(p.statements), lexed.comments(), List.copyOf(p.errors), p.regoV1Imported);
    }

    /** Parses a standalone query (for {@code rampart eval}); all keywords are on. */
    static QueryParsed parseQuery(String src, String file) {
        Lexer.Lexed lexed = Lexer.lex(src, file);
        Parser p = new Parser(lexed.tokens(), file, true);
        List<Expr> body = null;
        if (p.at(TokenKind.EOF)) {
            p.error(p.loc(), "empty query");
        } else {
            body = p.parseQuery(false, TokenKind.EOF);
            if (body != null && !p.at(TokenKind.EOF) && p.errors.isEmpty()) {
                p.illegalToken();
            }
        }
        return new QueryParsed(p.errors.isEmpty() ? body : null, List.copyOf(p.errors));
    }

    /** A parsed query or its errors. */
    record QueryParsed(List<Expr> body, List<dev.rampart.rego.RegoError> errors) {}

    private void parseStatements() {
        while (!at(TokenKind.EOF)) {
            Mark m = save();
            if (atKeyword("package")) {
                PackageDecl pkg = parsePackage();
                if (pkg != null) {
                    statements.add(new Statement.PackageStmt(pkg));
                    continue;
                } else if (!errors.isEmpty()) {
                    return;
                }
                restore(m);
            }
            if (atKeyword("import")) {
                Import imp = parseImport();
                if (imp != null) {
                    languageImport(imp);
                    statements.add(new Statement.ImportStmt(imp));
                    continue;
                } else if (!errors.isEmpty()) {
                    return;
                }
                restore(m);
            }
            List<Rule> rules = parseRules();
            if (rules != null) {
                rules.forEach(r -> statements.add(new Statement.RuleStmt(r)));
                continue;
            } else if (!errors.isEmpty()) {
                return;
            }
            restore(m);
            List<Expr> body = parseQuery(true, TokenKind.EOF);
            if (body == null || !errors.isEmpty()) {
                return;
            }
            statements.add(new Statement.BodyStmt(body));
        }
    }

    private PackageDecl parsePackage() {
        Location at = loc();
        scan();
        if (atAdjacent(TokenKind.DOT) || atAdjacent(TokenKind.LBRACK)) {
            return null; // a ref whose first term is the word "package"
        }
        if (!identOrKeywordAsIdent()) {
            illegalToken();
            return null;
        }
        Term term = parseTerm();
        List<Term> path = new ArrayList<>();
        if (term instanceof Var v) {
            path.add(new Var("data", v.location()));
            path.add(new StringTerm(v.name(), v.location()));
        } else if (term instanceof Ref r) {
            if (!(r.head() instanceof Var first)) {
                error(r.head().location(), "unexpected " + valueName(r.head()) + " token: expecting var");
                return null;
            }
            path.add(new Var("data", first.location()));
            path.add(new StringTerm(first.name(), first.location()));
            for (int i = 1; i < r.size(); i++) {
                if (!(r.get(i) instanceof StringTerm)) {
                    error(r.get(i).location(), "unexpected " + valueName(r.get(i)) + " token: expecting string");
                    return null;
                }
                path.add(r.get(i));
            }
        } else if (term != null) {
            illegalToken();
            return null;
        }
        if (path.isEmpty()) {
            if (errors.isEmpty()) {
                error(loc(), "expected path");
            }
            return null;
        }
        return new PackageDecl(Ref.of(path), at);
    }

    private Import parseImport() {
        Location at = loc();
        scan();
        if (atAdjacent(TokenKind.DOT) || atAdjacent(TokenKind.LBRACK)) {
            return null; // a ref whose first term is the word "import"
        }
        if (!identOrKeywordAsIdent()) {
            illegalToken();
            return null;
        }
        // Import paths are read without future keywords, so that "import future.keywords.in" parses.
        futureKeywordsOff = true;
        Term term;
        try {
            term = parseTerm();
        } finally {
            futureKeywordsOff = false;
        }
        Ref path = null;
        if (term instanceof Var v) {
            path = new Ref(List.of(v), v.location());
        } else if (term instanceof Ref r) {
            for (int i = 1; i < r.size(); i++) {
                if (!(r.get(i) instanceof StringTerm)) {
                    error(r.get(i).location(), "unexpected " + valueName(r.get(i)) + " token: expecting string");
                    return null;
                }
            }
            path = r;
        }
        if (path == null) {
            if (errors.isEmpty()) {
                error(loc(), "expected path");
            }
            return null;
        }
        String root = path.headName();
        if (root == null || !List.of("data", "input", "future", "rego").contains(root)) {
            error(path.location(), "unexpected import path, must begin with one of: {data, future, input, rego}, got: "
                    + path.head());
            return null;
        }
        if (atKeyword("as")) {
            scan();
            if (!atIdent()) {
                illegal("expected var");
                return null;
            }
            Term alias = parseTerm();
            if (alias instanceof Var v) {
                return new Import(path, v.name(), at);
            }
            illegal("expected var");
            return null;
        }
        Term last = path.get(path.size() - 1);
        String lastName = last instanceof StringTerm s ? s.value() : path.headName();
        boolean checkLast = path.size() == 1 || !root.equals("future");
        if (checkLast && isKeywordName(lastName)) {
            error(last.location(), "unexpected import path, must not end with a keyword, got: " + lastName
                    + " (hint: import a different path or use an alias)");
        }
        return new Import(path, null, at);
    }

    private boolean isKeywordName(String word) {
        return BASE_KEYWORDS.contains(word) || (v1 && FUTURE_KEYWORDS.contains(word));
    }

    /** Applies {@code import rego.v1|v2} and {@code import future.keywords…} to the keywords in effect. */
    private void languageImport(Import imp) {
        Ref path = imp.path();
        if ("rego".equals(path.headName())) {
            boolean v2 = path.size() == 2 && new StringTerm("v2", null).equals(path.get(1));
            if (!v2 && (path.size() != 2 || !new StringTerm("v1", null).equals(path.get(1)))) {
                error(path.location(), "invalid import `" + path + "`, must be `rego.v1` or `rego.v2`");
                return;
            }
            // rego.v2 is v1 plus negated bodies, the one v2 feature the front end knows.
            notBodies |= v2;
            regoV1Imported = true;
            if (v1) {
                return;
            }
            if (imp.alias() != null) {
                error(path.location(), "`rego` imports cannot be aliased");
                return;
            }
            enableFutureKeywords(FUTURE_KEYWORDS);
        } else if ("future".equals(path.headName())) {
            if (path.size() == 1 || !new StringTerm("keywords", null).equals(path.get(1))) {
                error(path.location(), "invalid import, must be `future.keywords`");
                return;
            }
            if (imp.alias() != null) {
                error(path.location(), "`future` imports cannot be aliased");
                return;
            }
            if (path.size() == 2) {
                enableFutureKeywords(FUTURE_KEYWORDS);
                return;
            }
            String kw = path.get(2) instanceof StringTerm s ? s.value() : "";
            if (path.size() == 3 && kw.equals("not")) {
                notBodies = true; // "not" is already a keyword; the import only adds `not { … }`
                return;
            }
            if (path.size() > 3 || !FUTURE_KEYWORDS.contains(kw)) {
                error(path.location(), "unexpected keyword, must be one of [contains every if in not]");
                return;
            }
            enableFutureKeywords(kw.equals("every") ? List.of("every", "in") : List.of(kw));
        }
    }

    // ---- rules

    private List<Rule> parseRules() {
        Location at = loc();
        keywordStartsRef();
        boolean isDefault = false;
        if (atKeyword("default")) {
            scan();
            isDefault = true;
            keywordStartsRef();
        }
        if (!atIdent()) {
            return null;
        }
        HeadParser.Parsed parsedHead = new HeadParser(this).parseHead(isDefault);
        if (parsedHead == null) {
            return null;
        }
        Head head = parsedHead.head();
        boolean usesContains = parsedHead.usesContains();
        if (isDefault) {
            if (!DefaultRules.validate(this, head, at)) {
                return null;
            }
            return List.of(new Rule(head, List.of(trueExpr(at)), null, true, at, false));
        }
        boolean hasIf = atHeadKeyword("if");
        head = reshapeTwoPartHead(head, hasIf, usesContains);
        List<Expr> body;
        if (hasIf) {
            head = head.withUsesIf(true);
            scan();
            Mark m = save();
            Expr e = parseLiteral();
            if (e != null && !(e.form() instanceof TermExpr t && t.term() instanceof dev.rampart.rego.ast.SetTerm)) {
                body = List.of(e);
            } else {
                restore(m);
                if (!at(TokenKind.LBRACE)) {
                    parseLiteral(); // reports why the body is not an expression
                    if (errors.isEmpty()) {
                        illegal("expected rule body");
                    }
                    return null;
                }
                body = bracedBody();
                if (body == null) {
                    return null;
                }
            }
        } else if (at(TokenKind.LBRACE)) {
            body = bracedBody();
            if (body == null) {
                return null;
            }
        } else if (usesContains) {
            return List.of(new Rule(head, List.of(trueExpr(head.location())), null, false, head.location(), true));
        } else {
            return null;
        }
        Rule rule = new Rule(head, body, null, false, at, false);
        if (atKeyword("else") && !keywordStartsRef()) {
            if (head.ref().size() > 1 && !head.ref().isGroundPath()) {
                error(loc(), "else keyword cannot be used on rules with variables in head");
                return null;
            }
            if (head.key() != null) {
                error(loc(), "else keyword cannot be used on multi-value rules");
                return null;
            }
            Rule elseRule = parseElse(head);
            if (elseRule == null) {
                return null;
            }
            rule = rule.withElse(elseRule);
        }
        List<Rule> rules = new ArrayList<>(List.of(rule));
        while (at(TokenKind.LBRACE)) {
            if (rule.elseRule() != null) {
                error(loc(), "expected else keyword");
                return null;
            }
            Location chainAt = loc();
            List<Expr> next = bracedBody();
            if (next == null) {
                return null;
            }
            rules.add(new Rule(freshWildcardArgs(head).withUsesIf(head.usesIf()), next, null, false, chainAt, false));
        }
        return rules;
    }

    /** OPA's reading of two-part heads: {@code p[x] if …} is an object rule, v0 {@code p[x] { … }} a set rule. */
    private Head reshapeTwoPartHead(Head head, boolean hasIf, boolean usesContains) {
        Ref ref = head.ref();
        if (usesContains || head.isFunction() || ref.size() != 2) {
            return head;
        }
        Term last = ref.get(1);
        if (hasIf) {
            Term key = (!last.isGround() || last instanceof Ref) ? last : head.key();
            if (head.value() == null) {
                return new Head(ref, head.args(), key, new BooleanTerm(true, head.location()), head.assign(),
                        head.usesIf(), false, true, head.location());
            }
            return new Head(ref, head.args(), key, head.value(), head.assign(), head.usesIf(), false,
                    head.generatedValue(), head.location());
        }
        Ref newRef = head.value() == null ? new Ref(ref.terms().subList(0, 1), ref.location()) : ref;
        return new Head(newRef, head.args(), last, head.value(), head.assign(), head.usesIf(), false,
                head.generatedValue(), head.location());
    }

    private List<Expr> bracedBody() {
        scan();
        List<Expr> body = parseBody(TokenKind.RBRACE);
        if (body == null) {
            return null;
        }
        scan();
        return body;
    }

    private Rule parseElse(Head head) {
        if (!enter()) {
            return null;
        }
        try {
            return parseElseBranch(head);
        } finally {
            leave();
        }
    }

    private Rule parseElseBranch(Head head) {
        Location at = loc();
        Head elseHead = freshWildcardArgs(head);
        Term value;
        boolean assign = false;
        boolean generatedValue = false;
        scan();
        if (at(TokenKind.LBRACE) || atHeadKeyword("if")) {
            value = new BooleanTerm(true, at);
            generatedValue = true;
        } else if (at(TokenKind.ASSIGN) || at(TokenKind.UNIFY)) {
            assign = at(TokenKind.ASSIGN);
            scan();
            value = parseTermInfixCall();
            if (value == null) {
                return null;
            }
        } else {
            illegal("expected else value term or rule body");
            return null;
        }
        boolean hasIf = atHeadKeyword("if");
        elseHead = new Head(elseHead.ref(), elseHead.args(), elseHead.key(), value, assign, hasIf, false,
                generatedValue, at);
        if (!hasIf && !at(TokenKind.LBRACE)) {
            return new Rule(elseHead, List.of(trueExpr(at)), null, false, at, true);
        }
        if (hasIf) {
            scan();
        }
        List<Expr> body;
        if (at(TokenKind.LBRACE)) {
            body = bracedBody();
            if (body == null) {
                return null;
            }
        } else if (!at(TokenKind.EOF)) {
            Expr e = parseLiteral();
            if (e == null) {
                return null;
            }
            body = List.of(e);
        } else {
            illegal("rule body expected");
            return null;
        }
        Rule rule = new Rule(elseHead, body, null, false, at, false);
        if (atKeyword("else")) {
            Rule next = parseElse(head);
            if (next == null) {
                return null;
            }
            rule = rule.withElse(next);
        }
        return rule;
    }

    /** A copy of the head whose {@code _} arguments get new wildcard names (each body binds its own). */
    private Head freshWildcardArgs(Head head) {
        List<Term> args = new ArrayList<>(head.args().size());
        for (Term a : head.args()) {
            args.add(a instanceof Var v && v.isWildcard() ? new Var("$" + wildcards++, v.location()) : a);
        }
        return head.withTerms(args, head.key(), head.value());
    }

    /**
     * {@code if} or {@code contains} right after a rule head. A v0 module may use them without importing
     * them: there the word cannot be anything else (OPA rejects such modules; the regorus corpus, which is
     * read in v0 mode, relies on it).
     */
    boolean atHeadKeyword(String word) {
        return atKeyword(word) || (!v1 && at(TokenKind.IDENT) && cur().text().equals(word) && pos != forcedIdent);
    }

    static Expr trueExpr(Location at) {
        return Expr.of(new TermExpr(new BooleanTerm(true, at)), at);
    }

    /** Used by {@link HeadParser}. */
    Term parseRefFrom(Term head, boolean spaceAllowed) {
        return parseRef(head, spaceAllowed);
    }

    /** Used by {@link HeadParser} to build call heads. */
    static boolean isCall(Term t) {
        return t instanceof Call;
    }
}
