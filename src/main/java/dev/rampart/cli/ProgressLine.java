package dev.rampart.cli;

import dev.rampart.collect.CollectionProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The one-line progress display of {@code rampart collect} on stderr: tasks done of planned, API calls,
 * resources found, errors. Redrawn in place a few times a second while collection runs; it shows counts only,
 * so nothing secret can reach it.
 */
final class ProgressLine implements AutoCloseable {
    private static final long REDRAW_MILLIS = 250;

    /** When to draw it. */
    enum When {
        AUTO, ALWAYS, NEVER
    }

    private final CollectionProgress progress;
    private final PrintWriter err;
    private final Thread drawer;
    private volatile boolean running = true;
    private int lastLength;

    private ProgressLine(CollectionProgress progress, PrintWriter err) {
        this.progress = progress;
        this.err = err;
        this.drawer = Thread.ofPlatform().daemon().name("rampart-progress").unstarted(this::drawLoop);
    }

    /** Starts drawing when {@code when} says so (AUTO: when stderr looks like a terminal); null otherwise. */
    static ProgressLine start(When when, CollectionProgress progress, PrintWriter err) {
        boolean draw = switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> Terminal.stderrIsTerminal();
        };
        if (!draw) {
            return null;
        }
        ProgressLine line = new ProgressLine(progress, err);
        line.drawer.start();
        return line;
    }

    static String render(CollectionProgress.Counts c) {
        return String.format(Locale.ROOT, "collecting: %,d/%,d API tasks · %,d calls · %,d resources · %,d errors",
                c.tasksDone(), c.tasksPlanned(), c.calls(), c.resources(), c.errors());
    }

    private void drawLoop() {
        while (running) {
            draw();
            try {
                Thread.sleep(REDRAW_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void draw() {
        String text = render(progress.counts());
        String pad = text.length() < lastLength ? " ".repeat(lastLength - text.length()) : "";
        err.print("\r" + text + pad);
        err.flush();
        lastLength = text.length();
    }

    /** Stops drawing and leaves the final counts on their own line. */
    @Override
    public void close() {
        running = false;
        drawer.interrupt();
        try {
            drawer.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw();
        err.println();
        err.flush();
    }
}
