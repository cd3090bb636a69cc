package io.bellwether.forward;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The console's side of one connection's output, shared by the command's stdout and stderr. Once
 * the client has gone, writes are dropped: a command that started runs to its end.
 */
final class FrameWriter {
    private final DataOutputStream out;
    private boolean broken;

    FrameWriter(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    synchronized void write(byte type, byte[] payload, int offset, int length) {
        if (broken) {
            return;
        }
        try {
            Frames.write(out, type, payload, offset, length);
        } catch (IOException e) {
            broken = true;
        }
    }

    void write(byte type, byte[] payload) {
        write(type, payload, 0, payload.length);
    }

    /** A stream whose bytes go out as frames of {@code type}, a frame per flush or per full buffer. */
    OutputStream stream(byte type) {
        return new OutputStream() {
            private final byte[] buffer = new byte[8192];
            private int used;

            @Override
            public void write(int b) {
                if (used == buffer.length) {
                    flush();
                }
                buffer[used++] = (byte) b;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                while (length > 0) {
                    if (used == buffer.length) {
                        flush();
                    }
                    int n = Math.min(length, buffer.length - used);
                    System.arraycopy(bytes, offset, buffer, used, n);
                    used += n;
                    offset += n;
                    length -= n;
                }
            }

            @Override
            public void flush() {
                if (used > 0) {
                    FrameWriter.this.write(type, buffer, 0, used);
                    used = 0;
                }
            }

            @Override
            public void close() {
                flush();
            }
        };
    }
}
