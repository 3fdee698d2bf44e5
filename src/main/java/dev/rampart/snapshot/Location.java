package dev.rampart.snapshot;

/**
 * Where a resource (or an unresolved value) was found: a place in a template, or a live ARN.
 *
 * @param file template file as the user gave it (relative stays relative, {@code /} separators)
 * @param line 1-based line of the resource's logical id key (or of the unresolved expression)
 * @param column 1-based column of that key or expression
 * @param stack CloudFormation stack name; nested stacks are {@code <parent>/<nested logical id>}
 * @param logicalId logical id in the template
 * @param constructPath CDK construct path ({@code Metadata."aws:cdk:path"}) when present
 * @param arn live resources: the ARN when AWS has one
 */
public record Location(
        String file,
        Integer line,
        Integer column,
        String stack,
        String logicalId,
        String constructPath,
        String arn) {

    /** A location that names nothing (live resources without an ARN). */
    public static final Location NONE = new Location(null, null, null, null, null, null, null);

    /** A live resource's location: only its ARN. */
    public static Location ofArn(String arn) {
        return new Location(null, null, null, null, null, null, arn);
    }
}
