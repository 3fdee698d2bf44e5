package dev.rampart.template.resolve;

import dev.rampart.template.tree.SourcePosition;
import dev.rampart.template.tree.TemplateLimitException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Watches an evaluation for reference cycles (a parameter, condition, resource or output that needs
 * itself) and for chains of references nested too deeply to evaluate on the stack. Shared by every stack
 * of a run, since Fn::ImportValue and nested stacks cross stacks.
 */
public final class EvaluationGuard {
    /** Default: far beyond real templates, well within the evaluation thread's stack. */
    public static final int DEFAULT_MAX_DEPTH = 4_000;

    private final int maxDepth;
    private final LinkedHashSet<String> active = new LinkedHashSet<>();
    private int depth;
    private long evaluations;

    public EvaluationGuard(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Marks {@code what} (e.g. {@code condition IsProd in stack S}) as being evaluated. */
    void enter(String what, SourcePosition at) {
        evaluations++;
        if (!active.add(what)) {
            List<String> path = new ArrayList<>();
            boolean in = false;
            for (String a : active) {
                in |= a.equals(what);
                if (in) {
                    path.add(a);
                }
            }
            path.add(what);
            throw new ReferenceCycleException(at, String.join(" -> ", path));
        }
    }

    /**
     * How many named things (parameters, conditions, resources' properties, outputs) have been evaluated:
     * each at most once, so this stays within the size of the templates however often they are referenced.
     */
    public long evaluations() {
        return evaluations;
    }

    void exit(String what) {
        active.remove(what);
    }

    void descend(SourcePosition at) {
        if (++depth > maxDepth) {
            depth--;
            throw new TemplateLimitException(at + ": references nest deeper than " + maxDepth
                    + " levels; Rampart refuses to evaluate this template");
        }
    }

    void ascend() {
        depth--;
    }
}
