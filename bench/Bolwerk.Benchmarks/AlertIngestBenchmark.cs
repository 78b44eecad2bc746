using BenchmarkDotNet.Attributes;
using Bolwerk.Alerts;
using Bolwerk.Geodesy;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Bolwerk.Time;

namespace Bolwerk.Benchmarks;

/// <summary>
/// Transactional, idempotent ingest of alert batches into SQLite (WAL, synchronous=NORMAL), and
/// the cost of a replayed batch, which must write nothing. Each iteration uses fresh ingest keys,
/// so the database grows over the run as it would in service.
/// </summary>
public class AlertIngestBenchmark
{
    private string _directory = "";
    private BolwerkDatabase _database = null!;
    private AlertStore _store = null!;
    private Alert[] _batch = [];
    private int _round;

    [Params(100, 1000)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _directory = Directory.CreateTempSubdirectory("bolwerk-bench-").FullName;
        _database = BolwerkDatabase.Open(Path.Combine(_directory, "bench.db"));
        await new Migrator(_database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        await new AccountStore(_database, TimeProvider.System).EnsureOrganisationAsync("bench", "Bench", CancellationToken.None);
        _store = new AlertStore(_database, TimeProvider.System);
    }

    [IterationSetup]
    public void FreshBatch()
    {
        _round++;
        var start = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);
        var evidence = new Evidence("track-slice", "2.1 kn for 34 min", "AIS", AdmiraltyGrade.Parse("B2"), start, new Dictionary<string, string> { ["mean_sog_kn"] = "2.1" });
        _batch = Enumerable.Range(0, BatchSize).Select(i => new Alert(
            IngestKeys.From("bench", _round.ToString(System.Globalization.CultureInfo.InvariantCulture), i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "maritime.cable-slow-transit", "Slow transit", AlertSeverity.High, new TimeRange(start, start.AddMinutes(34)),
            new GeoPoint(52.5, 3.9), "mmsi:244000000", "bench/1", Tlp.Amber, [evidence])).ToArray();
    }

    [Benchmark]
    public Task<IngestResult> IngestNewBatch() =>
        _store.IngestAsync("bench", $"batch-{_round}", _batch, "bench", "bench", CancellationToken.None);

    [Benchmark]
    public async Task<IngestResult> IngestThenReplay()
    {
        await _store.IngestAsync("bench", $"replay-{_round}", _batch, "bench", "bench", CancellationToken.None);
        return await _store.IngestAsync("bench", $"replay-{_round}", _batch, "bench", "bench", CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _database.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
