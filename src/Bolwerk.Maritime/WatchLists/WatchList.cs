using Bolwerk.Identifiers;

namespace Bolwerk.Maritime.WatchLists;

/// <summary>Vessels to watch, looked up by IMO number or MMSI (e.g. the EU Annex XLII shadow-fleet list).</summary>
public sealed class WatchList
{
    private readonly Dictionary<int, WatchListEntry> _byImo = [];
    private readonly Dictionary<uint, WatchListEntry> _byMmsi = [];

    /// <summary>Builds the list; a vessel listed twice keeps its first entry.</summary>
    public WatchList(IEnumerable<WatchListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var kept = new List<WatchListEntry>();
        foreach (var entry in entries)
        {
            var duplicate = (entry.Imo is { } imo && _byImo.ContainsKey(imo.Value)) || (entry.Mmsi is { } mmsi && _byMmsi.ContainsKey(mmsi.Value));
            if (duplicate)
            {
                Duplicates++;
                continue;
            }

            if (entry.Imo is { } i)
            {
                _byImo[i.Value] = entry;
            }

            if (entry.Mmsi is { } m)
            {
                _byMmsi[m.Value] = entry;
            }

            kept.Add(entry);
        }

        Entries = kept;
    }

    /// <summary>The vessels, in list order, without repeats.</summary>
    public IReadOnlyList<WatchListEntry> Entries { get; }

    /// <summary>Entries dropped because their IMO number or MMSI was already listed.</summary>
    public int Duplicates { get; }

    /// <summary>The entry for <paramref name="imo"/>, or null.</summary>
    public WatchListEntry? Find(ImoNumber imo) => _byImo.GetValueOrDefault(imo.Value);

    /// <summary>The entry for <paramref name="mmsi"/>, or null.</summary>
    public WatchListEntry? Find(Mmsi mmsi) => _byMmsi.GetValueOrDefault(mmsi.Value);
}
