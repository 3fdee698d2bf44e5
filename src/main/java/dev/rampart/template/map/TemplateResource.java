package dev.rampart.template.map;

import dev.rampart.snapshot.Location;
import dev.rampart.template.resolve.ResourceDefinition;
import dev.rampart.template.resolve.StackScope;
import dev.rampart.template.resolve.Value;

/** A resource a template creates (its condition is true or unknown), with its stack. */
public record TemplateResource(StackScope scope, ResourceDefinition definition) {

    public String id() {
        return scope.id(definition.logicalId());
    }

    public String type() {
        return definition.type();
    }

    public String logicalId() {
        return definition.logicalId();
    }

    public String account() {
        return scope.definition().account();
    }

    public String region() {
        return scope.definition().region();
    }

    /** Its resolved Properties: a map, or unknown as a whole. */
    public Value properties() {
        return scope.properties(definition.logicalId());
    }

    /** Where the resource is declared. */
    public Location location() {
        return new Location(scope.definition().file(), definition.position().line(), definition.position().column(),
                scope.definition().name(), definition.logicalId(), definition.constructPath(), null);
    }
}
