using System.Data.Common;
using System.Globalization;
using Bolwerk.Geodesy;
using Bolwerk.Storage.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace Bolwerk.Storage.Tracks;

/// <summary>
/// Vessel tracks in the embedded store: positions (idempotent per MMSI and time, so a file
/// ingested twice stores nothing twice), the latest state per vessel and its identity history,
/// and the spatio-temporal question "who was within R of P between T1 and T2". Thread-safe.
/// </summary>
public sealed class TrackStore(BolwerkDatabase database)
{
    private const string PositionColumns = "mmsi, t_ms, lon, lat, sog, cog, heading, status";

    /// <summary>Stores positions in one transaction; returns how many were new.</summary>
    public Task<int> AppendAsync(IReadOnlyList<StoredPosition> positions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(positions);
        return database.InTransactionAsync(
            async (connection, transaction) => connection is NpgsqlConnection npgsql
                ? await CopyAsync(npgsql, positions, cancellationToken).ConfigureAwait(false)
                : await InsertAsync(connection, transaction, positions, cancellationToken).ConfigureAwait(false),
            cancellationToken);
    }

    /// <summary>Creates or replaces the latest state of each vessel, and records its identity history.</summary>
    public Task SaveVesselsAsync(IReadOnlyList<StoredVessel> vessels, IReadOnlyList<StoredIdentityChange> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vessels);
        ArgumentNullException.ThrowIfNull(history);
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using var upsert = connection.Command(
                    """
                    INSERT INTO vessels (mmsi, name, call_sign, imo, ship_type, length_m, beam_m, class_b, first_ms, last_ms, last_lon, last_lat, last_sog, last_cog, last_heading, last_status, positions)
                    VALUES (@mmsi, @name, @call, @imo, @type, @length, @beam, @classB, @first, @last, @lon, @lat, @sog, @cog, @heading, @status, @positions)
                    ON CONFLICT (mmsi) DO UPDATE SET
                        name = COALESCE(excluded.name, vessels.name), call_sign = COALESCE(excluded.call_sign, vessels.call_sign),
                        imo = COALESCE(excluded.imo, vessels.imo), ship_type = COALESCE(excluded.ship_type, vessels.ship_type),
                        length_m = COALESCE(excluded.length_m, vessels.length_m), beam_m = COALESCE(excluded.beam_m, vessels.beam_m),
                        class_b = excluded.class_b,
                        first_ms = CASE WHEN excluded.first_ms < vessels.first_ms THEN excluded.first_ms ELSE vessels.first_ms END,
                        last_ms = excluded.last_ms, last_lon = excluded.last_lon, last_lat = excluded.last_lat, last_sog = excluded.last_sog,
                        last_cog = excluded.last_cog, last_heading = excluded.last_heading, last_status = excluded.last_status,
                        positions = excluded.positions
                    WHERE excluded.last_ms >= vessels.last_ms
                    """,
                    transaction);
                foreach (var vessel in vessels)
                {
                    upsert.Parameters.Clear();
                    upsert.With("@mmsi", (long)vessel.Mmsi).With("@name", vessel.Name).With("@call", vessel.CallSign).With("@imo", vessel.Imo)
                        .With("@type", vessel.ShipType).With("@length", vessel.LengthMetres).With("@beam", vessel.BeamMetres).With("@classB", vessel.ClassB)
                        .With("@first", vessel.FirstSeen.ToUnixTimeMilliseconds()).With("@last", vessel.Last.Time.ToUnixTimeMilliseconds())
                        .With("@lon", vessel.Last.Longitude).With("@lat", vessel.Last.Latitude).With("@sog", vessel.Last.SpeedKnots).With("@cog", vessel.Last.CourseDegrees)
                        .With("@heading", vessel.Last.Heading).With("@status", vessel.Last.Status).With("@positions", (int)Math.Min(int.MaxValue, vessel.Positions));
                    await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var change = connection.Command(
                    """
                    INSERT INTO vessel_identity_history (mmsi, field, value, first_ms, last_ms) VALUES (@mmsi, @field, @value, @first, @last)
                    ON CONFLICT (mmsi, field, first_ms) DO UPDATE SET last_ms = CASE WHEN excluded.last_ms > vessel_identity_history.last_ms THEN excluded.last_ms ELSE vessel_identity_history.last_ms END
                    """,
                    transaction);
                foreach (var item in history)
                {
                    change.Parameters.Clear();
                    change.With("@mmsi", (long)item.Mmsi).With("@field", item.Field).With("@value", item.Value)
                        .With("@first", item.FirstSeen.ToUnixTimeMilliseconds()).With("@last", item.LastSeen.ToUnixTimeMilliseconds());
                    await change.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return 0;
            },
            cancellationToken);
    }

    /// <summary>
    /// Every vessel with a stored position within <paramref name="radiusMetres"/> of
    /// <paramref name="centre"/> between <paramref name="from"/> and <paramref name="to"/>
    /// (inclusive), closest first. Reads only the grid cells around the centre in that window.
    /// </summary>
    public Task<IReadOnlyList<VesselPassage>> NearAsync(GeoPoint centre, double radiusMetres, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(radiusMetres);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(radiusMetres, 200_000);
        return database.WithConnectionAsync<IReadOnlyList<VesselPassage>>(
            async connection =>
            {
                await using var command = connection is NpgsqlConnection
                    ? NearByPostGis(connection, centre, radiusMetres)
                    : NearByCells(connection, centre, radiusMetres);
                command.With("@from", from.ToUnixTimeMilliseconds()).With("@to", to.ToUnixTimeMilliseconds());
                var passages = new Dictionary<uint, (double Metres, StoredPosition Closest, int Count, DateTimeOffset First, DateTimeOffset Last)>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var position = Read(reader);
                    var metres = SphericalGeodesy.DistanceMetres(centre, new GeoPoint(position.Latitude, position.Longitude));
                    if (metres > radiusMetres)
                    {
                        continue;
                    }

                    passages[position.Mmsi] = passages.TryGetValue(position.Mmsi, out var seen)
                        ? (metres < seen.Metres ? metres : seen.Metres, metres < seen.Metres ? position : seen.Closest, seen.Count + 1,
                            position.Time < seen.First ? position.Time : seen.First, position.Time > seen.Last ? position.Time : seen.Last)
                        : (metres, position, 1, position.Time, position.Time);
                }

                return [.. passages.Select(p => new VesselPassage(p.Key, p.Value.Metres, p.Value.Closest, p.Value.Count, p.Value.First, p.Value.Last))
                    .OrderBy(p => p.ClosestMetres).ThenBy(p => p.Mmsi)];
            },
            cancellationToken);
    }

    // SQLite: the grid cells around the centre in the time window (cell + time index); a superset
    // the caller cuts to the radius.
    private static DbCommand NearByCells(DbConnection connection, GeoPoint centre, double radiusMetres)
    {
        var cells = TrackGrid.CellsAround(centre, radiusMetres);
        var names = cells.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@c{i}")).ToList();
        var command = connection.Command($"SELECT {PositionColumns} FROM vessel_positions WHERE cell IN ({string.Join(", ", names)}) AND t_ms BETWEEN @from AND @to");
        for (var i = 0; i < cells.Count; i++)
        {
            command.With(names[i], cells[i]);
        }

        return command;
    }

    // PostgreSQL: PostGIS — the positions' points in the box around the circle, by the GiST index
    // of each month in the window (the others are pruned). A bounding-box test on planar points
    // is what the index answers fastest (0.1 ms against 14 ms for ST_DWithin on geography, measured
    // in docs/performance.md); the caller cuts the box to the circle with the one distance both
    // engines use, so both return the same vessels and metres.
    private static DbCommand NearByPostGis(DbConnection connection, GeoPoint centre, double radiusMetres)
    {
        var (west, south, east, north) = TrackGrid.BoxAround(centre, radiusMetres);
        return connection.Command($"SELECT {PositionColumns} FROM vessel_positions WHERE place && ST_MakeEnvelope(@west, @south, @east, @north, 4326) AND t_ms BETWEEN @from AND @to")
            .With("@west", west).With("@south", south).With("@east", east).With("@north", north);
    }

    /// <summary>
    /// The positions of the vessels asked for between two times, by vessel and time (primary-key
    /// range reads). In <paramref name="fullResolutionCells"/> every position comes back; outside
    /// them (when given) at most the reports of the first 10 s of every minute — enough for speeds
    /// and for the ends of silences, and a sixth of the rows at a 10-s report rate. Ordered by
    /// vessel, then time.
    /// </summary>
    public Task<IReadOnlyList<StoredPosition>> TracksAsync(
        IReadOnlyCollection<uint> mmsis, DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<long>? fullResolutionCells, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mmsis);
        var keep = fullResolutionCells is { Count: > 0 }
            ? "t_ms % 60000 < 10000 OR cell IN (" + string.Join(", ", fullResolutionCells.Select(c => c.ToString(CultureInfo.InvariantCulture))) + ")"
            : "1 = 1";

        return database.WithConnectionAsync<IReadOnlyList<StoredPosition>>(
            async connection =>
            {
                var positions = new List<StoredPosition>();
                if (database.Engine == StorageEngine.Postgres)
                {
                    // One statement for every vessel: over a network a round trip per vessel is most of
                    // the forensic query's time (StoredForensicsBenchmark, performance.md). The server
                    // still reads each vessel's range by the primary key.
                    await using var all = connection.Command($"SELECT {PositionColumns} FROM vessel_positions WHERE mmsi = ANY(@mmsis) AND t_ms BETWEEN @from AND @to AND ({keep}) ORDER BY mmsi, t_ms")
                        .With("@mmsis", mmsis.Order().Select(m => (long)m).ToArray())
                        .With("@from", from.ToUnixTimeMilliseconds()).With("@to", to.ToUnixTimeMilliseconds());
                    await using var rows = await all.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        positions.Add(Read(rows));
                    }

                    return positions;
                }

                // SQLite runs in process: a primary-key range read per vessel costs no round trip.
                await using var command = connection.Command($"SELECT {PositionColumns} FROM vessel_positions WHERE mmsi = @mmsi AND t_ms BETWEEN @from AND @to AND ({keep}) ORDER BY t_ms");
                var mmsi = command.CreateParameter();
                mmsi.ParameterName = "@mmsi";
                command.Parameters.Add(mmsi);
                command.With("@from", from.ToUnixTimeMilliseconds()).With("@to", to.ToUnixTimeMilliseconds());
                foreach (var vessel in mmsis.Order())
                {
                    mmsi.Value = (long)vessel;
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        positions.Add(Read(reader));
                    }
                }

                return positions;
            },
            cancellationToken);
    }

    /// <summary>
    /// The picture at <paramref name="at"/>: each vessel's latest stored position in the
    /// <paramref name="window"/> before it (one primary-key seek per vessel), with what the
    /// vessels table knows of it. Vessels silent for longer are not on the picture.
    /// </summary>
    public Task<IReadOnlyList<(StoredPosition Position, string? Name, int? ShipType, bool ClassB)>> PictureAsync(DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken) =>
        database.WithConnectionAsync<IReadOnlyList<(StoredPosition, string?, int?, bool)>>(
            async connection =>
            {
                await using var command = connection.Command(
                    // Each vessel's latest time first (one primary-key probe per vessel), then one seek for
                    // its row. Written as a join with the subquery in the condition, SQLite's planner scanned
                    // every stored position and ran the subquery for each: 274 ms against 0.9 ms for 306
                    // vessels over 500,000 positions (docs/performance.md). MATERIALIZED and CROSS JOIN keep
                    // that order on SQLite; PostgreSQL plans it the same way.
                    $"""
                    WITH latest AS MATERIALIZED (
                        SELECT v.mmsi, v.name, v.ship_type, v.class_b,
                               (SELECT MAX(q.t_ms) FROM vessel_positions q WHERE q.mmsi = v.mmsi AND q.t_ms BETWEEN @from AND @to) AS t_ms
                        FROM vessels v
                        WHERE v.first_ms <= @to AND v.last_ms >= @from)
                    SELECT p.mmsi, p.t_ms, p.lon, p.lat, p.sog, p.cog, p.heading, p.status, l.name, l.ship_type, l.class_b
                    FROM latest l CROSS JOIN vessel_positions p
                    WHERE p.mmsi = l.mmsi AND p.t_ms = l.t_ms
                    ORDER BY p.mmsi
                    """).With("@from", (at - window).ToUnixTimeMilliseconds()).With("@to", at.ToUnixTimeMilliseconds());
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var picture = new List<(StoredPosition, string?, int?, bool)>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    picture.Add((Read(reader), reader.GetNullableString(8), reader.IsDBNull(9) ? null : Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(10), CultureInfo.InvariantCulture) != 0));
                }

                return picture;
            },
            cancellationToken);

    /// <summary>The first and last stored position time, or null when nothing is stored.</summary>
    public Task<(DateTimeOffset From, DateTimeOffset To)?> SpanAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync<(DateTimeOffset, DateTimeOffset)?>(
            async connection =>
            {
                await using var command = connection.Command("SELECT MIN(first_ms), MAX(last_ms) FROM vessels");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(0)
                    ? (DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)), DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)))
                    : null;
            },
            cancellationToken);

    /// <summary>The vessels with a stored position in any of <paramref name="cells"/> between two times (the cell + time index only).</summary>
    public Task<IReadOnlyList<uint>> VesselsInCellsAsync(IReadOnlyCollection<long> cells, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return database.WithConnectionAsync<IReadOnlyList<uint>>(
            async connection =>
            {
                var found = new SortedSet<uint>();
                await using var command = connection.Command("SELECT DISTINCT mmsi FROM vessel_positions WHERE cell = @cell AND t_ms BETWEEN @from AND @to");
                var cell = command.CreateParameter();
                cell.ParameterName = "@cell";
                command.Parameters.Add(cell);
                command.With("@from", from.ToUnixTimeMilliseconds()).With("@to", to.ToUnixTimeMilliseconds());
                foreach (var id in cells)
                {
                    cell.Value = id;
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        found.Add((uint)reader.GetInt64(0));
                    }
                }

                return [.. found];
            },
            cancellationToken);
    }

    /// <summary>
    /// The vessels with a stored position within <paramref name="metres"/> of a target (WKT in WGS 84:
    /// a cable's line, a point) between two times. PostgreSQL answers with PostGIS (the box around
    /// the target from the GiST index, then the corridor buffered on the sphere); SQLite, which has no
    /// geometry, reads <paramref name="cells"/> — the caller's grid cells covering the same corridor.
    /// The sphere's buffer is a polygon of 8 segments a quarter circle: its edge lies up to 0.5 %
    /// of the distance inside the exact one (150 m at 30 km).
    /// </summary>
    public Task<IReadOnlyList<uint>> VesselsNearTargetAsync(string targetWkt, double metres, (double West, double South, double East, double North) box, IReadOnlyCollection<long> cells, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetWkt);
        if (database.Engine != StorageEngine.Postgres)
        {
            return VesselsInCellsAsync(cells, from, to, cancellationToken);
        }

        return database.WithConnectionAsync<IReadOnlyList<uint>>(
            async connection =>
            {
                // The corridor is made once — the target buffered on the sphere, as a polygon — and cut
                // into pieces of at most 64 vertices, each with a tight box: a cable's corridor runs
                // diagonally across a sea, and its one box would hold most of the day's positions.
                // Each piece's box is read from the GiST index and its points tested for lying in it.
                // Measuring each position's distance on the geography instead (ST_DWithin on the
                // whole box) took 350–400 ms for a cable's 30 km corridor over a day (performance.md).
                await using var command = connection.Command(
                    "SELECT DISTINCT p.mmsi FROM (SELECT ST_Subdivide(ST_Buffer(ST_GeomFromText(@target, 4326)::geography, @metres)::geometry, 64) AS piece) z " +
                    "JOIN vessel_positions p ON p.place && z.piece AND ST_Intersects(p.place, z.piece) " +
                    "WHERE p.place && ST_MakeEnvelope(@west, @south, @east, @north, 4326) AND p.t_ms BETWEEN @from AND @to ORDER BY p.mmsi")
                    .With("@west", box.West).With("@south", box.South).With("@east", box.East).With("@north", box.North)
                    .With("@target", targetWkt).With("@metres", metres)
                    .With("@from", from.ToUnixTimeMilliseconds()).With("@to", to.ToUnixTimeMilliseconds());
                var found = new List<uint>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    found.Add((uint)reader.GetInt64(0));
                }

                return found;
            },
            cancellationToken);
    }

    /// <summary>Every MMSI whose latest static report carried <paramref name="imo"/>, ascending.</summary>
    public Task<IReadOnlyList<uint>> MmsisForImoAsync(int imo, CancellationToken cancellationToken) =>
        database.WithConnectionAsync<IReadOnlyList<uint>>(
            async connection =>
            {
                await using var command = connection.Command("SELECT mmsi FROM vessels WHERE imo = @imo ORDER BY mmsi").With("@imo", imo);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var found = new List<uint>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    found.Add((uint)reader.GetInt64(0));
                }

                return found;
            },
            cancellationToken);

    /// <summary>Latest state and identity of the vessels asked for, by MMSI.</summary>
    public Task<IReadOnlyList<StoredVessel>> VesselsAsync(IReadOnlyCollection<uint> mmsis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mmsis);
        return database.WithConnectionAsync<IReadOnlyList<StoredVessel>>(
            async connection =>
            {
                var result = new List<StoredVessel>();
                foreach (var chunk in mmsis.Chunk(500))
                {
                    var names = chunk.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@m{i}")).ToList();
                    await using var command = connection.Command(
                        $"SELECT mmsi, name, call_sign, imo, ship_type, length_m, beam_m, class_b, first_ms, last_ms, last_lon, last_lat, last_sog, last_cog, last_heading, last_status, positions FROM vessels WHERE mmsi IN ({string.Join(", ", names)}) ORDER BY mmsi");
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        command.With(names[i], (long)chunk[i]);
                    }

                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var mmsi = (uint)reader.GetInt64(0);
                        result.Add(new StoredVessel
                        {
                            Mmsi = mmsi,
                            Name = reader.GetNullableString(1),
                            CallSign = reader.GetNullableString(2),
                            Imo = reader.IsDBNull(3) ? null : reader.GetInt32(3),
                            ShipType = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                            LengthMetres = reader.IsDBNull(5) ? null : reader.GetInt32(5),
                            BeamMetres = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                            ClassB = Convert.ToBoolean(reader.GetValue(7), CultureInfo.InvariantCulture),
                            FirstSeen = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                            Last = new StoredPosition(mmsi, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)), reader.GetDouble(10), reader.GetDouble(11),
                                reader.IsDBNull(12) ? null : reader.GetDouble(12), reader.IsDBNull(13) ? null : reader.GetDouble(13), reader.IsDBNull(14) ? null : reader.GetInt32(14), reader.GetInt32(15)),
                            Positions = reader.GetInt32(16),
                        });
                    }
                }

                // By MMSI on both engines (and across chunks): callers and the engine parity test rely on one order.
                result.Sort((x, y) => x.Mmsi.CompareTo(y.Mmsi));
                return result;
            },
            cancellationToken);
    }

    /// <summary>The positions of one vessel between two times, oldest first.</summary>
    public Task<IReadOnlyList<StoredPosition>> TrackAsync(uint mmsi, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        database.WithConnectionAsync<IReadOnlyList<StoredPosition>>(
            async connection =>
            {
                await using var command = connection.Command($"SELECT {PositionColumns} FROM vessel_positions WHERE mmsi = @mmsi AND t_ms BETWEEN @from AND @to ORDER BY t_ms")
                    .With("@mmsi", (long)mmsi).With("@from", from.ToUnixTimeMilliseconds()).With("@to", to.ToUnixTimeMilliseconds());
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var track = new List<StoredPosition>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    track.Add(Read(reader));
                }

                return track;
            },
            cancellationToken);

    /// <summary>The identity history of one vessel, oldest first.</summary>
    public Task<IReadOnlyList<StoredIdentityChange>> IdentityHistoryAsync(uint mmsi, CancellationToken cancellationToken) =>
        database.WithConnectionAsync<IReadOnlyList<StoredIdentityChange>>(
            async connection =>
            {
                await using var command = connection.Command("SELECT field, value, first_ms, last_ms FROM vessel_identity_history WHERE mmsi = @mmsi ORDER BY first_ms, field")
                    .With("@mmsi", (long)mmsi);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var history = new List<StoredIdentityChange>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    history.Add(new StoredIdentityChange(mmsi, reader.GetString(0), reader.GetString(1),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
                }

                return history;
            },
            cancellationToken);

    /// <summary>Stored positions in total.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT COUNT(*) FROM vessel_positions");
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            },
            cancellationToken);

    private static StoredPosition Read(DbDataReader reader) => new(
        (uint)reader.GetInt64(0),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
        reader.GetDouble(2),
        reader.GetDouble(3),
        reader.IsDBNull(4) ? null : reader.GetDouble(4),
        reader.IsDBNull(5) ? null : reader.GetDouble(5),
        reader.IsDBNull(6) ? null : reader.GetInt32(6),
        reader.GetInt32(7));

    private static async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StoredPosition> positions, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(
            $"INSERT INTO vessel_positions ({PositionColumns}, cell) VALUES (@mmsi, @t, @lon, @lat, @sog, @cog, @heading, @status, @cell) ON CONFLICT (mmsi, t_ms) DO NOTHING",
            transaction);
        var mmsi = Parameter(insert, "@mmsi");
        var time = Parameter(insert, "@t");
        var lon = Parameter(insert, "@lon");
        var lat = Parameter(insert, "@lat");
        var sog = Parameter(insert, "@sog");
        var cog = Parameter(insert, "@cog");
        var heading = Parameter(insert, "@heading");
        var status = Parameter(insert, "@status");
        var cell = Parameter(insert, "@cell");
        await insert.PrepareAsync(cancellationToken).ConfigureAwait(false);
        var inserted = 0;
        foreach (var p in positions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            mmsi.Value = (long)p.Mmsi;
            time.Value = p.Time.ToUnixTimeMilliseconds();
            lon.Value = p.Longitude;
            lat.Value = p.Latitude;
            sog.Value = (object?)p.SpeedKnots ?? DBNull.Value;
            cog.Value = (object?)p.CourseDegrees ?? DBNull.Value;
            heading.Value = (object?)p.Heading ?? DBNull.Value;
            status.Value = p.Status;
            cell.Value = TrackGrid.Cell(p.Longitude, p.Latitude);
            inserted += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return inserted;
    }

    // PostgreSQL: binary COPY into a temporary table, then one INSERT … ON CONFLICT, so a batch
    // costs a few round trips instead of one per row.
    private static async Task<int> CopyAsync(NpgsqlConnection connection, IReadOnlyList<StoredPosition> positions, CancellationToken cancellationToken)
    {
        // The monthly partitions the batch needs (migration 0009), before any row arrives.
        var months = positions.Select(p => p.Time.UtcDateTime).Select(t => new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds()).Distinct().ToArray();
        await using (var partitions = new NpgsqlCommand("SELECT bolwerk_position_partition(m) FROM unnest(@months) AS m", connection))
        {
            partitions.Parameters.AddWithValue("months", months);
            await partitions.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE IF NOT EXISTS incoming_positions (LIKE vessel_positions INCLUDING DEFAULTS) ON COMMIT DELETE ROWS", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var import = await connection.BeginBinaryImportAsync($"COPY incoming_positions ({PositionColumns}, cell) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var p in positions)
            {
                await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await import.WriteAsync((long)p.Mmsi, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(p.Time.ToUnixTimeMilliseconds(), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(p.Longitude, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(p.Latitude, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(import, p.SpeedKnots, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(import, p.CourseDegrees, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(import, p.Heading, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(p.Status, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(TrackGrid.Cell(p.Longitude, p.Latitude), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            }

            await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var merge = new NpgsqlCommand(
            $"INSERT INTO vessel_positions ({PositionColumns}, cell) SELECT DISTINCT ON (mmsi, t_ms) {PositionColumns}, cell FROM incoming_positions ORDER BY mmsi, t_ms ON CONFLICT (mmsi, t_ms) DO NOTHING",
            connection);
        return await merge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } v)
        {
            await import.WriteAsync(v, type, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await import.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
