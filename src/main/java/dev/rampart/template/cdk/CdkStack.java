package dev.rampart.template.cdk;

import java.nio.file.Path;
import java.util.Map;

/**
 * A stack artifact of a cloud assembly.
 *
 * @param template the template file on disk
 * @param templateDisplay the template file as locations show it (under the directory the user named)
 * @param account the environment's account, null for an environment-agnostic stack
 * @param region the environment's region, null for an environment-agnostic stack
 * @param constructPath the stack's construct path (the artifact's display name)
 * @param tags the stack's tags ({@code properties.tags}), applied to its resources when it deploys
 */
public record CdkStack(
        String artifactId, String stackName, Path template, String templateDisplay, String account, String region,
        String constructPath, Map<String, String> tags) {}
