package dev.rampart.template.tree;

/** A place in a template file: the file as the user named it, and a 1-based line and column. */
public record SourcePosition(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
