package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/** {@code import data.x.y as z}: path starts with {@code data}, {@code input}, {@code future} or {@code rego}; alias may be null. */
public record Import(Ref path, String alias, Location location) {

    /** The name the import binds in its module: the alias, else the last path element. */
    public String name() {
        if (alias != null) {
            return alias;
        }
        Term last = path.get(path.size() - 1);
        return last instanceof StringTerm s ? s.value() : ((Var) last).name();
    }

    /** True for {@code future.keywords…} and {@code rego.v1}, which change the language rather than bind a name. */
    public boolean isLanguageImport() {
        String h = path.headName();
        return "future".equals(h) || "rego".equals(h);
    }

    @Override
    public String toString() {
        return "import " + path + (alias == null ? "" : " as " + alias);
    }
}
