-- SQLite's 0011 stores visits in their primary key's tree alone. InnoDB
-- keeps every table in its primary key already: nothing to change here.
DO 0;
