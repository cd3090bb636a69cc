package io.bellwether.application;

import java.util.function.Consumer;

/** Walks stored events oldest first and remembers the first one that breaks the chain. */
final class ChainVerifier implements Consumer<StoredAuditEvent> {
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
    }

    private void fail(long sequence, String why) {
        brokenSequence = sequence;
        problem = why;
    }

    ChainVerification result() {
        return new ChainVerification(brokenSequence == null, checked, brokenSequence, problem);
    }
}
