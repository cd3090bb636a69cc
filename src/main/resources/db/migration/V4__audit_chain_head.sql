-- The head of the audit chain (last sequence and hash), written in the same transaction as every
-- event. Re-hashing finds edited or deleted events inside the chain; the head also shows events
-- deleted from its end, which leave a shorter chain that is otherwise intact.

CREATE TABLE audit_chain_head (
    id             INT PRIMARY KEY CHECK (id = 1),
    last_sequence  BIGINT NOT NULL,
    last_hash      CHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
SELECT 1, sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1;
