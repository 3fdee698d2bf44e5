package dev.rampart.template.resolve;

import dev.rampart.template.TemplateException;
import dev.rampart.template.tree.SourcePosition;

/** References that lead back to themselves (CloudFormation rejects such templates too). */
public final class ReferenceCycleException extends TemplateException {
    public ReferenceCycleException(SourcePosition at, String cycle) {
        super(at + ": circular reference: " + cycle);
    }
}
