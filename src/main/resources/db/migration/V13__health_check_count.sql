-- Each deployment's count of its health checks, kept in its row by the writer in the transaction that
-- appends them, so that the Health history and replay read one row instead of counting an index range
-- (0.6-1.0 s at 2,000,000 checks, on every reload of the screen). Existing workspaces are counted once.

ALTER TABLE deployments ADD COLUMN health_check_count BIGINT DEFAULT 0 NOT NULL;

UPDATE deployments d SET health_check_count =
    (SELECT COUNT(*) FROM health_checks c WHERE c.deployment_id = d.deployment_id);
