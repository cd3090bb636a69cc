package io.bellwether.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of UTF-8 text ending in LF or CRLF, each decoded on its own so that a bad byte is placed on
 * its line; a byte-order mark before the first line is dropped. Holds one line at a time and tells
 * the listener how many bytes were read, about once per MiB and at the end.
 */
final class Utf8Lines {
    private static final long PROGRESS_STEP_BYTES = 1 << 20;
    private final InputStream in;
    private final long totalBytes;
    private final ProgressListener progress;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private long bytesRead;
    private long reported;
    private long number;

    Utf8Lines(InputStream in, long totalBytes, ProgressListener progress) {
        this.in = in;
        this.totalBytes = totalBytes;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** 1-based number of the line last returned. */
    long number() {
        return number;
    }

    /** The next line without its terminator, or null at the end (after the last progress report). */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(0, in.read(buffer));
                position = 0;
                if (limit == 0) {
                    if (!any) {
                        progress.progress(bytesRead, totalBytes);
                        return null;
                    }
                    return decode(length);
                }
            }
            byte b = buffer[position++];
            any = true;
            if (++bytesRead - reported >= PROGRESS_STEP_BYTES) {
                reported = bytesRead;
                progress.progress(bytesRead, totalBytes);
            }
            if (b == '\n') {
                return decode(length > 0 && line[length - 1] == '\r' ? length - 1 : length);
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = b;
        }
    }

    private String decode(int length) throws RecordFormatException {
        number++;
        if (isAscii(length)) {
            return new String(line, 0, length, StandardCharsets.US_ASCII); // no decoder buffer per line
        }
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new RecordFormatException(number, null, "not UTF-8 text");
        }
        return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private boolean isAscii(int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
