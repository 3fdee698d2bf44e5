package dev.rampart.template.resolve;

import dev.rampart.template.tree.MapNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * One CloudFormation stack to evaluate: its parsed template and what is known about where it deploys.
 *
 * @param name the stack name used in resource ids ({@code <name>/<LogicalId>}); nested stacks are
 *     {@code <parent>/<nested logical id>}
 * @param file the template file as the user named it ({@code /} separators)
 * @param path the template file on disk (nested templates are found relative to it)
 * @param account account id, null when unknown
 * @param region region, null when unknown
 * @param stackNameKnown whether {@code AWS::StackName} is {@code name} (CDK stacks) or unknown (a plain
 *     template can be deployed under any name)
 * @param constructPath the stack's CDK construct path, else null
 * @param tags stack-level tags (CDK: the manifest's {@code properties.tags}), which CloudFormation applies to
 *     every taggable resource of the stack when it deploys it
 */
public record StackDefinition(
        String name,
        String file,
        Path path,
        MapNode template,
        String account,
        String region,
        boolean stackNameKnown,
        String constructPath,
        Map<String, String> tags) {

    public StackDefinition {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
