package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * An ECS task definition ({@code ecs_task_definitions}). Environment variables and secrets are never
 * copied into a snapshot.
 *
 * @param networkMode AWS's default {@code bridge} when a template leaves it out
 */
public record EcsTaskDefinition(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String family,
        NetworkMode networkMode,
        List<String> requiresCompatibilities,
        List<Container> containers)
        implements Resource {
    public EcsTaskDefinition {
        tags = Copies.sortedMap(tags);
        requiresCompatibilities = Copies.list(requiresCompatibilities);
        containers = Copies.list(containers);
    }

    /** A container definition: its ports and its log driver. */
    public record Container(String name, String image, List<PortMapping> portMappings, String logDriver) {
        public Container {
            portMappings = Copies.list(portMappings);
        }
    }

    /** A container port mapping. */
    public record PortMapping(
            Integer containerPort, Integer hostPort, String protocol, String name, String appProtocol) {}

    /** How a task's containers are networked; {@code awsvpc} gives each task its own network interface. */
    public enum NetworkMode implements JsonEnum {
        AWSVPC("awsvpc"),
        BRIDGE("bridge"),
        HOST("host"),
        NONE("none");

        private final String json;

        NetworkMode(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static NetworkMode fromJson(String text) {
            return JsonEnum.fromJson(NetworkMode.class, text);
        }
    }
}
