package dev.rampart.template.tree;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Wraps snakeyaml-engine's event parser and stops at the nesting limit before the (recursive) composer
 * descends, so a deeply nested YAML file fails with a clear message instead of a StackOverflowError.
 * Also counts the nodes the document writes, which bounds how far aliases may expand it.
 */
final class DepthLimitingParser implements Parser {
    private final Parser delegate;
    private final String file;
    private final int maxDepth;
    private int depth;
    private long nodes;

    DepthLimitingParser(Parser delegate, String file, int maxDepth) {
        this.delegate = delegate;
        this.file = file;
        this.maxDepth = maxDepth;
    }

    /** Nodes written in the document so far (aliases count once). */
    long nodes() {
        return nodes;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public Event next() {
        Event e = delegate.next();
        switch (e.getEventId()) {
            case MappingStart, SequenceStart -> {
                nodes++;
                if (++depth > maxDepth) {
                    String at = e.getStartMark()
                            .map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                            .orElse(file);
                    throw new TemplateLimitException(at + ": nesting deeper than " + maxDepth
                            + " levels; Rampart refuses templates nested this deeply");
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Scalar, Alias -> nodes++;
            default -> {}
        }
        return e;
    }
}
