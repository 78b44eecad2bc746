using System.Globalization;
using Bolwerk.Identifiers;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// watchlisted-vessel: a vessel whose MMSI, or an IMO it reports, is on the watch list. The match
/// is made as soon as the identifier is seen (so the other detectors can weigh it); the alert
/// covers the whole time the vessel was seen and is raised when the input ends.
/// </summary>
internal sealed class WatchListDetector(DetectorContext context)
{
    private readonly Dictionary<uint, (VesselState Vessel, WatchListEntry Entry, string MatchedOn)> _matches = [];

    public void OnNewVessel(VesselState vessel)
    {
        if (context.WatchList is { } list && vessel.Mmsi <= Mmsi.MaxValue && list.Find(Mmsi.FromValue(vessel.Mmsi)) is { } entry)
        {
            Match(vessel, entry, string.Create(CultureInfo.InvariantCulture, $"MMSI {vessel.Mmsi:D9}"));
        }
    }

    public void OnImo(VesselState vessel, int imo)
    {
        if (context.WatchList is { } list && !_matches.ContainsKey(vessel.Mmsi) && ImoNumber.TryFromValue(imo, out var number) && list.Find(number) is { } entry)
        {
            Match(vessel, entry, string.Create(CultureInfo.InvariantCulture, $"IMO {number}"));
        }
    }

    public void Complete()
    {
        foreach (var (vessel, entry, matchedOn) in _matches.Values.OrderBy(match => match.Vessel.Mmsi))
        {
            if (!vessel.HasPosition)
            {
                continue;
            }

            var listed = entry.Name is { Length: > 0 } name ? $" as '{name}'" : string.Empty;
            var reported = vessel.Identity.Name is { Length: > 0 } current ? $"; it calls itself '{current}'" : string.Empty;
            var explanation = string.Create(CultureInfo.InvariantCulture, $"{DetectorContext.Describe(vessel)} matches the watch list on {matchedOn} (listed{listed}, line {entry.Line}){reported}; seen {vessel.Positions} positions");
            context.Raise(DetectorContext.Alert(MaritimeAlertKinds.WatchlistedVessel, vessel, vessel.FirstTimeMs, vessel.Last.TimeMs, matchedOn.StartsWith("IMO", StringComparison.Ordinal) ? 1.0 : 0.9, explanation) with
            {
                Evidence = [vessel.Last],
            });
        }
    }

    private void Match(VesselState vessel, WatchListEntry entry, string matchedOn)
    {
        _matches[vessel.Mmsi] = (vessel, entry, matchedOn);
        context.WatchListed[vessel.Mmsi] = entry;
    }

    internal void WriteTo(WatchStateWriter writer) =>
        writer.WriteAll(_matches.Values, match =>
        {
            writer.Write(match.Vessel.Mmsi);
            writer.Write(match.Entry);
            writer.Write(match.MatchedOn);
        });

    internal void ReadFrom(WatchStateReader reader, Func<uint, VesselState> vessel)
    {
        // The context's watch-listed vessels are these matches: restored through Match, not saved twice.
        _matches.Clear();
        for (var n = reader.ReadCount(minimumItemBytes: 9); n > 0; n--)
        {
            Match(vessel(reader.ReadUInt32()), reader.ReadEntry(), reader.ReadString());
        }
    }
}
