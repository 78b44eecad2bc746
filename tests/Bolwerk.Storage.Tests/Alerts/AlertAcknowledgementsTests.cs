using Bolwerk.Marking;
using Bolwerk.Storage.Alerts;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Alerts;

/// <summary>Acknowledgements on both engines: the first stands, lookups return only what exists.</summary>
public sealed class AlertAcknowledgementsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task The_first_acknowledgement_stands(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await new Bolwerk.Storage.Accounts.AccountStore(db.Database, db.Time).EnsureOrganisationAsync("kustwacht", "Kustwacht", CancellationToken.None);
        var alerts = new AlertStore(db.Database, db.Time);
        await alerts.IngestAsync("t", "b", [SampleAlerts.SlowTransit(1, Tlp.Green), SampleAlerts.SlowTransit(2, Tlp.Green)], "kustwacht", "ana", CancellationToken.None);
        var ids = (await alerts.ListAsync(10, CancellationToken.None)).Select(a => a.Id).ToList();
        var acknowledgements = new AlertAcknowledgements(db.Database);

        var first = await acknowledgements.AcknowledgeAsync(ids[0], "ana", T0, "vessel contacted", CancellationToken.None);
        var second = await acknowledgements.AcknowledgeAsync(ids[0], "bob", T0.AddMinutes(5), null, CancellationToken.None);

        second.ShouldBe(first);
        (first.By, first.At, first.Note).ShouldBe(("ana", T0, "vessel contacted"));
        var found = await acknowledgements.ForAsync(ids, CancellationToken.None);
        found.Keys.ShouldBe([ids[0]]);
    }
}
