package dev.rampart.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output or error is a terminal: colour and progress lines only go to one, never to files or pipes. */
final class Terminal {
    private Terminal() {}

    /** Colour for the text report on standard output; {@code NO_COLOR} turns it off. */
    static boolean colourOnStdout() {
        return System.getenv("NO_COLOR") == null && isTerminal(1);
    }

    /** Whether standard error is a terminal (for the progress line). */
    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /**
     * Linux tells exactly: {@code /proc/self/fd/N} links to a tty device. Elsewhere the JDK only knows about the
     * console as a whole: before Java 22 {@code System.console()} is null unless the process is on a terminal;
     * since 22 it exists whenever a console provider does and {@code Console.isTerminal()} tells.
     */
    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: ask the console
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
