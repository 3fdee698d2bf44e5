package dev.rampart.snapshot;

/**
 * One way a snapshot document breaks the schema.
 *
 * @param pointer JSON pointer of the offending value ({@code ""} for the whole document)
 * @param message what is wrong there
 */
public record SchemaProblem(String pointer, String message) {
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
