-- National comparison (src/national/): the DfE's published children's social
-- work workforce indicators, its statistical neighbour groups, this
-- council's place among them, and the census returns imported.
--
-- Published figures the DfE suppresses (x, c, z, u, low, ...) are NULL,
-- never 0. Rows remember their import and line, like every imported row.

-- One row per census year (time_period, e.g. 2025 for the year to 30
-- September 2025) and area: England (geographic_level 'National',
-- area_code = country_code), a region ('Regional', region_code) or a local
-- authority ('Local authority', new_la_code).
CREATE TABLE national_indicators (
  time_period      INTEGER NOT NULL,
  geographic_level TEXT NOT NULL,
  area_code        TEXT NOT NULL,
  area_name        TEXT NOT NULL,
  region_code      TEXT,
  region_name      TEXT,
  old_la_code      TEXT,
  new_la_code      TEXT,
  inpost_fte                    REAL,
  inpost_headcount              REAL,
  starters_fte                  REAL,
  starters_headcount            REAL,
  leavers_fte                   REAL,
  leavers_headcount             REAL,
  turnover_rate_fte             REAL,
  turnover_rate_headcount       REAL,
  agency_fte                    REAL,
  agency_headcount              REAL,
  agency_rate_fte               REAL,
  agency_rate_headcount         REAL,
  agency_cover_fte              REAL,
  agency_cover_rate_fte         REAL,
  vacancy_fte                   REAL,
  vacancy_rate_fte              REAL,
  vacancy_agency_cover_rate_fte REAL,
  case_holders_fte              REAL,
  cases                         REAL,
  caseload_fte                  REAL,
  working_days_lost_fte         REAL,
  absence_rate_fte              REAL,
  import_id   INTEGER,
  source_line INTEGER,
  PRIMARY KEY (time_period, geographic_level, area_code)
);

-- The DfE's statistical neighbours: for each local authority (old
-- three-digit code), its ten nearest, closest first (rank 1..10).
CREATE TABLE statistical_neighbours (
  old_la_code    TEXT NOT NULL,
  la_name        TEXT NOT NULL,
  neighbour_rank INTEGER NOT NULL,
  neighbour_code TEXT NOT NULL,
  closeness      TEXT,
  import_id      INTEGER,
  source_line    INTEGER,
  PRIMARY KEY (old_la_code, neighbour_rank)
);

-- Which local authority this council is (one row, council_key = 1).
CREATE TABLE council_authority (
  council_key INTEGER PRIMARY KEY CHECK (council_key = 1),
  old_la_code TEXT NOT NULL,
  new_la_code TEXT,
  la_name     TEXT
);

-- The council's own list of neighbours (old codes), replacing the DfE's
-- group when it has any rows.
CREATE TABLE council_neighbours (
  position    INTEGER PRIMARY KEY,
  old_la_code TEXT NOT NULL
);

-- One imported census return per collection year and authority: the
-- authority's own figures, and the same figures as computed here from the
-- return's worker records.
CREATE TABLE census_returns (
  census_year        INTEGER NOT NULL,
  la_code            TEXT NOT NULL,
  reference_date     TEXT NOT NULL,
  workers            INTEGER NOT NULL,
  vacancies_fte      REAL NOT NULL,
  agency_fte         REAL NOT NULL,
  agency_headcount   INTEGER NOT NULL,
  our_inpost_fte     REAL,
  our_agency_fte     REAL,
  our_agency_headcount INTEGER,
  our_vacancy_rate   REAL,
  our_agency_rate    REAL,
  our_turnover_rate  REAL,
  our_caseload_avg   REAL,
  our_sickness_rate  REAL,
  import_id          INTEGER,
  PRIMARY KEY (census_year, la_code)
);
