using Bolwerk.Grading;

namespace Bolwerk.Alerts;

/// <summary>
/// One piece of evidence behind an alert or in a case file: what it is, where it came from, how
/// far it can be trusted, and the facts it establishes.
/// </summary>
/// <param name="Kind">What sort of evidence, e.g. "track-slice", "asset", "rule", "list-entry", "post-cluster".</param>
/// <param name="Summary">One sentence a reader understands without the data.</param>
/// <param name="Source">Where it came from, e.g. "AIS terrestrial feed (Kystverket)".</param>
/// <param name="Grade">Admiralty grade of source and information.</param>
/// <param name="CollectedAt">When the underlying data was observed or collected.</param>
/// <param name="Facts">Named values the evidence establishes (thresholds met, distances, counts), as invariant text.</param>
/// <param name="Reference">Pointer to the underlying data (URI or store key), or null.</param>
public sealed record Evidence(
    string Kind,
    string Summary,
    string Source,
    AdmiraltyGrade Grade,
    DateTimeOffset CollectedAt,
    IReadOnlyDictionary<string, string> Facts,
    string? Reference = null);
