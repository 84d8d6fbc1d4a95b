-- staff.name: see sql/sqlite/0007_staff_name.sql.
ALTER TABLE staff ADD COLUMN name VARCHAR(255) NULL;
