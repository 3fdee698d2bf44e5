package dev.rampart.template.map;

import dev.rampart.snapshot.Resource;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the mappers share: the created resources by type and id, the gap sink, the output, VPC facts. */
final class MappingContext {
    private final Map<String, List<TemplateResource>> byType = new LinkedHashMap<>();
    private final Map<String, TemplateResource> byId = new HashMap<>();
    private final List<Resource> out = new ArrayList<>();
    private final Map<String, VpcFacts> vpcs = new LinkedHashMap<>();
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
