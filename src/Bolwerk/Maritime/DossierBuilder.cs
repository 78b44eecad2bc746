using Bolwerk.Identifiers;
using Bolwerk.Maritime.Dossiers;
using Bolwerk.Maritime.WatchLists;
using Bolwerk.Security;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;

namespace Bolwerk.Host.Maritime;

/// <summary>
/// Builds a vessel dossier from the database: by MMSI, or by IMO across every MMSI that reported
/// it (so reflagging shows), with identity history, the maritime alerts the reader may see, the
/// watch-list match and the shadow-fleet risk score.
/// </summary>
internal sealed class DossierBuilder(TrackStore tracks, AlertStore alerts)
{
    /// <summary>Null when nothing is stored for the vessel. <paramref name="reader"/> filters alerts by marking (null: all).</summary>
    public async Task<VesselDossier?> BuildAsync(uint? mmsi, int? imo, WatchList? watchList, Principal? reader, CancellationToken cancellationToken)
    {
        var mmsis = new SortedSet<uint>();
        if (mmsi is { } m)
        {
            mmsis.Add(m);
        }

        var stored = await tracks.VesselsAsync(mmsis, cancellationToken);
        var knownImo = imo ?? stored.Select(v => v.Imo).FirstOrDefault(i => i is not null);
        IReadOnlyList<uint> sharingImo = knownImo is { } i ? await tracks.MmsisForImoAsync(i, cancellationToken) : [];
        mmsis.UnionWith(sharingImo);

        if (mmsis.Count == 0)
        {
            return null;
        }

        var identities = new List<DossierIdentity>();
        foreach (var vessel in mmsis)
        {
            identities.AddRange((await tracks.IdentityHistoryAsync(vessel, cancellationToken)).Select(h => new DossierIdentity(vessel, h.Field, h.Value, h.FirstSeen, h.LastSeen)));
        }

        // Vessels found by their IMO come from the vessels table, so they exist even without history.
        if (identities.Count == 0 && stored.Count == 0 && sharingImo.Count == 0)
        {
            return null;
        }

        var subjects = mmsis.Select(v => "mmsi:" + v.ToString("D9", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var found = (await alerts.ListBySubjectsAsync(subjects, cancellationToken))
            .Where(a => a.Alert.Kind.StartsWith("maritime.", StringComparison.Ordinal) && (reader is null || AccessPolicy.CanRead(reader, a.Marking).Allowed))
            .Select(a => new DossierAlert(a.Alert.Kind["maritime.".Length..], uint.Parse(a.Alert.Subject!.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture), a.Alert.Observed.Start, a.Alert.Observed.End, a.Alert.Title, a.Alert.Evidence.Count > 0 ? a.Alert.Evidence[0].Summary : a.Alert.Title))
            .ToList();
        string? listed = null;
        if (watchList is not null)
        {
            var entry = (knownImo is { } number && ImoNumber.TryFromValue(number, out var valid) ? watchList.Find(valid) : null)
                ?? mmsis.Select(v => watchList.Find(Mmsi.FromValue(v))).FirstOrDefault(e => e is not null);
            listed = entry is null ? null : $"{entry.Name} (IMO {entry.Imo?.ToString() ?? "-"}, MMSI {entry.Mmsi?.ToString() ?? "-"}) at {entry.Source}:{entry.Line}";
        }
        else if (found.Any(a => a.Kind == Bolwerk.Maritime.Detection.MaritimeAlertKinds.WatchlistedVessel))
        {
            listed = found.First(a => a.Kind == Bolwerk.Maritime.Detection.MaritimeAlertKinds.WatchlistedVessel).Explanation;
        }

        var facts = new DossierFacts { Mmsis = [.. mmsis], Imo = knownImo, Identities = identities, Alerts = found, WatchListEntry = listed };
        return new VesselDossier(facts, ShadowFleetRisk.Assess(facts));
    }
}
