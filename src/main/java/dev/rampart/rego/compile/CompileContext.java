package dev.rampart.rego.compile;

import dev.rampart.rego.Builtin;
import dev.rampart.rego.BuiltinCatalog;
import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.Location;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.RegoVersion;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The state every compiler stage reads and updates: the modules, the error list and the generated names. */
public final class CompileContext {

    private List<Module> modules;
    private final List<RegoError> errors = new ArrayList<>();
    private final int maxErrors;
    private boolean limitReached;
    private final Map<String, String> rewrittenVars = new HashMap<>();
    private final VarGenerator generator;
    private final boolean enablePrint;
    private RuleIndex ruleIndex;

    CompileContext(List<Module> modules, int maxErrors, boolean enablePrint, String localPrefix,
            Set<String> extraTaken) {
        this.modules = List.copyOf(modules);
        this.maxErrors = maxErrors;
        this.enablePrint = enablePrint;
        Set<String> taken = new HashSet<>(extraTaken);
        for (Module m : modules) {
            for (Rule r : m.rules()) {
                collectNames(r, taken);
            }
        }
        this.generator = new VarGenerator(localPrefix, taken);
    }

    private static void collectNames(Rule r, Set<String> out) {
        for (Rule x = r; x != null; x = x.elseRule()) {
            out.addAll(VarVisitor.ALL.vars(x.head().ref()));
            out.addAll(VarVisitor.ALL.varsOfTerms(x.head().args()));
            if (x.head().key() != null) {
                out.addAll(VarVisitor.ALL.vars(x.head().key()));
            }
            if (x.head().value() != null) {
                out.addAll(VarVisitor.ALL.vars(x.head().value()));
            }
            out.addAll(VarVisitor.ALL.vars(x.body()));
        }
    }

    public List<Module> modules() {
        return modules;
    }

    void setModules(List<Module> ms) {
        modules = List.copyOf(ms);
    }

    /** Applies {@code f} to every rule (else chains are the rewriter's business). */
    void mapRules(UnaryOperator<Rule> f) {
        List<Module> out = new ArrayList<>(modules.size());
        for (Module m : modules) {
            List<Rule> rules = new ArrayList<>(m.rules().size());
            for (Rule r : m.rules()) {
                rules.add(f.apply(r));
            }
            out.add(m.withRules(rules));
        }
        modules = List.copyOf(out);
    }

    /** Adds an error unless the limit is reached; returns false once it is. */
    boolean error(ErrorCode code, Location at, String message) {
        if (limitReached) {
            return false;
        }
        errors.add(new RegoError(code, message, at));
        if (maxErrors > 0 && errors.size() >= maxErrors) {
            limitReached = true;
            errors.add(new RegoError(ErrorCode.COMPILE, "error limit reached", Location.NONE));
            return false;
        }
        return true;
    }

    void errors(List<RegoError> es) {
        for (RegoError e : es) {
            if (!error(e.code(), e.location(), e.message())) {
                return;
            }
        }
    }

    public List<RegoError> errors() {
        return List.copyOf(errors);
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    Map<String, String> rewrittenVars() {
        return rewrittenVars;
    }

    /** The user's name for a variable the compiler renamed, else the name itself. */
    String originalName(String name) {
        return rewrittenVars.getOrDefault(name, name);
    }

    /** A term printed with renamed local variables shown under their original names. */
    String originalString(dev.rampart.rego.ast.Term t) {
        if (rewrittenVars.isEmpty()) {
            return t.toString();
        }
        AstRewriter back = new AstRewriter() {
            @Override
            dev.rampart.rego.ast.Term term(dev.rampart.rego.ast.Term x) {
                if (x instanceof Var v) {
                    return new Var(originalName(v.name()), v.location());
                }
                return super.term(x);
            }
        };
        return back.term(t).toString();
    }

    String originalRefString(Ref r) {
        return originalString(r);
    }

    Var freshVar(Location at) {
        return generator.nextVar(at);
    }

    boolean enablePrint() {
        return enablePrint;
    }

    RuleIndex ruleIndex() {
        if (ruleIndex == null) {
            ruleIndex = new RuleIndex(modules);
        }
        return ruleIndex;
    }

    void resetRuleIndex() {
        ruleIndex = null;
    }

    /** The built-in named {@code name} as available to a module of the given version (null if none). */
    static Builtin builtin(String name, RegoVersion version) {
        Builtin b = BuiltinCatalog.get(name);
        if (b != null && b.deprecated() && version == RegoVersion.V1) {
            return null;
        }
        return b;
    }

    /**
     * The number of arguments the function {@code ref} takes: a built-in's declared arity (variadic: -2) or a
     * user function's argument count; -1 when nothing by that name exists.
     */
    int arity(Ref ref, RegoVersion version) {
        Builtin b = builtin(ref.toString(), version);
        if (b != null) {
            return b.variadic() ? -2 : b.arity();
        }
        return ruleIndex().arity(ref);
    }
}
