package io.bellwether.forward;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The wire format of the console's command-line socket. Every frame is a type byte, a 4-byte
 * big-endian length and that many bytes (at most {@link #MAX_PAYLOAD}). The client sends one
 * {@link #REQUEST} (JSON, see {@link ForwardedCommand}); the console answers with {@link #OUT} and
 * {@link #ERR} chunks and ends with one {@link #EXIT} (4-byte code) or {@link #REFUSED} (4-byte code,
 * then a UTF-8 line). When the command reads standard input the console sends {@link #STDIN_WANTED}
 * and the client streams {@link #STDIN} chunks, then {@link #STDIN_END}.
 */
final class Frames {
    static final byte REQUEST = 'Q';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte STDIN_WANTED = 'W';
    static final byte STDIN = 'I';
    static final byte STDIN_END = 'Z';
    static final byte EXIT = 'X';
    static final byte REFUSED = 'R';
    static final int MAX_PAYLOAD = 64 * 1024;

    record Frame(byte type, byte[] payload) {
    }

    private Frames() {
    }

    /** The next frame; {@link EOFException} when the other side closed before a whole frame came. */
    static Frame read(DataInputStream in) throws IOException {
        byte type = in.readByte();
        int length = in.readInt();
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new IOException("a frame of " + length + " bytes (at most " + MAX_PAYLOAD + ")");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame(type, payload);
    }

    /** Writes one frame; callers sharing {@code out} between threads hold its lock. */
    static void write(DataOutputStream out, byte type, byte[] payload, int offset, int length) throws IOException {
        if (length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a frame of " + length + " bytes");
        }
        out.writeByte(type);
        out.writeInt(length);
        out.write(payload, offset, length);
        out.flush();
    }

    static void write(DataOutputStream out, byte type, byte[] payload) throws IOException {
        write(out, type, payload, 0, payload.length);
    }

    static byte[] code(int code) {
        return new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code};
    }

    static int code(byte[] payload) throws IOException {
        if (payload.length < 4) {
            throw new IOException("a code frame of " + payload.length + " bytes");
        }
        return (payload[0] & 0xff) << 24 | (payload[1] & 0xff) << 16 | (payload[2] & 0xff) << 8 | payload[3] & 0xff;
    }
}
