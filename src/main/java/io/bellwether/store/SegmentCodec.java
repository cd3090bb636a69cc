package io.bellwether.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a sealed segment. {@code data}, little-endian: the count n; n primary latencies and n
 * shadow latencies as packed doubles; agreement as a bitset of ceil(n / 64) longs; the first time
 * (microseconds since the epoch) as a long, then n - 1 zig-zag varint deltas. {@code results}, kept
 * in its own BLOB column so that the report never reads it, and null when no comparison carries a
 * result: per comparison, the primary then the shadow result JSON, each an int length (-1 for none)
 * and that many UTF-8 bytes.
 */
final class SegmentCodec {
    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    private SegmentCodec() {
    }

    static byte[] data(ComparisonBlock block) {
        int n = block.size();
        ByteBuffer out = ByteBuffer.allocate(4 + 16 * n + 8 * words(n) + 8 + 10 * n).order(ORDER);
        out.putInt(n);
        out.asDoubleBuffer().put(block.primary, 0, n).put(block.shadow, 0, n);
        out.position(out.position() + 16 * n);
        long[] bits = new long[words(n)];
        for (int i = 0; i < n; i++) {
            if (block.agreement[i]) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        out.asLongBuffer().put(bits);
        out.position(out.position() + 8 * bits.length);
        long previous = n == 0 ? 0 : block.micros[0];
        out.putLong(previous);
        for (int i = 1; i < n; i++) {
            long delta = block.micros[i] - previous;
            previous = block.micros[i];
            for (long v = (delta << 1) ^ (delta >> 63); ; v >>>= 7) {
                if ((v & ~0x7FL) == 0) {
                    out.put((byte) v);
                    break;
                }
                out.put((byte) ((v & 0x7F) | 0x80));
            }
        }
        byte[] bytes = new byte[out.position()];
        System.arraycopy(out.array(), 0, bytes, 0, bytes.length);
        return bytes;
    }

    /** Decodes {@code data} into {@code block} (grown to fit), replacing what it held. */
    static void decode(byte[] data, ComparisonBlock block) {
        ByteBuffer in = ByteBuffer.wrap(data).order(ORDER);
        int n = in.getInt();
        block.reset(n);
        in.asDoubleBuffer().get(block.primary, 0, n).get(block.shadow, 0, n);
        in.position(in.position() + 16 * n);
        for (int w = 0, words = words(n); w < words; w++) {
            long bits = in.getLong();
            for (int i = w << 6, end = Math.min(n, i + 64); i < end; i++) {
                block.agreement[i] = (bits & (1L << i)) != 0;
            }
        }
        long previous = in.getLong();
        block.micros[0] = previous;
        for (int i = 1; i < n; i++) {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                b = in.get();
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            previous += (v >>> 1) ^ -(v & 1);
            block.micros[i] = previous;
        }
    }

    static byte[] results(ComparisonBlock block) {
        if (!block.hasResults()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (int i = 0; i < block.size(); i++) {
                writeText(out, block.primaryResult[i]);
                writeText(out, block.shadowResult[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Fills the results of the {@code block} just decoded; {@code results} may be null (none). */
    static void decodeResults(byte[] results, ComparisonBlock block) {
        if (results == null) {
            return;
        }
        ByteBuffer in = ByteBuffer.wrap(results);
        for (int i = 0; i < block.size(); i++) {
            block.primaryResult[i] = readText(in);
            block.shadowResult[i] = readText(in);
        }
        block.markResults();
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static int words(int n) {
        return (n + 63) >>> 6;
    }
}
