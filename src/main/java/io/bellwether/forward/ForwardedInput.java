package io.bellwether.forward;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * The client's standard input as the console's command reads it: asked for on the first read only
 * (a command that never reads it never blocks the client's terminal), at most {@link #MAX_BYTES}.
 */
final class ForwardedInput extends BulkInputStream {
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private final DataInputStream in;
    private final FrameWriter writer;
    private byte[] chunk = new byte[0];
    private int position;
    private long total;
    private boolean asked;
    private boolean ended;

    ForwardedInput(DataInputStream in, FrameWriter writer) {
        this.in = in;
        this.writer = writer;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (ended) {
                return -1;
            }
            next();
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, bytes, offset, n);
        position += n;
        return n;
    }

    private void next() throws IOException {
        if (!asked) {
            asked = true;
            writer.write(Frames.STDIN_WANTED, new byte[0]);
        }
        Frames.Frame frame = Frames.read(in);
        if (frame.type() == Frames.STDIN_END) {
            ended = true;
            return;
        }
        if (frame.type() != Frames.STDIN) {
            throw new IOException("the command line sent a frame of type " + (char) frame.type() + " instead of its input");
        }
        total += frame.payload().length;
        if (total > MAX_BYTES) {
            throw new IOException("standard input larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        chunk = frame.payload();
        position = 0;
    }
}
