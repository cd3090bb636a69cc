package io.bellwether.io;

import java.util.Random;

/** Random strings for the differential tests of the import's hand-written scanners. */
final class RandomText {
    private RandomText() {
    }

    /** Up to {@code maxLength - 1} characters, each drawn from {@code alphabet} (repeat a character to weight it). */
    static String of(Random random, String alphabet, int maxLength) {
        int length = random.nextInt(maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
