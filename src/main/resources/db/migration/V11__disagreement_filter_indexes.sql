-- Disagreement pages newest first by comparison time, under every filter of the browser, from an index:
-- by time alone, by result pair then time, and by how much slower the shadow was (stored, so it can be
-- indexed). The V8 index by time (ascending) gives way to the newest-first one.

ALTER TABLE shadow_disagreements ADD COLUMN slower_by DOUBLE PRECISION DEFAULT 0 NOT NULL;
UPDATE shadow_disagreements SET slower_by = shadow_latency - primary_latency;

CREATE INDEX shadow_disagreements_newest ON shadow_disagreements
    (shadow_key, compared_micros DESC, disagreement_no DESC);
CREATE INDEX shadow_disagreements_by_pair ON shadow_disagreements
    (shadow_key, primary_result, shadow_result, compared_micros DESC, disagreement_no DESC);
CREATE INDEX shadow_disagreements_by_slower ON shadow_disagreements (shadow_key, slower_by);
DROP INDEX shadow_disagreements_by_time;
