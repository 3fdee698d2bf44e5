package dev.rampart.template.map;

import dev.rampart.snapshot.Location;
import dev.rampart.template.resolve.StackScope;
import dev.rampart.template.resolve.Transforms;
import dev.rampart.template.resolve.UnexpandedTransform;
import dev.rampart.template.resolve.Value;
import java.util.Map;

/**
 * The gaps for transforms Rampart does not expand (macros, {@code Fn::Transform}, {@code Fn::ForEach}): what
 * CloudFormation would deploy in their place is not in the snapshot, so the scan cannot be complete.
 */
final class TransformGaps {
    private TransformGaps() {}

    /** A stack's template-level macros and what stands under its Resources in place of resources. */
    static void ofStack(StackScope scope, GapSink gaps) {
        String file = scope.definition().file();
        for (UnexpandedTransform t : scope.macros()) {
            gaps.note(null, null, t.what() + " is not supported: CloudFormation deploys what this transform makes"
                    + " of the template, so no resource of " + file + " is in the snapshot", at(scope, t, null));
        }
        for (UnexpandedTransform t : scope.transformsUnderResources()) {
            gaps.note(null, null, t.what() + " under Resources is not supported: the resources it creates are not"
                    + " in the snapshot", at(scope, t, null));
        }
        for (Map.Entry<String, UnexpandedTransform> e : scope.resourcesWrittenByTransforms().entrySet()) {
            gaps.note(scope.id(e.getKey()), null, "resource " + e.getKey() + " is written by " + e.getValue().what()
                    + ", which is not supported: it is not in the snapshot", at(scope, e.getValue(), e.getKey()));
        }
    }

    /**
     * The transforms inside one resource: the snapshot holds the resource without what they add. The gap's field
     * is {@code ""}, the whole resource: its content is partly unknown, while the resource itself certainly
     * exists (a gap without a field would say that it may not, and turn certain findings on it into unknowns).
     */
    static void ofResource(TemplateResource r, GapSink gaps) {
        for (UnexpandedTransform t : Transforms.within(r.definition().body())) {
            gaps.unresolved(r.id(), "", new Value.Unknown(t.what() + " in resource " + r.logicalId()
                    + " is not supported: what it adds to the resource is not in the snapshot", t.at()), r.location());
        }
    }

    private static Location at(StackScope scope, UnexpandedTransform t, String logicalId) {
        return new Location(t.at().file(), t.at().line(), t.at().column(), scope.definition().name(), logicalId,
                null, null);
    }
}
