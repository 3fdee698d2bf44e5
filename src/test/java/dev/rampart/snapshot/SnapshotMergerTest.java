package dev.rampart.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.RampartException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotMergerTest {
    private static final Instant NOW = Instant.parse("2025-02-03T04:05:06.789Z");

    private static Snapshot live(String vpcId) {
        Source s = new Source(Source.Kind.AWS, "0.1.0", "2025-01-01T00:00:00Z", List.of("222222222222"),
                List.of("us-east-1"), List.of(), List.of(), Map.of());
        Vpc v = new Vpc(vpcId, "222222222222", "us-east-1", Map.of(), Location.NONE, "10.1.0.0/16", List.of(), false,
                true, true);
        return Snapshot.of(s, List.of(v), List.of(Gap.collection("222222222222", "us-east-1", "ecs:ListClusters",
                "AccessDenied", "denied")));
    }

    @Test
    void mergingTemplateAndLiveSnapshotsGivesAMixedSourceWithEverything() {
        Snapshot merged = SnapshotMerger.merge(List.of(SnapshotSamples.full(), live("vpc-1")), "0.2.0", NOW);
        assertThat(merged.source().kind()).isEqualTo(Source.Kind.MIXED);
        assertThat(merged.source().accounts()).containsExactly("111111111111", "222222222222");
        assertThat(merged.source().generatedAt()).isEqualTo("2025-02-03T04:05:06Z");
        assertThat(merged.vpcs()).extracting(Vpc::id).containsExactly("net/Vpc", "vpc-1");
        assertThat(merged.gaps()).hasSize(3);
    }

    @Test
    void theSameResourceInTwoInputsIsKeptOnce() {
        Snapshot merged = SnapshotMerger.merge(List.of(live("vpc-1"), live("vpc-1")), "0.2.0", NOW);
        assertThat(merged.source().kind()).isEqualTo(Source.Kind.AWS);
        assertThat(merged.vpcs()).hasSize(1);
        assertThat(merged.gaps()).hasSize(1);
    }

    @Test
    void twoDifferentResourcesUnderOneIdAreAnError() {
        Snapshot a = live("vpc-1");
        Snapshot b = Snapshot.of(a.source(), List.of(new Vpc("vpc-1", null, null, Map.of(), Location.NONE,
                "10.9.0.0/16", List.of(), false, true, true)), List.of());
        assertThatThrownBy(() -> SnapshotMerger.merge(List.of(a, b), "0.2.0", NOW))
                .isInstanceOf(RampartException.class)
                .hasMessageContaining("vpc-1");
    }

    @Test
    void unsupportedTypeCountsAreAdded() {
        Snapshot merged = SnapshotMerger.merge(List.of(SnapshotSamples.full(), SnapshotSamples.full()), "0.2.0", NOW);
        assertThat(merged.source().unsupportedResourceTypes()).containsEntry("AWS::IAM::Role", 4);
    }
}
