package dev.rampart.template;

import dev.rampart.RampartException;

/** A template, cdk.out or parameter input Rampart cannot turn into a snapshot; the message names the file. */
public class TemplateException extends RampartException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
