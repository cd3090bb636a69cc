-- Live metrics: each deployment's binding to a monitoring system (Prometheus). The binding column holds
-- the base URL, the PromQL templates, the window, the live-baseline version and the timeout as JSON.
-- Credentials are stored only as references to environment variables (env:NAME), never resolved.

CREATE TABLE metrics_bindings (
    deployment_id  VARCHAR(400) PRIMARY KEY REFERENCES deployments (deployment_id),
    binding        VARCHAR NOT NULL,
    changed_by     VARCHAR NOT NULL,
    changed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
