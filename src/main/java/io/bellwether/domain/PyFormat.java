package io.bellwether.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's format mini-language for {@code :.Nf} and {@code :.N%}: the exact binary value of the
 * double is rounded half-to-even, so ties go to the even digit as CPython does
 * ({@code String.format} rounds half-up on the decimal string and differs).
 */
public final class PyFormat {
    private PyFormat() {
    }

    /** {@code format(value, ".Nf")}. */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String digits = new BigDecimal(Math.abs(value)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // Python keeps the sign of negative values that round to zero, and of -0.0.
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative ? "-" + digits : digits;
    }

    /** {@code format(value, ".N%")}: CPython multiplies the double by 100 first, then formats it. */
    public static String percent(double value, int decimals) {
        return fixed(value * 100, decimals) + "%";
    }

    /**
     * The shortest decimal that reads back as the same double, in plain notation
     * (for values in messages where no fixed precision fits).
     */
    public static String shortest(double value) {
        if (!Double.isFinite(value)) {
            return fixed(value, 0);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return BigDecimal.valueOf(value).setScale(1, RoundingMode.UNNECESSARY).toPlainString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
