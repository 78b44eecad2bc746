-- PostgreSQL partitions vessel_positions by month here (see Postgres/0009). SQLite, a single
-- analyst's file, keeps one table; the version exists on both engines so the schema is one schema.
SELECT 1;
