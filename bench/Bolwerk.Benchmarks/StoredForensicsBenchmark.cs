using BenchmarkDotNet.Attributes;
using Bolwerk.Host.Maritime;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Marking;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Bolwerk.Storage.Tracks;

namespace Bolwerk.Benchmarks;

/// <summary>
/// A forensic query answered from the embedded store (issue 5: under one second once ingested):
/// a simulated 24-hour North Sea day on the schematic layers (≈ 1.9 M sentences, 360 vessels)
/// decoded, watched and stored into a fresh SQLite file in setup; the benchmark is the query
/// "who was at COBRAcable at 04:50" (± 12 h) from the stored tracks and alerts. With
/// BOLWERK_BENCH_POSTGRES set to an admin connection string (a server with PostGIS) the same runs
/// on PostgreSQL too, in a database made for the run and dropped after it.
/// </summary>
public class StoredForensicsBenchmark
{
    private const string PostgresVariable = "BOLWERK_BENCH_POSTGRES";
    private string? _directory;
    private string? _postgresDatabase;
    private BolwerkDatabase _database = null!;
    private StoredForensics _forensics = null!;
    private ForensicQuery _query = null!;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = "sqlite";

    public static IEnumerable<string> Engines => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } ? ["sqlite", "postgres"] : ["sqlite"];

    [GlobalSetup]
    public void Setup()
    {
        var root = AisArchiveBenchmark.RepositoryRoot();
        var assets = AssetLayerReader.Read(Path.Combine(root, "data", "maritime", "simulation", "north-sea-schematic-assets.geojson"));
        var lanes = AssetLayerReader.Read(Path.Combine(root, "data", "maritime", "simulation", "north-sea-lanes.geojson"));
        using var nmea = new StringWriter();
        MaritimeSimulation.Run(assets, lanes, new SimulationOptions(), nmea);

        _database = BolwerkDatabase.Open(Engine == "postgres" ? CreatePostgresDatabase() : Path.Combine(_directory = Directory.CreateTempSubdirectory("bolwerk-bench-forensics-").FullName, "day.db"));
        new Migrator(_database, TimeProvider.System).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        new AccountStore(_database, TimeProvider.System).EnsureOrganisationAsync("kustwacht", "Kustwacht", CancellationToken.None).GetAwaiter().GetResult();
        var tracks = new TrackStore(_database);
        var alerts = new AlertStore(_database, TimeProvider.System);
        var raised = new List<MaritimeAlert>();
        var positions = new List<StoredPosition>();
        var options = new DetectionOptions();
        var watch = new MaritimeWatch(options, new AssetProximity(assets, 1_000, 10_000), null, raised.Add)
        {
            Accepted = (mmsi, p) => positions.Add(new StoredPosition(mmsi, p.Time, p.Longitude, p.Latitude, p.HasSpeed ? p.SpeedKnots : null,
                float.IsNaN(p.CourseDegrees) ? null : p.CourseDegrees, p.Heading >= 0 ? p.Heading : null, p.Status)),
        };
        new WatchFeed(watch).DecodeAll(nmea.ToString());
        watch.Complete();
        foreach (var batch in positions.Chunk(50_000))
        {
            tracks.AppendAsync(batch, CancellationToken.None).GetAwaiter().GetResult();
        }

        alerts.IngestAsync("bench", "bench", raised.Select(a => MaritimeAlertConversion.ToAlert(a, Tlp.Amber)), "kustwacht", "bench", CancellationToken.None).GetAwaiter().GetResult();
        _forensics = new StoredForensics(tracks, alerts);
        _query = new ForensicQuery { Asset = assets.First(a => a.Id == "schematic-cobra"), FaultTime = new DateTimeOffset(2026, 3, 1, 4, 50, 0, TimeSpan.Zero) };
        Console.WriteLine($"// stored {positions.Count} positions, {raised.Count} alerts");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }

        if (_postgresDatabase is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            AdminCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\"");
        }
    }

    private string CreatePostgresDatabase()
    {
        _postgresDatabase = "bolwerk_bench_" + Guid.NewGuid().ToString("N");
        AdminCommand($"CREATE DATABASE \"{_postgresDatabase}\"");
        return new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Database = _postgresDatabase }.ConnectionString;
    }

    private static void AdminCommand(string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The query; returns the number of candidates.</summary>
    [Benchmark]
    public int QueryFromStore() => _forensics.RankAsync(_query, mayRead: null, CancellationToken.None).GetAwaiter().GetResult().Candidates.Count;
}
