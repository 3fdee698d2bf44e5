package dev.rampart.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output is a terminal, so the text report may use colour (never in files or pipes). */
final class Terminal {
    private Terminal() {}

    /**
     * Linux tells exactly ({@code /proc/self/fd/1} links to a tty); elsewhere {@code System.console()} decides (null
     * off a terminal before Java 22; since 22 {@code Console.isTerminal()} says). {@code NO_COLOR} turns colour off.
     */
    static boolean colourOnStdout() {
        if (System.getenv("NO_COLOR") != null) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
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
