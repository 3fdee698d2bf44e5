package dev.rampart.template.tree;

import dev.rampart.template.TemplateException;

/** A template file over one of the {@link ParseLimits}. */
public final class TemplateLimitException extends TemplateException {
    public TemplateLimitException(String message) {
        super(message);
    }
}
