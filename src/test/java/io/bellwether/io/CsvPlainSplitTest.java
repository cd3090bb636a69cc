package io.bellwether.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The import splits plain lines by hand; they must come out as the CSV parser would split them. */
class CsvPlainSplitTest {
    @Test
    void plainLinesSplitAsTheParserSplitsThem() {
        Random random = new Random(15);
        String alphabet = "a1.-e,, ,\u00a0x";
        int plain = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.of(random, alphabet, 16);
            List<String> split = new ArrayList<>();
            if (!CsvRecords.splitPlain(text, split)) {
                assertThat(split).isEmpty();
                continue;
            }
            plain++;
            List<String> parsed = new ArrayList<>();
            CsvRecords.cells(text, "the line", parsed, new ArrayList<>());
            assertThat(split).as("\"" + text + "\"").isEqualTo(parsed);
        }
        assertThat(plain).as("plain lines among the random ones").isGreaterThan(40_000);
    }

    @Test
    void quotedAndBlankLinesAreLeftToTheParser() {
        List<String> cells = new ArrayList<>();
        assertThat(CsvRecords.splitPlain("\"0,1\",2", cells)).isFalse();
        assertThat(CsvRecords.splitPlain("", cells)).isFalse();
        assertThat(CsvRecords.splitPlain("   ", cells)).isFalse();
        assertThat(cells).isEmpty();
        assertThat(CsvRecords.splitPlain(" 0.1 ,, 2 ,", cells)).isTrue();
        assertThat(cells).containsExactly("0.1", "", "2", "");
    }
}
