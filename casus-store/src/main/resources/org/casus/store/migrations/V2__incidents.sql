-- Incidents are derived: recomputed from the stored facts after each ingest.
CREATE TABLE incidents (
  id VARCHAR PRIMARY KEY,
  event_type VARCHAR NOT NULL,
  date_start DATE,
  date_end DATE,
  place_name VARCHAR,
  country VARCHAR,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  status VARCHAR NOT NULL,
  status_reason VARCHAR NOT NULL,
  source_count INTEGER NOT NULL,
  report_count INTEGER NOT NULL,
  place_precision VARCHAR
);

-- Each fact of an incident, and why it was linked.
CREATE TABLE incident_reports (
  incident_id VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  fact_idx INTEGER NOT NULL,
  source_key VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  PRIMARY KEY (content_hash, fact_idx)
);

-- The low, best and high estimate of each figure of an incident, with the source of the best.
CREATE TABLE incident_figures (
  incident_id VARCHAR NOT NULL,
  fact_type VARCHAR NOT NULL,
  outcome VARCHAR NOT NULL,
  low INTEGER,
  best INTEGER,
  high INTEGER,
  best_source VARCHAR,
  claim_count INTEGER NOT NULL,
  PRIMARY KEY (incident_id, fact_type, outcome)
);
