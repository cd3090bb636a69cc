package io.bellwether.application.service;

import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.out.RegistryTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One kind of thing that waits for a person, read inside the queue's one read transaction. */
@FunctionalInterface
interface AttentionSource {

    List<Item> waiting(RegistryTransaction tx, Instant now);

    /** An instant as a reason names it: ISO-8601 to the second. */
    static String shown(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
