-- PostGIS for the spatial questions asked of the shared database ("who was within R metres of
-- this point then", and whatever a GIS analyst asks of the table directly): every position gets
-- its place as a WGS 84 point, computed by the database from lon/lat (so no writer can get it
-- wrong), with a GiST index in every monthly partition. Planar points, not geography: the near
-- query asks the index for a box and measures distances itself, and a box is what a GiST index on
-- points answers fastest.
-- Without PostGIS the migration stops with what to install; a database user who may not create
-- extensions needs a DBA to run CREATE EXTENSION postgis first (this then finds it there).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis')
       AND NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis') THEN
        RAISE EXCEPTION 'Bolwerk needs the PostGIS extension in PostgreSQL: install it on the database server (Debian: apt-get install postgresql-15-postgis-3, for PostgreSQL 15), then run bolwerk db migrate again';
    END IF;
END $$;
CREATE EXTENSION IF NOT EXISTS postgis;

ALTER TABLE vessel_positions
    ADD COLUMN place geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED;
CREATE INDEX ix_vessel_positions_place ON vessel_positions USING gist (place);
