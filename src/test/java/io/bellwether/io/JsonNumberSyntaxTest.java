package io.bellwether.io;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written scanner accepts exactly what JSON's number grammar, written as a regular expression, accepts. */
class JsonNumberSyntaxTest {
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "-12", "0.5", "10.25", "1e5", "1E+5", "2.5e-3", "-0.0e0",
            "123456789012345678", "1234567890123456789"})
    void acceptsJsonNumbers(String text) {
        assertThat(JsonNumberSyntax.isNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+1", "01", "-01", ".5", "5.", "1e", "1e+", "1.e5", "0x10", "1 ", " 1", "1_000",
            "١", "NaN", "--1", "1.2.3", "1e5e5"})
    void refusesWhatJsonRefuses(String text) {
        assertThat(JsonNumberSyntax.isNumber(text)).isFalse();
    }

    @Test
    void wholeNumbersAreThoseOfAtMostEighteenDigitsWithoutLeadingZero() {
        assertThat(JsonNumberSyntax.isWhole("123456789012345678")).isTrue();
        assertThat(JsonNumberSyntax.isWhole("-123456789012345678")).isTrue();
        assertThat(JsonNumberSyntax.isWhole("1234567890123456789")).isFalse();
        assertThat(JsonNumberSyntax.isWhole("0")).isTrue();
        assertThat(JsonNumberSyntax.isWhole("00")).isFalse();
        assertThat(JsonNumberSyntax.isWhole("1.0")).isFalse();
        assertThat(JsonNumberSyntax.isWhole("-")).isFalse();
    }

    @Test
    void agreesWithTheGrammarOnRandomText() {
        Random random = new Random(15);
        // Digits weighted so that numbers, and numbers with fractions and exponents, come up often.
        String alphabet = "01234567890123456789012345678901234567890123456789-+.eE x";
        int numbers = 0;
        int fractionsOrExponents = 0;
        for (int i = 0; i < 200_000; i++) {
            String candidate = RandomText.of(random, alphabet, 22);
            boolean number = JSON_NUMBER.matcher(candidate).matches();
            numbers += number ? 1 : 0;
            fractionsOrExponents += number && candidate.matches(".*[.eE].*") ? 1 : 0;
            assertThat(JsonNumberSyntax.isNumber(candidate)).as(candidate).isEqualTo(number);
            assertThat(JsonNumberSyntax.isWhole(candidate)).as(candidate).isEqualTo(WHOLE.matcher(candidate).matches());
        }
        assertThat(numbers).as("random texts that are numbers").isGreaterThan(5_000);
        assertThat(fractionsOrExponents).as("of them, numbers with a fraction or an exponent").isGreaterThan(500);
    }
}
