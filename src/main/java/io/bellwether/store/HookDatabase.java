package io.bellwether.store;

import java.sql.Connection;

/**
 * The connection for the traffic-hook tables. Hook rows are few; one connection serves reads and
 * writes, and no write lock is needed: hook rows are not part of the audit chain.
 */
final class HookDatabase implements AutoCloseable {
    private final SideConnection side;

    private HookDatabase(SideConnection side) {
        this.side = side;
    }

    static HookDatabase open(DatabaseFile file) {
        return new HookDatabase(SideConnection.open(file, "the traffic hook tables", "TRAFFIC_HOOK_CALLS",
                "bellwether-hooks-store"));
    }

    /** Runs {@code work} in one transaction on the hook thread: committed when it returns, else rolled back. */
    <T> T transaction(String doing, Sql.JdbcWork<T> work) {
        return side.transaction(doing, null, work);
    }

    Connection connection() {
        return side.connection();
    }

    @Override
    public void close() {
        side.close();
    }
}
