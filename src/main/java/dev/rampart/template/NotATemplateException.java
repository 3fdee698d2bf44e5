package dev.rampart.template;

/** A file that parses but is not a CloudFormation template (it has no Resources section). */
public final class NotATemplateException extends TemplateException {
    public NotATemplateException(String file) {
        super(file + " is not a CloudFormation template (it has no Resources section)");
    }
}
