package dev.rampart.template.map;

import dev.rampart.snapshot.Resource;
import dev.rampart.template.resolve.Truth;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the mappers share: the created resources by type and id, the gap sink, the output, VPC facts. */
final class MappingContext {
    private final Map<String, List<TemplateResource>> byType = new LinkedHashMap<>();
    private final Map<String, TemplateResource> byId = new HashMap<>();
    private final List<Resource> out = new ArrayList<>();
    private final Map<String, VpcFacts> vpcs = new LinkedHashMap<>();
    private final Set<String> foldedUncertain = new HashSet<>();
    final GapSink gaps;

    MappingContext(List<TemplateResource> resources, GapSink gaps) {
        this.gaps = gaps;
        for (TemplateResource r : resources) {
            byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
            byId.put(r.id(), r);
        }
    }

    List<TemplateResource> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The created template resource with this snapshot id, or null. */
    TemplateResource resource(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The created template resource a value refers to, when it is one of {@code type}; else null. */
    TemplateResource referenced(Value v, String type) {
        if (v instanceof Value.ResourceRef r && r.type().equals(type)) {
            return byId.get(r.id());
        }
        return null;
    }

    /**
     * Notes that {@code part}, a standalone resource folded into another resource's list (a security group rule, a
     * route, an association), is the element at {@code pointer} of {@code parent}. When {@code part}'s own condition
     * could not be evaluated, the element may not exist: that is a gap on the parent pointing at the element, since
     * {@code part} is not in the snapshot and a gap naming it could not reach what its element causes.
     */
    void folded(TemplateResource part, Fields parent, String pointer) {
        uncertainEntry(part, parent, pointer, "the entry is kept");
    }

    /**
     * Notes that the element at {@code pointer} of {@code parent} is there only if {@code part} does not exist (a
     * subnet stays in its VPC's default network ACL unless its association with another ACL exists); when
     * {@code part}'s condition could not be evaluated, the element may not exist either.
     */
    void displacedBy(TemplateResource part, Fields parent, String pointer) {
        uncertainEntry(part, parent, pointer, "the entry is kept, though if " + part.logicalId()
                + " exists it is not here");
    }

    private void uncertainEntry(TemplateResource part, Fields parent, String pointer, String outcome) {
        Truth included = part.included();
        if (!included.isUnknown()) {
            return;
        }
        foldedUncertain.add(part.id());
        gaps.unresolved(parent.resourceId(), pointer, new Value.Unknown("condition " + part.definition().condition()
                + " of " + part.logicalId() + " could not be evaluated (" + included.unknown().reason() + "); "
                + outcome, included.unknown().at()), part.location());
    }

    /** Whether {@code r}, whose condition could not be evaluated, was folded into other resources (see folded). */
    boolean foldedUncertain(TemplateResource r) {
        return foldedUncertain.contains(r.id());
    }

    Fields fields(TemplateResource r) {
        return new Fields(r, gaps);
    }

    void emit(Resource r) {
        out.add(r);
    }

    List<Resource> emitted() {
        return out;
    }

    void addVpc(VpcFacts facts) {
        vpcs.put(facts.id(), facts);
    }

    /** Facts about the template VPCs (in template order). */
    Iterable<VpcFacts> vpcs() {
        return vpcs.values();
    }

    VpcFacts vpc(String id) {
        return id == null ? null : vpcs.get(id);
    }
}
