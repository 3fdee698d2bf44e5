package dev.rampart.template.tree;

import dev.rampart.template.TemplateException;

/** A template file that is not well-formed JSON or YAML; the message names file, line and column. */
public final class TemplateSyntaxException extends TemplateException {
    public TemplateSyntaxException(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
    }
}
