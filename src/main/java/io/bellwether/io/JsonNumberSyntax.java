package io.bellwether.io;

/**
 * JSON's number syntax, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?}, and its whole numbers
 * that fit a long, {@code -?(0|[1-9][0-9]{0,17})}, scanned by hand: an import checks every cell of
 * millions of lines, and a regular expression's matcher per cell was a third of what it allocated.
 */
final class JsonNumberSyntax {
    private static final int MAX_WHOLE_DIGITS = 18;

    private JsonNumberSyntax() {
    }

    static boolean isNumber(String text) {
        int end = text.length();
        int at = text.startsWith("-") ? 1 : 0;
        if (at == end || !isDigit(text.charAt(at))) {
            return false;
        }
        at = text.charAt(at) == '0' ? at + 1 : digitsFrom(text, at);
        if (at < end && text.charAt(at) == '.') {
            int fraction = at + 1;
            at = digitsFrom(text, fraction);
            if (at == fraction) {
                return false;
            }
        }
        if (at < end && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int exponent = at + 1 < end && (text.charAt(at + 1) == '+' || text.charAt(at + 1) == '-') ? at + 2 : at + 1;
            at = digitsFrom(text, exponent);
            if (at == exponent) {
                return false;
            }
        }
        return at == end;
    }

    static boolean isWhole(String text) {
        int first = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - first;
        if (digits == 0 || digits > MAX_WHOLE_DIGITS || digitsFrom(text, first) != text.length()) {
            return false;
        }
        return text.charAt(first) != '0' || digits == 1;
    }

    private static int digitsFrom(String text, int at) {
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
