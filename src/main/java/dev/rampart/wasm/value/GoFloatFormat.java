package dev.rampart.wasm.value;

/**
 * Go's {@code %e}, {@code %f} and shortest {@code %g} layouts of a decimal digit string, which OPA uses to
 * print computed numbers ({@code 2e-18}, {@code 1.2345675e+06}, {@code 0.5}).
 *
 * <p>A decimal is given as its significant digits (no leading zeros) and the position {@code dp} of the
 * decimal point, so that the value is {@code 0.digits × 10^dp}; rounding is the caller's business.
 */
public final class GoFloatFormat {
    private GoFloatFormat() {}

    /** Go's {@code 'g'} format with shortest precision: exponent form below 1e-4 and from 1e6 up. */
    public static String formatShortestG(String digits, int dp) {
        int exp = dp - 1;
        // Go uses %e when the exponent is < -4 or >= the precision, which is taken as 6 for the shortest form.
        if (exp < -4 || exp >= 6) {
            return formatE(digits, dp, digits.length() - 1, 'e');
        }
        return formatF(digits, dp, Math.max(digits.length() - dp, 0));
    }

    /** Go's {@code %e} layout with {@code prec} digits after the point: {@code 1.5e+06}. */
    public static String formatE(String digits, int dp, int prec, char e) {
        StringBuilder sb = new StringBuilder(prec + 8);
        sb.append(digits.isEmpty() ? '0' : digits.charAt(0));
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        }
        sb.append(e);
        int exp = digits.isEmpty() ? 0 : dp - 1;
        sb.append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        if (abs < 10) {
            sb.append('0');
        }
        sb.append(abs);
        return sb.toString();
    }

    /** Go's {@code %f} layout with {@code prec} digits after the point: {@code 0.0001}, {@code 120}. */
    public static String formatF(String digits, int dp, int prec) {
        StringBuilder sb = new StringBuilder(Math.max(dp, 1) + prec + 2);
        if (dp > 0) {
            for (int i = 0; i < dp; i++) {
                sb.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                int j = dp + i;
                sb.append(j >= 0 && j < digits.length() ? digits.charAt(j) : '0');
            }
        }
        return sb.toString();
    }
}
