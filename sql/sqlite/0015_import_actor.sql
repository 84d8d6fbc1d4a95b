-- Who ran each import (ingest/import_log.h): "cli:alice" from the command
-- line, the username from the browser's upload pages, for the import
-- history. NULL for the imports before this column, and for the census.
ALTER TABLE imports ADD COLUMN imported_by TEXT;
