-- The demographic subsets of a casualty figure ("dont 6 enfants", "including six children"): part of
-- its count, never facts of their own, so a child of the fact as its claims and places are.
-- The sentence is NULL for rows filled from contract JSON stored before this table, which does not
-- carry it; it is then the fact's own sentence.
CREATE TABLE breakdowns (
  content_hash VARCHAR NOT NULL,
  fact_idx INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  count_min INTEGER,
  count_max INTEGER,
  victims VARCHAR NOT NULL,
  descriptor VARCHAR NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text VARCHAR NOT NULL,
  sentence_start INTEGER,
  sentence_end INTEGER,
  PRIMARY KEY (content_hash, fact_idx, ord)
);
