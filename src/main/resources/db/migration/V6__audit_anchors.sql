-- Anchors of the audit chain outside its own table: every row that audited steps change carries the
-- sequence and hash of the audit event that last changed it, so events deleted or cut off the end (with
-- the head moved back) are seen from the rows left behind. Existing rows are anchored to the last event
-- that names them; a row no event names stays without an anchor, which verify reports.
-- The genesis record is written once, when the schema is created (or upgraded to this version).

ALTER TABLE deployments ADD COLUMN audit_sequence BIGINT;
ALTER TABLE deployments ADD COLUMN audit_hash CHAR(64);
ALTER TABLE shadow_deployments ADD COLUMN audit_sequence BIGINT;
ALTER TABLE shadow_deployments ADD COLUMN audit_hash CHAR(64);
ALTER TABLE model_versions ADD COLUMN audit_sequence BIGINT;
ALTER TABLE model_versions ADD COLUMN audit_hash CHAR(64);
ALTER TABLE promotion_requests ADD COLUMN audit_sequence BIGINT;
ALTER TABLE promotion_requests ADD COLUMN audit_hash CHAR(64);
ALTER TABLE traffic_hook_calls ADD COLUMN audit_sequence BIGINT;
ALTER TABLE traffic_hook_calls ADD COLUMN audit_hash CHAR(64);

UPDATE deployments r SET (audit_sequence, audit_hash) = (SELECT sequence, hash FROM audit_events e
    WHERE e.resource_type = 'deployment' AND e.resource_id = r.deployment_id ORDER BY sequence DESC LIMIT 1);
UPDATE shadow_deployments r SET (audit_sequence, audit_hash) = (SELECT sequence, hash FROM audit_events e
    WHERE e.resource_type = 'shadow_deployment' AND e.resource_id = r.shadow_id ORDER BY sequence DESC LIMIT 1);
UPDATE model_versions r SET (audit_sequence, audit_hash) = (SELECT sequence, hash FROM audit_events e
    WHERE e.resource_type = 'model' AND e.resource_id = r.name || ':' || r.version
    ORDER BY sequence DESC LIMIT 1);
UPDATE promotion_requests r SET (audit_sequence, audit_hash) = (SELECT sequence, hash FROM audit_events e
    WHERE e.resource_type = 'model' AND e.resource_id = r.model_name || ':' || r.model_version
    AND REGEXP_LIKE(e.details, '"request_id":' || r.id || '[,}]') ORDER BY sequence DESC LIMIT 1);
UPDATE traffic_hook_calls r SET (audit_sequence, audit_hash) = (SELECT sequence, hash FROM audit_events e
    WHERE e.event_type IN ('TRAFFIC_HOOK_CALLED', 'TRAFFIC_HOOK_FAILED')
    AND REGEXP_LIKE(e.details, '"hook_call_id":' || r.id || '[,}]') ORDER BY sequence DESC LIMIT 1);

CREATE TABLE audit_genesis (
    id          INT PRIMARY KEY CHECK (id = 1),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO audit_genesis (id, created_at) VALUES (1, CURRENT_TIMESTAMP);
