package io.bellwether.ui;

import io.bellwether.Bellwether;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the console's workspace is: {@code --db PATH} (or {@code --db=PATH}), else the system
 * property {@code bellwether.db}, else {@link Bellwether#defaultLocation()} (BELLWETHER_DB or
 * ~/.bellwether/bellwether).
 */
public record ConsoleOptions(Path database) {

    public static ConsoleOptions parse(List<String> args, String dbProperty) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--db needs a database path (got nothing)");
                }
                return new ConsoleOptions(Path.of(args.get(i + 1)));
            }
            if (arg.startsWith("--db=")) {
                String value = arg.substring("--db=".length());
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--db needs a database path (got nothing)");
                }
                return new ConsoleOptions(Path.of(value));
            }
        }
        if (dbProperty != null && !dbProperty.isBlank()) {
            return new ConsoleOptions(Path.of(dbProperty));
        }
        return new ConsoleOptions(Bellwether.defaultLocation());
    }
}
