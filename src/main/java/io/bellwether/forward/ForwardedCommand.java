package io.bellwether.forward;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line sent to the console: its arguments, the directory it was run in (relative paths
 * resolve there) and the workspace it found held.
 *
 * @param workspace the database base path the command meant to open, absolute
 */
public record ForwardedCommand(List<String> args, Path workingDirectory, Path workspace) {
    /** The protocol version this build speaks; a console refuses any other. */
    public static final int VERSION = 1;
    static final int MAX_ARGS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public ForwardedCommand {
        args = List.copyOf(args);
    }

    /** The request frame's payload; a command line too long for one frame is refused before it is sent. */
    byte[] toJson() throws ForwardRefusal {
        ObjectNode header = JSON.createObjectNode();
        header.put("version", VERSION);
        ArrayNode list = header.putArray("args");
        args.forEach(list::add);
        header.put("cwd", workingDirectory.toString());
        header.put("workspace", workspace.toString());
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(header);
        } catch (IOException e) {
            throw new ForwardRefusal(ForwardRefusal.MALFORMED, "the command line cannot be written as JSON");
        }
        if (bytes.length > Frames.MAX_PAYLOAD || args.size() > MAX_ARGS) {
            throw new ForwardRefusal(ForwardRefusal.MALFORMED, "the command line is too long to forward ("
                    + args.size() + " arguments, "
                    + bytes.length + " bytes; at most " + MAX_ARGS + " and " + Frames.MAX_PAYLOAD + ")");
        }
        return bytes;
    }

    /** Reads a request; a version other than {@link #VERSION} or a malformed one is refused in words. */
    static ForwardedCommand fromJson(byte[] bytes) throws ForwardRefusal {
        JsonNode header;
        try {
            header = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ForwardRefusal(ForwardRefusal.MALFORMED, "a request that is not JSON");
        }
        if (header == null || !header.path("version").isInt()) {
            throw new ForwardRefusal(ForwardRefusal.MALFORMED, "a request without a protocol version");
        }
        int version = header.get("version").intValue();
        if (version != VERSION) {
            throw new ForwardRefusal(ForwardRefusal.MALFORMED, "protocol version " + version
                    + " (this console speaks " + VERSION + "; use the same Bellwether version)");
        }
        JsonNode args = header.path("args");
        if (!args.isArray() || args.size() > MAX_ARGS || !header.path("cwd").isTextual()
                || !header.path("workspace").isTextual()) {
            throw new ForwardRefusal(ForwardRefusal.MALFORMED, "a request without args, cwd and workspace");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode arg : args) {
            if (!arg.isTextual()) {
                throw new ForwardRefusal(ForwardRefusal.MALFORMED, "an argument that is not text");
            }
            list.add(arg.textValue());
        }
        Path cwd = Path.of(header.get("cwd").textValue());
        Path workspace = Path.of(header.get("workspace").textValue());
        if (!cwd.isAbsolute() || !workspace.isAbsolute()) {
            throw new ForwardRefusal(ForwardRefusal.MALFORMED, "a relative working directory or workspace");
        }
        return new ForwardedCommand(list, cwd, workspace);
    }
}
