package dev.rampart.rego.ast;

import java.util.List;

/** A parsed Rego module: one source file. */
public record Module(
        String file,
        PackageDecl pkg,
        List<Import> imports,
        List<Rule> rules,
        List<Annotation> annotations,
        List<Comment> comments,
        RegoVersion version) {

    public Module {
        imports = List.copyOf(imports);
        rules = List.copyOf(rules);
        annotations = List.copyOf(annotations);
        comments = List.copyOf(comments);
    }

    public Module withRules(List<Rule> r) {
        return new Module(file, pkg, imports, r, annotations, comments, version);
    }
}
