using System.Text.Json;
using Bolwerk.Alerts;
using Bolwerk.Grading;
using Bolwerk.Host.Maritime;
using Bolwerk.Marking;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;
using Bolwerk.Time;

namespace Bolwerk.Tests.Cli;

/// <summary>The vessel dossier: across the MMSIs of one IMO from the database (both engines), and `maritime vessel` as a child process.</summary>
public sealed class MaritimeVesselCliTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-vessel-").FullName;

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_dossier_by_imo_gathers_every_mmsi_so_reflagging_and_alerts_show(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await new AccountStore(db.Database, db.Time).EnsureOrganisationAsync("kustwacht", "Kustwacht", CancellationToken.None);
        var tracks = new TrackStore(db.Database);
        var alerts = new AlertStore(db.Database, db.Time);
        StoredPosition At(uint mmsi, int days) => new(mmsi, T0.AddDays(days), 3.0, 54.0, 10, 90, 90, 0);
        await tracks.SaveVesselsAsync(
            [
                new StoredVessel { Mmsi = 244000001, Name = "OLD NAME", Imo = 9329760, FirstSeen = T0, Last = At(244000001, 10), Positions = 5 },
                new StoredVessel { Mmsi = 613000001, Name = "NEW NAME", Imo = 9329760, FirstSeen = T0.AddDays(30), Last = At(613000001, 60), Positions = 5 },
                new StoredVessel { Mmsi = 636000009, Name = "UNRELATED", Imo = 9876543, FirstSeen = T0, Last = At(636000009, 1), Positions = 5 },
            ],
            [
                new StoredIdentityChange(244000001, "flag", "NL", T0, T0.AddDays(10)),
                new StoredIdentityChange(613000001, "flag", "CM", T0.AddDays(30), T0.AddDays(60)),
                new StoredIdentityChange(613000001, "name", "NEW NAME", T0.AddDays(30), T0.AddDays(60)),
            ],
            CancellationToken.None);
        var gap = new Alert(IngestKeys.From("t", "gap"), "maritime.ais-gap", "ais-gap: NEW NAME", AlertSeverity.Medium, new TimeRange(T0.AddDays(40), T0.AddDays(40).AddHours(6)), null,
            "mmsi:613000001", "maritime-watch/ais-gap", Tlp.Amber, [new Evidence("ais-track", "went dark 6 h", "test", AdmiraltyGrade.Parse("B2"), T0, new Dictionary<string, string>())]);
        await alerts.IngestAsync("test", "b1", [gap], "kustwacht", "test", CancellationToken.None);

        var dossier = await new DossierBuilder(tracks, alerts).BuildAsync(null, 9329760, null, null, CancellationToken.None);

        dossier.ShouldNotBeNull();
        dossier.Facts.Mmsis.ShouldBe([244000001u, 613000001u]);
        dossier.Facts.Alerts.ShouldHaveSingleItem().Kind.ShouldBe("ais-gap");
        var factors = dossier.Risk.Factors.ToDictionary(f => f.Name);
        factors["flagChanges"].Explanation.ShouldBe("reflagged: NL → CM under 2 MMSIs");
        factors["flagOfConvenience"].Value.ShouldBe(1);
        factors["aisGaps"].Value.ShouldBeGreaterThan(0);
        (await new DossierBuilder(tracks, alerts).BuildAsync(999000999, null, null, null, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Maritime_vessel_prints_the_eagle_s_replay_dossier_with_its_listing()
    {
        (await CliProcess.RunAsync(_directory, "maritime", "simulate", "--incident", "eagle-s", "--vessels", "5", "--instances", "0", "--out", "day.nmea")).ExitCode.ShouldBe(0);
        (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", "t.db")).ExitCode.ShouldBe(0);
        var annex = Path.Combine(AppContext.BaseDirectory, "Fixtures", "eu_annex_xlii_designated_vessels_2025-10-23.csv");
        var cables = Path.Combine(AppContext.BaseDirectory, "data", "maritime", "infrastructure", "baltic", "submarine_power_cables.geojson");
        (await CliProcess.RunAsync(_directory, "maritime", "ingest", "-d", "t.db", "--org", "kustwacht", "--assets", cables, "--watchlist", annex, "day.nmea")).ExitCode.ShouldBe(0);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "maritime", "vessel", "IMO 9329760", "-d", "t.db", "--format", "json");

        exit.ShouldBe(0, stderr);
        var dossier = JsonDocument.Parse(stdout).RootElement;
        dossier.GetProperty("facts").GetProperty("mmsis")[0].GetUInt32().ShouldBe(518100001u);
        var factors = dossier.GetProperty("risk").GetProperty("factors").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
        factors["watchListed"].GetProperty("value").GetDouble().ShouldBe(1);
        factors["watchListed"].GetProperty("explanation").GetString()!.ShouldContain("listed as 'Eagle S'");
        factors["flagOfConvenience"].GetProperty("explanation").GetString()!.ShouldContain("Cook Islands");
        dossier.GetProperty("risk").GetProperty("score").GetDouble().ShouldBeGreaterThan(0.4);

        var (missing, _, _) = await CliProcess.RunAsync(_directory, "maritime", "vessel", "244000001", "-d", "t.db");
        missing.ShouldBe(1);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
