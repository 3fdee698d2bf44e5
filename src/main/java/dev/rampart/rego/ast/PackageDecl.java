package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/** {@code package a.b}: its path is the ref {@code data.a.b}. */
public record PackageDecl(Ref path, Location location) {
    @Override
    public String toString() {
        return "package " + Terms.refString(new Ref(path.terms().subList(1, path.size()), location))
                .replaceFirst("^\"(.*)\"$", "$1");
    }
}
