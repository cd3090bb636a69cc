package io.bellwether.application.port.in;

/** Who is acting when nobody said. */
public final class Operators {
    private Operators() {
    }

    public static String systemUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }

    /**
     * The OS account this process runs as, read from the process itself (a display name, or a
     * {@code -Duser.name}, cannot change it): what approvals compare, whatever names people type.
     */
    public static String osAccount() {
        return OsAccount.NAME;
    }

    /** Read once: a process cannot change its account, and reading it costs a look into /proc. */
    private static final class OsAccount {
        static final String NAME = ProcessHandle.current().info().user().filter(name -> !name.isBlank())
                .orElseGet(Operators::systemUser);
    }

    /** {@code given}, or the OS user when nobody was named. */
    public static String orSystemUser(String given) {
        return given == null ? systemUser() : given;
    }
}
