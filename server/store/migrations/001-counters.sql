-- Counters only: one row per key and period, never a row per person. Nothing here can hold a postcode, a date
-- typed by a person, free text, an address or an identifier: every column is a fixed category or a day.
CREATE TABLE counters (
  kind text NOT NULL CHECK (kind IN ('plan', 'follow-up')),
  -- 'day' rows are kept for 3 years, then rolled up into 'month' rows dated the first of their month.
  period text NOT NULL CHECK (period IN ('day', 'month')),
  day date NOT NULL,
  source text NOT NULL CHECK (source IN ('public', 'handler')),
  nation text NOT NULL,
  -- The ONS code of the council area the postcode was in, or '' when not known. The postcode is never stored.
  area text NOT NULL,
  service text NOT NULL,
  -- What is counted: 'plans' (value ''), 'funding', 'stage', 'who', 'concern', 'outcome', 'result',
  -- or 'statement:<id>' (value agree, neither or disagree).
  dimension text NOT NULL,
  value text NOT NULL,
  count integer NOT NULL CHECK (count > 0),
  PRIMARY KEY (kind, period, day, source, nation, area, service, dimension, value)
);

CREATE INDEX counters_report ON counters (kind, dimension, day);
