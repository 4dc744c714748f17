-- Documents are keyed by the SHA-256 of their content: storing one again changes nothing.
CREATE TABLE documents (
  content_hash VARCHAR PRIMARY KEY,
  id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  url VARCHAR,
  outlet VARCHAR NOT NULL,
  published DATE,
  lang VARCHAR,
  status VARCHAR NOT NULL,
  stage VARCHAR,
  error VARCHAR,
  fact_count INTEGER NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);

-- One row per fact, with its typed fields and its contract JSON (docs/contract.md) as written.
CREATE TABLE facts (
  content_hash VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  type VARCHAR NOT NULL,
  event_type VARCHAR,
  outcome VARCHAR,
  count_min INTEGER,
  count_max INTEGER,
  victims VARCHAR,
  victim_side VARCHAR,
  perpetrator_side VARCHAR,
  category VARCHAR,
  system VARCHAR,
  owner_side VARCHAR,
  object VARCHAR,
  civilian_targeting BOOLEAN,
  actor1_side VARCHAR,
  actor2_side VARCHAR,
  date_start DATE,
  date_end DATE,
  date_precision VARCHAR,
  date_stated BOOLEAN NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  evidence_text VARCHAR NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  json VARCHAR NOT NULL,
  PRIMARY KEY (content_hash, idx)
);

-- Who says what: the claimant of each fact (role 'claimant') and each party denying it (role 'denier').
CREATE TABLE claims (
  content_hash VARCHAR NOT NULL,
  fact_idx INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  role VARCHAR NOT NULL,
  claimant_name VARCHAR NOT NULL,
  claimant_kind VARCHAR NOT NULL,
  claimant_side VARCHAR,
  stance VARCHAR NOT NULL,
  verb VARCHAR,
  PRIMARY KEY (content_hash, fact_idx, ord)
);

CREATE TABLE places (
  content_hash VARCHAR NOT NULL,
  fact_idx INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  country VARCHAR,
  admin1 VARCHAR,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  precision VARCHAR NOT NULL,
  PRIMARY KEY (content_hash, fact_idx, ord)
);
