package dev.rampart.template.resolve;

import dev.rampart.template.TemplateException;
import dev.rampart.template.tree.SourcePosition;

/** A template that breaks CloudFormation's rules (a malformed intrinsic function, a bad section). */
public final class TemplateFormatException extends TemplateException {
    public TemplateFormatException(SourcePosition at, String message) {
        super(at + ": " + message);
    }
}
