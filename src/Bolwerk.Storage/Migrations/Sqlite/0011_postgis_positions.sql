-- PostgreSQL only (see Postgres/0011: PostGIS places and a GiST index). SQLite answers the same
-- questions from the grid cell and time index. The version exists on both engines.
SELECT 1;
