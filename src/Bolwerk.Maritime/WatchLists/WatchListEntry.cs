using Bolwerk.Identifiers;

namespace Bolwerk.Maritime.WatchLists;

/// <summary>One vessel on a watch list: at least one of its IMO number and MMSI.</summary>
/// <param name="Imo">IMO ship identification number (check digit verified), if the list gives one.</param>
/// <param name="Mmsi">MMSI, if the list gives one.</param>
/// <param name="Name">Vessel name as listed, if any.</param>
/// <param name="Listed">Listing or application date as written in the list, if any.</param>
/// <param name="Source">The list file.</param>
/// <param name="Line">Line of the entry in that file.</param>
public sealed record WatchListEntry(ImoNumber? Imo, Mmsi? Mmsi, string? Name, string? Listed, string Source, long Line);
