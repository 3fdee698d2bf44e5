package dev.rampart.rego;

/** A position in a Rego source: file name, 1-based line and 1-based column (in characters). */
public record Location(String file, int line, int column) implements Comparable<Location> {

    /** A location for things that have no place in a file (generated terms, command-line queries). */
    public static final Location NONE = new Location("", 0, 0);

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:col}, as in error messages. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
