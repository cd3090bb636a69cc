package io.bellwether.application.service;

import io.bellwether.application.port.in.ChainVerification;
import io.bellwether.application.port.out.AuditStore;
import io.bellwether.application.port.out.StoredAuditEvent;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks stored events oldest first and remembers the first one that breaks the chain; at the end,
 * checks the last event against the chain head, which shows events deleted from the end, then the
 * genesis record and the rows' anchors, which show a chain emptied or cut back with its head, and
 * finally that a known earlier head ({@code anchorHashOrNull}) is still in the intact chain.
 */
final class ChainVerifier implements Consumer<StoredAuditEvent> {
    private final String anchorHash;
    private boolean anchorSeen;
    private long checked;
    private long expectedSequence = 1;
    private String expectedPreviousHash = AuditChain.GENESIS_HASH;
    private Long brokenSequence;
    private String problem;

    @Override
    public void accept(StoredAuditEvent event) {
        if (brokenSequence != null) {
            return;
        }
        checked++;
        if (event.sequence() != expectedSequence) {
            fail(expectedSequence, "event " + expectedSequence + " is missing (deleted or renumbered); the next"
                    + " stored event is " + event.sequence());
        } else if (!expectedPreviousHash.equals(event.previousHash())) {
            fail(event.sequence(), "event " + event.sequence()
                    + " does not link to the hash of the event before it");
        } else if (!AuditChain.hash(event.previousHash(), event).equals(event.hash())) {
            fail(event.sequence(), "event " + event.sequence() + " was changed after it was written");
        }
        expectedSequence = event.sequence() + 1;
        expectedPreviousHash = event.hash();
        anchorSeen |= brokenSequence == null && event.hash().equals(anchorHash);
    }

    ChainVerifier(String anchorHashOrNull) {
        this.anchorHash = anchorHashOrNull;
    }

    private void fail(long sequence, String why) {
        brokenSequence = sequence;
        problem = why;
    }

    ChainVerification result(AuditStore store) {
        if (brokenSequence == null) {
            checkAgainst(store.head().orElse(null));
        }
        if (brokenSequence == null && !store.hasGenesis()) {
            fail(1, "the workspace's genesis record is missing, so a chain emptied from its start cannot be ruled out");
        }
        Optional<String> unanchored = brokenSequence == null ? store.unanchoredRow() : Optional.empty();
        unanchored.ifPresent(row -> fail(expectedSequence, row));
        if (brokenSequence == null && anchorHash != null && !anchorSeen) {
            fail(expectedSequence, "the anchor " + anchorHash + " is not in the chain: events up to it were"
                    + " rewritten or deleted");
        }
        return new ChainVerification(brokenSequence == null, checked, brokenSequence, problem);
    }

    private void checkAgainst(AuditStore.ChainHead head) {
        long last = expectedSequence - 1;
        if (head == null) {
            if (last > 0) {
                fail(last, "the chain head is missing, so events deleted from the end cannot be ruled out");
            }
        } else if (head.sequence() > last) {
            fail(last + 1, "events " + (last + 1) + " to " + head.sequence() + " are missing (deleted from the end)");
        } else if (head.sequence() < last) {
            fail(head.sequence() + 1, "event " + (head.sequence() + 1) + " was added outside the audit trail");
        } else if (!head.hash().equals(expectedPreviousHash)) {
            fail(last, "event " + last + " does not match the chain head");
        }
    }
}
