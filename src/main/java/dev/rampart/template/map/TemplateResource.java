package dev.rampart.template.map;

import dev.rampart.snapshot.Location;
import dev.rampart.template.resolve.ResourceDefinition;
import dev.rampart.template.resolve.StackScope;
import dev.rampart.template.resolve.Truth;
import dev.rampart.template.resolve.Value;

/**
 * A resource a template creates (its condition is true or unknown), with its stack, its snapshot id and
 * where it is declared (both computed once: mappers ask for them often).
 */
public record TemplateResource(StackScope scope, ResourceDefinition definition, String id, Location location) {

    public static TemplateResource of(StackScope scope, ResourceDefinition definition) {
        Location at = new Location(scope.definition().file(), definition.position().line(),
                definition.position().column(), scope.definition().name(), definition.logicalId(),
                definition.constructPath(), null);
        return new TemplateResource(scope, definition, scope.id(definition.logicalId()), at);
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

    /** Whether its stack creates it: true, or unknown when its {@code Condition} could not be evaluated. */
    public Truth included() {
        return scope.included(definition);
    }

    /** Its resolved Properties: a map, or unknown as a whole. */
    public Value properties() {
        return scope.properties(definition.logicalId());
    }
}
