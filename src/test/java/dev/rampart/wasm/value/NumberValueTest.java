package dev.rampart.wasm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumberValueTest {

    @Test
    void oneAndOnePointZeroAreEqualWithTheSameHash() {
        NumberValue one = NumberValue.parse("1");
        NumberValue onePointZero = NumberValue.parse("1.0");
        assertThat(one).isEqualTo(onePointZero);
        assertThat(one.hashCode()).isEqualTo(onePointZero.hashCode());
        assertThat(one.compareTo(onePointZero)).isZero();
    }

    @Test
    void decimalsWrittenDifferentlyAreTheSameNumber() {
        assertThat(NumberValue.parse("3.50")).isEqualTo(NumberValue.parse("35e-1")).isEqualTo(NumberValue.parse("0.35e1"));
        assertThat(NumberValue.parse("1e2")).isEqualTo(NumberValue.of(100));
        assertThat(NumberValue.parse("-0")).isEqualTo(NumberValue.ZERO);
    }

    @Test
    void integersBeyondSixtyFourBitsStayExact() {
        NumberValue big = NumberValue.parse("123456789012345678901234567890");
        assertThat(big.toBigInteger()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(big.render()).isEqualTo("123456789012345678901234567890");
        assertThat(big.fitsLong()).isFalse();
        assertThat(NumberValue.parse("28857836529306024611913")).isNotEqualTo(NumberValue.parse("28857836529306024611912"));
    }

    @Test
    void aNumberPrintsAsItWasWritten() {
        assertThat(NumberValue.parse("1.0").render()).isEqualTo("1.0");
        assertThat(NumberValue.parse("1e400").render()).isEqualTo("1e400");
        assertThat(NumberValue.parse("0.5").render()).isEqualTo("0.5");
    }

    @Test
    void aComputedNumberPrintsCanonically() {
        assertThat(NumberValue.of(new java.math.BigDecimal("3.000")).render()).isEqualTo("3");
        assertThat(NumberValue.of(new java.math.BigDecimal("0.25")).render()).isEqualTo("0.25");
        assertThat(NumberValue.of(new java.math.BigDecimal("2E-18")).render()).isEqualTo("2e-18");
    }

    @Test
    void onlyPlainIntegerTextHasIntegerForm() {
        assertThat(NumberValue.parse("7").hasIntegerForm()).isTrue();
        assertThat(NumberValue.parse("1.0").hasIntegerForm()).isFalse();
        assertThat(NumberValue.parse("1e2").hasIntegerForm()).isFalse();
        assertThat(NumberValue.parse("1.0").isInteger()).isTrue();
        assertThat(NumberValue.parse("1.5").isInteger()).isFalse();
    }

    @Test
    void numbersOrderByValueAcrossMagnitudes() {
        assertThat(NumberValue.parse("1e400").compareTo(NumberValue.parse("1e399"))).isPositive();
        assertThat(NumberValue.parse("1e-400").compareTo(NumberValue.ZERO)).isPositive();
        assertThat(NumberValue.parse("0.1234567890123456789").compareTo(NumberValue.parse("0.1234567890123456788"))).isPositive();
        assertThat(NumberValue.parse("-2.5").compareTo(NumberValue.parse("-2.25"))).isNegative();
    }

    @Test
    void aHugeExponentIsComparedWithoutExpandingIt() {
        NumberValue huge = NumberValue.parse("1e1000000000");
        assertThat(huge.compareTo(NumberValue.of(1))).isPositive();
        assertThat(huge.isInteger()).isTrue();
        assertThat(huge.render()).isEqualTo("1e1000000000");
        assertThat(NumberValue.of(huge.toBigDecimal()).render()).isEqualTo("1e+1000000000");
    }

    @Test
    void longBoundariesAreExact() {
        assertThat(NumberValue.parse("9223372036854775807").fitsLong()).isTrue();
        assertThat(NumberValue.parse("9223372036854775808").fitsLong()).isFalse();
        assertThat(NumberValue.parse("-9223372036854775808").longValue()).isEqualTo(Long.MIN_VALUE);
        assertThat(NumberValue.of(Long.MIN_VALUE).integerDigits()).isEqualTo(19);
    }
}
