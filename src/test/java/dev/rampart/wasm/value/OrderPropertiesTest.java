package dev.rampart.wasm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** OPA's order over random values is total, consistent with equals and with hash codes. */
class OrderPropertiesTest {

    @Test
    void orderIsTotalAndConsistentWithEqualsAndHashCode() {
        SplittableRandom r = new SplittableRandom(99);
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            values.add(value(r, 0));
        }
        for (Value a : values) {
            for (Value b : values) {
                int ab = Integer.signum(a.compareTo(b));
                assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-ab);
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                if (ab == 0) {
                    assertThat(a.hashCode()).isEqualTo(b.hashCode());
                }
            }
        }
        List<Value> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        for (int i = 0; i + 2 < sorted.size(); i++) {
            assertThat(sorted.get(i).compareTo(sorted.get(i + 2))).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void collectionsBuiltInAnyOrderAreEqual() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            List<Value> members = new ArrayList<>();
            for (int k = r.nextInt(20); k > 0; k--) {
                members.add(value(r, 2));
            }
            List<Value> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, new java.util.Random(i));
            assertThat(SetValue.of(shuffled)).isEqualTo(SetValue.of(members));
            ObjectValue.Builder a = ObjectValue.builder(members.size());
            ObjectValue.Builder b = ObjectValue.builder(members.size());
            for (Value m : SetValue.of(members).asList()) {
                a.put(m, NumberValue.of(m.hashCode()));
            }
            for (Value m : SetValue.of(shuffled).asList().reversed()) {
                b.put(m, NumberValue.of(m.hashCode()));
            }
            assertThat(a.build()).isEqualTo(b.build());
        }
    }

    /** Values with many near-equal numbers (1, 1.0, 10e-1) and small strings, so that ties are common. */
    private static Value value(SplittableRandom r, int depth) {
        int kind = depth > 2 ? r.nextInt(4) : r.nextInt(7);
        return switch (kind) {
            case 0 -> NullValue.INSTANCE;
            case 1 -> BooleanValue.of(r.nextBoolean());
            case 2 -> switch (r.nextInt(4)) {
                case 0 -> NumberValue.of(r.nextInt(-3, 4));
                case 1 -> NumberValue.parse(r.nextInt(-3, 4) + ".0");
                case 2 -> NumberValue.of(new BigDecimal(BigDecimal.valueOf(r.nextInt(-30, 40)).movePointLeft(1).toPlainString()));
                default -> NumberValue.parse("1" + "0".repeat(r.nextInt(15, 25)));
            };
            case 3 -> StringValue.of(List.of("", "a", "b", "ab", "\uFFFD", "\uD83D\uDE00").get(r.nextInt(6)));
            case 4 -> {
                ArrayValue.Builder b = ArrayValue.builder(3);
                for (int i = r.nextInt(3); i > 0; i--) {
                    b.add(value(r, depth + 1));
                }
                yield b.build();
            }
            case 5 -> {
                SetValue.Builder b = SetValue.builder(3);
                for (int i = r.nextInt(3); i > 0; i--) {
                    b.add(value(r, depth + 1));
                }
                yield b.build();
            }
            default -> {
                ObjectValue.Builder b = ObjectValue.builder(3);
                for (int i = r.nextInt(3); i > 0; i--) {
                    b.put(value(r, depth + 1), value(r, depth + 1));
                }
                yield b.build();
            }
        };
    }
}
