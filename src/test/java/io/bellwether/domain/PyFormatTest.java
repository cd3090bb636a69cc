package io.bellwether.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

/** Expected strings are what CPython 3 prints for format(value, spec). */
class PyFormatTest {

    @ParameterizedTest(name = "format({0}, ''.{1}f'') = {2}")
    @CsvSource({
            "0.125, 2, 0.12",     // exact tie: goes to the even digit
            "0.375, 2, 0.38",     // exact tie: goes to the even digit, upwards
            "0.0625, 2, 0.06",
            "2.5, 0, 2",
            "1.5, 0, 2",
            "2.675, 2, 2.67",     // binary value is just below the tie
            "1.005, 2, 1.00",
            "0.125, 3, 0.125",
            "0.5, 3, 0.500",
            "-0.001, 2, -0.00",   // Python keeps the sign of a negative that rounds to zero
            "-0.0, 3, -0.000",
            "12345.6789, 2, 12345.68"
    })
    void fixedMatchesPython(double value, int decimals, String expected) {
        assertThat(PyFormat.fixed(value, decimals)).isEqualTo(expected);
    }

    @Test
    void stringFormatWouldRoundTiesUpwards() {
        // The reason PyFormat exists: Java's formatter disagrees with Python on exact ties.
        assertThat(String.format(java.util.Locale.ROOT, "%.2f", 0.125)).isEqualTo("0.13");
        assertThat(PyFormat.fixed(0.125, 2)).isEqualTo("0.12");
    }

    @ParameterizedTest(name = "format({0}, ''.2%'') = {1}")
    @CsvSource({
            "0.00125, 0.12%",     // 0.00125 * 100 is exactly 0.125 in binary, a tie
            "0.000625, 0.06%",
            "0.0005, 0.05%",
            "0.05, 5.00%",
            "0.015, 1.50%",
            "1.0, 100.00%",
            "0.123455, 12.35%"
    })
    void percentMultipliesTheDoubleThenFormats(double value, String expected) {
        assertThat(PyFormat.percent(value, 2)).isEqualTo(expected);
    }

    @Test
    void nonFiniteValuesAreSpelledAsPythonDoes() {
        assertThat(PyFormat.fixed(Double.NaN, 2)).isEqualTo("nan");
        assertThat(PyFormat.fixed(Double.POSITIVE_INFINITY, 2)).isEqualTo("inf");
        assertThat(PyFormat.percent(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-inf%");
    }

    @ParameterizedTest(name = "shortest({0}) = {1}")
    @CsvSource({"0.04, 0.04", "5, 5.0", "0.1, 0.1", "1e-7, 0.0000001", "123.456, 123.456", "-2.5, -2.5"})
    void shortestIsPlainAndRoundTrips(double value, String expected) {
        assertThat(PyFormat.shortest(value)).isEqualTo(expected);
        assertThat(Double.parseDouble(PyFormat.shortest(value))).isEqualTo(value);
    }
}
