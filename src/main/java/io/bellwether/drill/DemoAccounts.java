package io.bellwether.drill;

import java.util.function.Supplier;

/**
 * The OS accounts the demo's people act from while its story is seeded ("demo:" and their name), so
 * that the console's own user can review and approve what they requested.
 */
public final class DemoAccounts implements Supplier<String> {
    private volatile String acting = "demo:setup";

    void actAs(String person) {
        acting = "demo:" + person;
    }

    @Override
    public String get() {
        return acting;
    }
}
