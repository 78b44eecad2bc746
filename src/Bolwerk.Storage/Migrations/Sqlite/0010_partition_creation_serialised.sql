-- PostgreSQL only (see Postgres/0010): SQLite has no partitions. The version exists on both engines.
SELECT 1;
