package dev.rampart.wasm.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.wasm.value.NumberValue;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BigFloatTest {

    private static String sum(String a, String b) {
        return Arithmetic.plus(NumberValue.parse(a), NumberValue.parse(b)).render();
    }

    @Test
    void sixtyFourBitMantissasMakeTenthsAddUpAsOpaPrintsThem() {
        assertThat(sum("0.1", "0.2")).isEqualTo("0.3");
        // Not every difference lands on the float nearest the decimal; OPA prints the same digits.
        assertThat(Arithmetic.minus(NumberValue.parse("0.3"), NumberValue.parse("0.2")).render()).isEqualTo("0.10000000000000000001");
        assertThat(Arithmetic.divide(NumberValue.parse("2"), NumberValue.parse("3")).render()).isEqualTo("0.6666666666666666667");
    }

    @Test
    void printingSwitchesToExponentFormLikeGo() {
        assertThat(sum("0.0000001", "0")).isEqualTo("1e-07");
        assertThat(sum("0.0001", "0")).isEqualTo("0.0001");
        assertThat(sum("1234567.5", "0")).isEqualTo("1.2345675e+06");
        assertThat(sum("123456.5", "0")).isEqualTo("123456.5");
        // An integral float prints in full, as Go's 'f' format does.
        assertThat(sum("1e30", "0.5")).isEqualTo("1000000000000000000000000000000");
    }

    @Test
    void productUsesFiftyThreeBitsAsOpaDoes() {
        assertThat(Calls.call("product", "[0.1, 3]").toString()).isEqualTo("0.30000000000000004");
        assertThat(Calls.call("sum", "[0.1, 0.2]").toString()).isEqualTo("0.3");
    }

    @Test
    void negativeZeroSurvivesLikeInGo() {
        assertThat(Arithmetic.multiply(NumberValue.parse("0.0"), NumberValue.parse("-1.5")).render()).isEqualTo("-0");
        assertThat(Arithmetic.multiply(NumberValue.parse("0.0"), NumberValue.parse("-1.5"))).isEqualTo(NumberValue.ZERO);
    }

    @Test
    void shortestTextReadsBackToTheSameFloat() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            BigDecimal d = BigDecimal.valueOf(random.nextLong(), random.nextInt(-30, 40));
            BigFloat x = BigFloat.of(d, 64);
            NumberValue printed = x.toNumber();
            BigFloat back = BigFloat.of(printed, 64);
            assertThat(back.mant).as("%s printed as %s", d, printed).isEqualTo(x.mant);
            assertThat(back.exp).isEqualTo(x.exp);
        }
    }

    @Test
    void roundingIsToNearestEven() {
        // 2^64 + 1 needs 65 bits: it rounds down to 2^64; 2^64 + 3 rounds up to 2^64 + 4.
        BigFloat a = BigFloat.of(new BigDecimal("18446744073709551617"), 64);
        BigFloat b = BigFloat.of(new BigDecimal("18446744073709551619"), 64);
        assertThat(a.truncate().toString()).isEqualTo("18446744073709551616");
        assertThat(b.truncate().toString()).isEqualTo("18446744073709551620");
    }
}
