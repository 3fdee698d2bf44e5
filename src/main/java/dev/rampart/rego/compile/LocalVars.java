package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage "RewriteLocalVars": gives every variable declared with {@code :=}, {@code some} or {@code every}
 * (and every function argument) a unique name ({@code __localN__}), so that shadowing in comprehensions and
 * nested scopes disappears; {@code :=} becomes {@code =} and {@code some x in xs} becomes
 * {@code x = xs[k]}. Redeclarations and uses before declaration are errors, as in OPA. The original names are
 * kept in the context's rewritten-variable map for messages.
 */
final class LocalVars {

    private LocalVars() {}

    static void run(CompileContext ctx) {
        ctx.mapRules(r -> rewriteChain(ctx, r));
    }

    private static Rule rewriteChain(CompileContext ctx, Rule rule) {
        List<RegoError> errors = new ArrayList<>();
        LocalScopes args = new LocalScopes();
        List<Term> newArgs = new ArrayList<>();
        for (Term a : rule.head().args()) {
            newArgs.add(rewriteArg(ctx, args, a, errors));
        }
        Head h = rule.head();
        Rule top = rule.withHead(h.withTerms(newArgs, h.key(), h.value()));
        Rule result = rewriteRule(ctx, top, args, errors);
        ctx.rewrittenVars().putAll(args.rewritten);
        ctx.errors(errors);
        return result;
    }

    private static Rule rewriteRule(CompileContext ctx, Rule rule, LocalScopes args, List<RegoError> errors) {
        Head h = rule.head();
        boolean onlyScalars = !headMayHaveVars(h);
        Set<String> used = new HashSet<>();
        if (!onlyScalars) {
            h = rewriteHeadComprehensions(ctx, h, errors);
            for (int i = 1; i < h.ref().size(); i++) {
                if (!h.ref().get(i).isScalar()) {
                    used.addAll(VarVisitor.ALL.vars(h.ref().get(i)));
                }
            }
            if (h.key() != null && !h.key().isScalar()) {
                used.addAll(VarVisitor.ALL.vars(h.key()));
            }
            if (h.value() != null && !h.value().isScalar()) {
                used.addAll(VarVisitor.ALL.vars(h.value()));
            }
        }
        LocalScopes stack = args.copy();
        BodyRewriter br = new BodyRewriter(ctx, stack, errors);
        var body = br.body(rule.body(), used);
        ctx.rewrittenVars().putAll(stack.rewritten);
        if (!onlyScalars) {
            h = renameHeadVars(h, stack.top().renamed);
        }
        Rule elseRule = rule.elseRule() == null ? null : rewriteRule(ctx, rule.elseRule(), args, errors);
        return new Rule(h, body, elseRule, rule.isDefault(), rule.location(), rule.generatedBody());
    }

    static boolean headMayHaveVars(Head h) {
        for (Term a : h.args()) {
            if (!a.isScalar()) {
                return true;
            }
        }
        if ((h.key() != null && !h.key().isScalar()) || (h.value() != null && !h.value().isScalar())) {
            return true;
        }
        for (int i = 1; i < h.ref().size(); i++) {
            if (!h.ref().get(i).isScalar()) {
                return true;
            }
        }
        return false;
    }

    /** Comprehensions in the head get their own scopes (they cannot see the body's declarations). */
    private static Head rewriteHeadComprehensions(CompileContext ctx, Head h, List<RegoError> errors) {
        AstRewriter nested = new AstRewriter() {
            @Override
            Term term(Term t) {
                if (t instanceof ArrayComprehension || t instanceof SetComprehension
                        || t instanceof ObjectComprehension) {
                    LocalScopes fresh = new LocalScopes();
                    Term r = new BodyRewriter(ctx, fresh, errors).term(t);
                    ctx.rewrittenVars().putAll(fresh.rewritten);
                    return r;
                }
                return super.term(t);
            }
        };
        List<Term> ref = new ArrayList<>(h.ref().terms());
        for (int i = 1; i < ref.size(); i++) {
            ref.set(i, nested.term(ref.get(i)));
        }
        return new Head(new Ref(ref, h.ref().location()), nested.terms(h.args()),
                h.key() == null ? null : nested.term(h.key()), h.value() == null ? null : nested.term(h.value()),
                h.assign(), h.usesIf(), h.usesContains(), h.generatedValue(), h.location());
    }

    /** Head variables declared in the body take the body's new names. */
    private static Head renameHeadVars(Head h, Map<String, String> declared) {
        AstRewriter rename = new AstRewriter() {
            @Override
            Term term(Term t) {
                if (t instanceof Var v) {
                    String d = declared.get(v.name());
                    return d == null ? v : new Var(d, v.location());
                }
                return super.term(t);
            }
        };
        List<Term> ref = new ArrayList<>(h.ref().terms());
        for (int i = 1; i < ref.size(); i++) {
            ref.set(i, rename.term(ref.get(i)));
        }
        return new Head(new Ref(ref, h.ref().location()), rename.terms(h.args()),
                h.key() == null ? null : rename.term(h.key()), h.value() == null ? null : rename.term(h.value()),
                h.assign(), h.usesIf(), h.usesContains(), h.generatedValue(), h.location());
    }

    private static Term rewriteArg(CompileContext ctx, LocalScopes args, Term t, List<RegoError> errors) {
        return switch (t) {
            case Var v -> {
                String d = args.declared(v.name());
                if (d == null) {
                    d = ctx.freshVar(v.location()).name();
                    args.insert(v.name(), d, LocalScopes.Occurrence.ARG);
                }
                yield new Var(d, v.location());
            }
            case ObjectTerm o -> {
                List<ObjectTerm.Entry> es = new ArrayList<>();
                for (ObjectTerm.Entry e : o.entries()) {
                    es.add(new ObjectTerm.Entry(e.key(), rewriteArg(ctx, args, e.value(), errors)));
                }
                yield new ObjectTerm(es, o.location());
            }
            case ArrayTerm a -> {
                List<Term> es = new ArrayList<>();
                for (Term x : a.elements()) {
                    es.add(rewriteArg(ctx, args, x, errors));
                }
                yield new ArrayTerm(es, a.location());
            }
            case Ref r -> {
                List<Term> es = new ArrayList<>();
                for (Term x : r.terms()) {
                    es.add(rewriteArg(ctx, args, x, errors));
                }
                yield new Ref(es, r.location());
            }
            case Call c -> {
                errors.add(new RegoError(ErrorCode.COMPILE, "rule arguments cannot contain calls", c.location()));
                yield c;
            }
            case SetTerm s -> s;
            default -> t;
        };
    }
}
