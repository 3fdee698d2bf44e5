package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static List<String> units() {
        List<String> units = new ArrayList<>();
        for (int a = 0; a < 1000; a++) {
            for (String r : List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
                    "ap-southeast-2", "ap-northeast-1")) {
                units.add(String.format("%012d/%s", 100000000000L + a * 7919L, r));
            }
        }
        return units;
    }

    @Test
    void parsesOneBasedIndexOfCount() {
        assertThat(Shard.parse("3/8")).isEqualTo(new Shard(3, 8));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.ALL);
    }

    @Test
    void rejectsShardsOutsideTheirCount() {
        for (String bad : new String[] {"0/4", "5/4", "1/0", "a/b", "3", "1/2/3"}) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("i/n");
        }
    }

    @Test
    void everyUnitBelongsToExactlyOneShard() {
        int n = 16;
        for (String unit : units()) {
            int owners = 0;
            for (int i = 1; i <= n; i++) {
                owners += new Shard(i, n).owns(unit) ? 1 : 0;
            }
            assertThat(owners).as(unit).isEqualTo(1);
        }
    }

    @Test
    void theSplitIsEvenWithinTenPercent() {
        int n = 10;
        Map<Integer, Integer> sizes = new HashMap<>();
        List<String> units = units();
        for (String unit : units) {
            for (int i = 1; i <= n; i++) {
                if (new Shard(i, n).owns(unit)) {
                    sizes.merge(i, 1, Integer::sum);
                }
            }
        }
        int expected = units.size() / n;
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isBetween(expected * 9 / 10, expected * 11 / 10));
    }

    @Test
    void theSameUnitAlwaysGoesToTheSameShard() {
        assertThat(new Shard(2, 3).owns("111111111111/eu-west-1"))
                .isEqualTo(new Shard(2, 3).owns("111111111111/eu-west-1"));
        // Fixed by SHA-256, not by the JVM's string hash or the list order.
        assertThat(List.of(1, 2, 3).stream().filter(i -> new Shard(i, 3).owns("111111111111/eu-west-1")).toList())
                .containsExactly(3);
    }
}
