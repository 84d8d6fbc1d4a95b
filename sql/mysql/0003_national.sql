-- National comparison (src/national/): the DfE's published children's social
-- work workforce indicators, its statistical neighbour groups, this
-- council's place among them, and the census returns imported.
--
-- Published figures the DfE suppresses (x, c, z, u, low, ...) are NULL,
-- never 0. Codes compare exactly (utf8mb4_bin). Rows remember their import and line, like every imported row.

-- One row per census year (time_period, e.g. 2025 for the year to 30
-- September 2025) and area: England (geographic_level 'National',
-- area_code = country_code), a region ('Regional', region_code) or a local
-- authority ('Local authority', new_la_code).
CREATE TABLE national_indicators (
  time_period      INTEGER NOT NULL,
  geographic_level VARCHAR(32) NOT NULL,
  area_code        VARCHAR(64) NOT NULL,
  area_name        VARCHAR(255) NOT NULL,
  region_code      VARCHAR(64),
  region_name      VARCHAR(255),
  old_la_code      VARCHAR(64),
  new_la_code      VARCHAR(64),
  inpost_fte                    DOUBLE,
  inpost_headcount              DOUBLE,
  starters_fte                  DOUBLE,
  starters_headcount            DOUBLE,
  leavers_fte                   DOUBLE,
  leavers_headcount             DOUBLE,
  turnover_rate_fte             DOUBLE,
  turnover_rate_headcount       DOUBLE,
  agency_fte                    DOUBLE,
  agency_headcount              DOUBLE,
  agency_rate_fte               DOUBLE,
  agency_rate_headcount         DOUBLE,
  agency_cover_fte              DOUBLE,
  agency_cover_rate_fte         DOUBLE,
  vacancy_fte                   DOUBLE,
  vacancy_rate_fte              DOUBLE,
  vacancy_agency_cover_rate_fte DOUBLE,
  case_holders_fte              DOUBLE,
  cases                         DOUBLE,
  caseload_fte                  DOUBLE,
  working_days_lost_fte         DOUBLE,
  absence_rate_fte              DOUBLE,
  import_id   BIGINT,
  source_line INTEGER,
  PRIMARY KEY (time_period, geographic_level, area_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The DfE's statistical neighbours: for each local authority (old
-- three-digit code), its ten nearest, closest first (rank 1..10).
CREATE TABLE statistical_neighbours (
  old_la_code    VARCHAR(64) NOT NULL,
  la_name        VARCHAR(255) NOT NULL,
  neighbour_rank INTEGER NOT NULL,
  neighbour_code VARCHAR(64) NOT NULL,
  closeness      VARCHAR(64),
  import_id      BIGINT,
  source_line    INTEGER,
  PRIMARY KEY (old_la_code, neighbour_rank)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Which local authority this council is (one row, council_key = 1).
CREATE TABLE council_authority (
  council_key INTEGER NOT NULL PRIMARY KEY CHECK (council_key = 1),
  old_la_code VARCHAR(64) NOT NULL,
  new_la_code VARCHAR(64),
  la_name     VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The council's own list of neighbours (old codes), replacing the DfE's
-- group when it has any rows.
CREATE TABLE council_neighbours (
  position    INTEGER PRIMARY KEY,
  old_la_code VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One imported census return per collection year and authority: the
-- authority's own figures, and the same figures as computed here from the
-- return's worker records.
CREATE TABLE census_returns (
  census_year        INTEGER NOT NULL,
  la_code            VARCHAR(64) NOT NULL,
  reference_date     DATE NOT NULL,
  workers            INTEGER NOT NULL,
  vacancies_fte      DOUBLE NOT NULL,
  agency_fte         DOUBLE NOT NULL,
  agency_headcount   INTEGER NOT NULL,
  our_inpost_fte     DOUBLE,
  our_agency_fte     DOUBLE,
  our_agency_headcount INTEGER,
  our_vacancy_rate   DOUBLE,
  our_agency_rate    DOUBLE,
  our_turnover_rate  DOUBLE,
  our_caseload_avg   DOUBLE,
  our_sickness_rate  DOUBLE,
  import_id          BIGINT,
  PRIMARY KEY (census_year, la_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
