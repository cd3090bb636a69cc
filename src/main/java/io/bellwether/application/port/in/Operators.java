package io.bellwether.application.port.in;

/** Who is acting when nobody said. */
public final class Operators {
    private Operators() {
    }

    public static String systemUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }

    /** {@code given}, or the OS user when nobody was named. */
    public static String orSystemUser(String given) {
        return given == null ? systemUser() : given;
    }
}
