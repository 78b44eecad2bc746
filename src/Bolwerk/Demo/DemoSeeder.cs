using System.Globalization;
using Bolwerk.Alerts;
using Bolwerk.Geodesy;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Time;

namespace Bolwerk.Host.Demo;

/// <summary>
/// Loads the demo: three organisations, a demo admin, and illustrative alerts near the BritNed
/// and NorNed interconnector landfalls. Every alert is labelled "[demo]" with detector
/// "demo-seed/1": it is sample data, not a detection. Seeding is idempotent (fixed ingest and
/// batch keys), so running the demo again adds nothing twice.
/// </summary>
internal sealed class DemoSeeder(AccountStore accounts, AccountPasswords passwords, AlertStore alerts, TimeProvider time)
{
    public const string AdminName = "demo-admin";
    public const string ViewerName = "demo-viewer";
    private const string BatchKey = "demo-seed-v1";

    /// <summary>
    /// Seeds, and gives the demo admin and a read-only demo viewer a fresh random password for the
    /// web login (new on every run: a demo left running is not an open door with a known key).
    /// </summary>
    public async Task<(UserAccount Admin, IssuedToken Token, string Password, IngestResult Alerts)> SeedAsync(CancellationToken cancellationToken)
    {
        await accounts.EnsureOrganisationAsync("kustwacht", "Kustwacht Nederland", cancellationToken);
        await accounts.EnsureOrganisationAsync("nctv", "NCTV", cancellationToken);
        await accounts.EnsureOrganisationAsync("defensie", "Ministerie van Defensie", cancellationToken);
        var admin = await accounts.FindUserByNameAsync(AdminName, cancellationToken)
            ?? await accounts.CreateUserAsync(AdminName, "kustwacht", Role.Admin, cancellationToken);
        var viewer = await accounts.FindUserByNameAsync(ViewerName, cancellationToken)
            ?? await accounts.CreateUserAsync(ViewerName, "kustwacht", Role.Viewer, cancellationToken);
        var token = await accounts.IssueTokenAsync(admin.Id, "demo", time.GetUtcNow().AddDays(7), cancellationToken);
        var password = System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 16);
        await passwords.SetAsync(admin.Id, password, cancellationToken);
        await passwords.SetAsync(viewer.Id, password, cancellationToken);

        var ownAlerts = await alerts.IngestAsync("demo", BatchKey, KustwachtAlerts(), "kustwacht", admin.Id, cancellationToken);
        // One RED alert owned by another organisation: the demo admin will see it withheld.
        await alerts.IngestAsync("demo", BatchKey + "-nctv", [Demo(4, "Identity mismatch: MMSI MID 273 (Russia), flag Cameroon", AlertSeverity.High, Tlp.Red, new GeoPoint(52.1, 3.2), "mmsi:273000004")], "nctv", "nctv", cancellationToken);
        return (admin, token, password, ownAlerts);
    }

    private static IEnumerable<Alert> KustwachtAlerts() =>
    [
        Demo(0, "Slow transit over BritNed corridor, 2.1 kn for 34 min", AlertSeverity.High, Tlp.Amber, new GeoPoint(51.80, 3.20), "mmsi:636000001"),
        Demo(1, "AIS gap of 3 h 10 min ending near NorNed", AlertSeverity.Medium, Tlp.Amber, new GeoPoint(53.90, 6.10), "mmsi:667000002"),
        Demo(2, "Loitering 2 h 40 min within 1 km of NorNed", AlertSeverity.High, Tlp.AmberStrict, new GeoPoint(54.40, 6.00), "mmsi:613000003"),
        Demo(3, "Vessel on EU Annex XLII list entered the Dutch EEZ", AlertSeverity.Critical, Tlp.Green, new GeoPoint(52.60, 3.40), "imo:9329760"),
    ];

    private static Alert Demo(int index, string title, AlertSeverity severity, Tlp tlp, GeoPoint location, string subject)
    {
        var start = new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero).AddHours(index * 3);
        var evidence = new Evidence(
            "demo",
            "Illustrative sample shipped with the demo; not derived from real traffic.",
            "bolwerk demo",
            AdmiraltyGrade.Parse("F6"),
            start,
            new Dictionary<string, string> { ["sample"] = "true" });
        return new Alert(
            IngestKeys.From("demo-seed/1", index.ToString(CultureInfo.InvariantCulture)),
            "demo.sample",
            "[demo] " + title,
            severity,
            new TimeRange(start, start.AddMinutes(40)),
            location,
            subject,
            "demo-seed/1",
            tlp,
            [evidence]);
    }
}
