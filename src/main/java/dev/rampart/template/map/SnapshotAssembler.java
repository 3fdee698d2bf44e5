package dev.rampart.template.map;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.Suppression;
import dev.rampart.template.resolve.ResourceDefinition;
import dev.rampart.template.resolve.StackScope;
import dev.rampart.template.resolve.StackSet;
import dev.rampart.template.resolve.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns every resource the stacks of a {@link StackSet} create into snapshot records: resources whose
 * condition is false are left out, resources whose condition is unknown are kept (with a gap when their
 * type can change the snapshot), types no mapper models are counted.
 */
public final class SnapshotAssembler {
    private SnapshotAssembler() {}

    private static final String NESTED_STACK = "AWS::CloudFormation::Stack";
    /** SAM turns it into a nested stack whose template (an application's) Rampart does not read. */
    private static final String SAM_APPLICATION = "AWS::Serverless::Application";

    /** Mappers in dependency order: later ones read facts (VPCs, subnets) the earlier ones established. */
    private static final List<FamilyMapper> MAPPERS = List.of(
            new VpcMapper(), new SubnetMapper(), new GatewayMapper(), new RouteTableMapper(), new NetworkAclMapper(),
            new SecurityGroupMapper(), new VpcEndpointMapper(), new ComputeMapper(), new LoadBalancerMapper(),
            new EcsMapper(), new EcsServiceMapper());

    private static final Set<String> MODELLED = MAPPERS.stream().flatMap(m -> m.types().stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Types whose resources some mapper reads, and nested stacks, whose resources the snapshot holds. */
    private static final Set<String> READ = Stream.concat(Stream.of(NESTED_STACK, SAM_APPLICATION),
            MAPPERS.stream().flatMap(m -> m.reads().stream())).collect(Collectors.toUnmodifiableSet());

    /**
     * The snapshot content of a set of stacks.
     *
     * @param unsupportedResourceTypes resource type → count, for created resources of types not modelled
     * @param suppressions             the {@code Metadata.rampart.suppress} entries of created resources
     */
    public record Result(List<Resource> resources, List<Gap> gaps, Map<String, Integer> unsupportedResourceTypes,
            List<Suppression> suppressions) {}

    public static Result assemble(StackSet set) {
        GapSink gaps = new GapSink();
        List<TemplateResource> created = new ArrayList<>();
        Map<String, Integer> unsupported = new TreeMap<>();
        List<Suppression> suppressions = new ArrayList<>();
        List<TemplateResource> uncertain = new ArrayList<>();
        for (StackScope scope : set.scopes()) {
            TransformGaps.ofStack(scope, gaps);
            for (ResourceDefinition definition : scope.resources()) {
                Truth included = scope.included(definition);
                if (included.isFalse()) {
                    continue;
                }
                TemplateResource r = TemplateResource.of(scope, definition);
                if (included.isUnknown() && canChangeSnapshot(definition.type())) {
                    uncertain.add(r);
                }
                if (canChangeSnapshot(definition.type())) {
                    TransformGaps.ofResource(r, gaps);
                }
                if (definition.type().equals(NESTED_STACK) && scope.nested().containsKey(definition.logicalId())) {
                    continue; // its resources come from the nested stack itself
                }
                if (definition.type().equals(NESTED_STACK)) {
                    gaps.note(r.id(), null, "the template of nested stack " + definition.logicalId()
                            + " is not available locally; its resources are not in the snapshot", r.location());
                }
                if (definition.type().equals(SAM_APPLICATION)) {
                    gaps.note(r.id(), null, "the template of the nested stack SAM makes of " + definition.logicalId()
                            + " is not available locally; its resources are not in the snapshot", r.location());
                }
                if (!MODELLED.contains(definition.type())) {
                    unsupported.merge(definition.type(), 1, Integer::sum);
                }
                created.add(r);
                suppressions.addAll(SuppressionMetadata.of(r));
            }
        }
        MappingContext ctx = new MappingContext(created, gaps);
        for (FamilyMapper mapper : MAPPERS) {
            mapper.map(ctx);
        }
        for (TemplateResource r : uncertain) {
            // A resource folded into others has its gaps on the elements it became (MappingContext.folded); one
            // kept as itself, or left out, is named by its own.
            if (!ctx.foldedUncertain(r)) {
                Truth included = r.included();
                gaps.unresolved(r.id(), null, new dev.rampart.template.resolve.Value.Unknown(
                        "condition " + r.definition().condition() + " could not be evaluated ("
                                + included.unknown().reason() + "); the resource is kept",
                        included.unknown().at()), r.location());
            }
        }
        return new Result(ctx.emitted(), gaps.gaps(), unsupported, suppressions);
    }

    /**
     * Whether what is unknown about a resource of this type can hide a finding. Nothing reads a resource of a
     * type no mapper reads (CDK's {@code AWS::CDK::Metadata}, an SNS topic), so its unknowns are not gaps.
     */
    static boolean canChangeSnapshot(String type) {
        return READ.contains(type);
    }
}
