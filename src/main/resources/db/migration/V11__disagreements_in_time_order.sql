-- Disagreements numbered in comparison-time order (V8 numbered them in recording order), so that
-- "newest first" is a key range of disagreement_no, and a time range is a range of numbers too; the
-- shadow's excess latency is stored (slower_by) so its filter has an index; one index per filter of
-- the browser. The table is rebuilt with the new numbers, the same engines (H2, PostgreSQL) alike.

CREATE TABLE shadow_disagreements_v11 AS SELECT shadow_key,
    ROW_NUMBER() OVER (PARTITION BY shadow_key ORDER BY compared_micros, disagreement_no) - 1 AS disagreement_no,
    comparison_no, compared_micros, primary_latency, shadow_latency, primary_result, shadow_result,
    shadow_latency - primary_latency AS slower_by
    FROM shadow_disagreements;
DROP TABLE shadow_disagreements;
ALTER TABLE shadow_disagreements_v11 RENAME TO shadow_disagreements;
ALTER TABLE shadow_disagreements ALTER COLUMN shadow_key SET NOT NULL;
ALTER TABLE shadow_disagreements ALTER COLUMN disagreement_no SET NOT NULL;
ALTER TABLE shadow_disagreements ALTER COLUMN comparison_no SET NOT NULL;
ALTER TABLE shadow_disagreements ALTER COLUMN compared_micros SET NOT NULL;
ALTER TABLE shadow_disagreements ALTER COLUMN primary_latency SET NOT NULL;
ALTER TABLE shadow_disagreements ALTER COLUMN shadow_latency SET NOT NULL;
ALTER TABLE shadow_disagreements ALTER COLUMN slower_by SET NOT NULL;
ALTER TABLE shadow_disagreements ADD PRIMARY KEY (shadow_key, disagreement_no);

CREATE INDEX shadow_disagreements_by_time ON shadow_disagreements (shadow_key, compared_micros, disagreement_no);
CREATE INDEX shadow_disagreements_newest ON shadow_disagreements (shadow_key, disagreement_no DESC);
CREATE INDEX shadow_disagreements_by_pair ON shadow_disagreements
    (shadow_key, primary_result, shadow_result, disagreement_no DESC);
CREATE INDEX shadow_disagreements_by_slower ON shadow_disagreements (shadow_key, slower_by);
