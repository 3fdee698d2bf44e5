package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/** {@code package a.b}: its path is the ref {@code data.a.b}. */
public record PackageDecl(Ref path, Location location) {
    /** {@code package a.b}, as OPA prints it. */
    @Override
    public String toString() {
        if (path.size() < 2 || !(path.get(1) instanceof StringTerm first)) {
            return "package " + path;
        }
        java.util.List<Term> rest = new java.util.ArrayList<>();
        rest.add(new Var(first.value(), first.location()));
        rest.addAll(path.terms().subList(2, path.size()));
        return "package " + Terms.refString(new Ref(rest, location));
    }
}
