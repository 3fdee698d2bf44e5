package dev.rampart.rego.parse;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.Location;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Import;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.PackageDecl;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.RegoVersion;
import dev.rampart.rego.ast.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Turns parsed statements into a {@link Module}: package first, bare queries read as rules, v1 rules checked, METADATA attached. */
final class ModuleAssembler {

    private final Parser.Parsed parsed;
    private final String file;
    private final boolean v1Mode;
    private final Predicate<String> isBuiltin;
    private final List<RegoError> errors = new ArrayList<>();

    ModuleAssembler(Parser.Parsed parsed, String file, boolean v1Mode, Predicate<String> isBuiltin) {
        this.parsed = parsed;
        this.file = file;
        this.v1Mode = v1Mode;
        this.isBuiltin = isBuiltin;
    }

    /** The module, or null with {@link #errors()} set. */
    Module assemble() {
        List<Statement> stmts = parsed.statements();
        if (stmts.isEmpty()) {
            errors.add(new RegoError(ErrorCode.PARSE, "empty module", new Location(file, 1, 1)));
            return null;
        }
        PackageDecl pkg = null;
        if (stmts.get(0) instanceof Statement.PackageStmt p) {
            pkg = p.decl();
        } else {
            errors.add(new RegoError(ErrorCode.PARSE, "package expected", stmts.get(0).location()));
        }
        List<Import> imports = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<Statement> attachable = new ArrayList<>();
        for (int i = 0; i < stmts.size(); i++) {
            Statement s = stmts.get(i);
            switch (s) {
                case Statement.PackageStmt p -> {
                    if (i > 0) {
                        errors.add(new RegoError(ErrorCode.PARSE, "unexpected package", p.location()));
                    }
                    attachable.add(s);
                }
                case Statement.ImportStmt imp -> {
                    imports.add(imp.imp());
                    attachable.add(s);
                }
                case Statement.RuleStmt r -> {
                    rules.add(r.rule());
                    attachable.add(s);
                }
                case Statement.BodyStmt b -> {
                    try {
                        Rule r = BodyRules.fromBody(b.body(), isBuiltin);
                        rules.add(r);
                        attachable.add(new Statement.RuleStmt(r));
                    } catch (IllegalArgumentException e) {
                        errors.add(new RegoError(ErrorCode.PARSE, e.getMessage(), b.location()));
                    }
                }
            }
        }
        RegoVersion version = v1Mode ? RegoVersion.V1 : parsed.regoV1Imported() ? RegoVersion.V0_COMPAT_V1 : RegoVersion.V0;
        if (version == RegoVersion.V0_COMPAT_V1) {
            checkRegoV1ImportExclusive(imports);
        }
        if (version.v1Compatible()) {
            for (Rule rule : rules) {
                for (Rule r = rule; r != null; r = r.elseRule()) {
                    RegoV1Rules.check(r, errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<Annotation> annotations = attachAnnotations(pkg, attachable);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Module(file, pkg, imports, rules, annotations, parsed.comments(), version);
    }

    List<RegoError> errors() {
        return errors;
    }

    /** In v0 mode {@code rego.v1} already brings every future keyword; OPA refuses both imports together. */
    private void checkRegoV1ImportExclusive(List<Import> imports) {
        for (Import imp : imports) {
            if ("future".equals(imp.path().headName())) {
                errors.add(new RegoError(ErrorCode.PARSE,
                        "the `rego.v1` import implies `future.keywords`, these are therefore mutually exclusive",
                        imp.location()));
            }
        }
    }

    private List<Annotation> attachAnnotations(PackageDecl pkg, List<Statement> stmts) {
        MetadataParser.Result md = MetadataParser.parse(parsed.comments());
        errors.addAll(md.errors());
        List<Annotation> out = new ArrayList<>();
        for (MetadataParser.Block block : md.blocks()) {
            Annotation a = block.annotation();
            Statement node = null;
            for (Statement s : stmts) {
                if (s.location().line() > a.location().line()) {
                    node = s;
                    break;
                }
            }
            String scope = block.scopeText();
            if (scope == null) {
                scope = switch (node) {
                    case Statement.RuleStmt r -> a.entrypoint() ? "document" : "rule";
                    case Statement.PackageStmt p -> "package";
                    case Statement.ImportStmt i -> "import";
                    case null, default -> "";
                };
            }
            Annotation.Scope sc = switch (scope) {
                case "rule" -> Annotation.Scope.RULE;
                case "document" -> Annotation.Scope.DOCUMENT;
                case "package" -> Annotation.Scope.PACKAGE;
                case "subpackages" -> Annotation.Scope.SUBPACKAGES;
                default -> null;
            };
            if (sc == null) {
                error(a, "invalid annotation scope '" + scope
                        + "'. Use one of 'rule', 'document', 'package', or 'subpackages'");
                continue;
            }
            boolean wantsRule = sc == Annotation.Scope.RULE || sc == Annotation.Scope.DOCUMENT;
            if (wantsRule && !(node instanceof Statement.RuleStmt)) {
                error(a, "annotation scope '" + scope + "' must be applied to rule" + have(node));
                continue;
            }
            if (!wantsRule && !(node instanceof Statement.PackageStmt)) {
                error(a, "annotation scope '" + scope + "' must be applied to package" + have(node));
                continue;
            }
            if (a.entrypoint() && sc != Annotation.Scope.DOCUMENT && sc != Annotation.Scope.PACKAGE) {
                error(a, "annotation entrypoint applied to non-document or package scope '" + scope + "'");
                continue;
            }
            Ref target = pkg == null ? null
                    : node instanceof Statement.RuleStmt r ? pkg.path().append(r.rule().head().namePath()) : pkg.path();
            out.add(a.attachedTo(sc, target, node.location()));
        }
        return out;
    }

    private static String have(Statement node) {
        return switch (node) {
            case Statement.RuleStmt r -> " (have rule)";
            case Statement.PackageStmt p -> " (have package)";
            case Statement.ImportStmt i -> " (have import)";
            case null, default -> "";
        };
    }

    private void error(Annotation a, String message) {
        errors.add(new RegoError(ErrorCode.PARSE, message, a.location()));
    }
}
