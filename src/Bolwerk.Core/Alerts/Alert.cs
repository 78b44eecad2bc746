using Bolwerk.Geodesy;
using Bolwerk.Marking;
using Bolwerk.Time;

namespace Bolwerk.Alerts;

/// <summary>
/// What a detector raises: a claim that something needs attention, with the evidence for it.
/// Capability libraries emit alerts; the case file takes them in as evidence.
/// </summary>
/// <param name="IngestKey">
/// Deterministic key of this alert (see <see cref="IngestKeys"/>): the same detection replayed
/// gives the same key, so storing it twice stores it once.
/// </param>
/// <param name="Kind">Dotted detector kind, e.g. "maritime.cable-slow-transit".</param>
/// <param name="Title">One line for a list, e.g. "Slow transit over NorNed, 2.1 kn for 34 min".</param>
/// <param name="Severity">Urgency.</param>
/// <param name="Observed">When the behaviour took place.</param>
/// <param name="Location">Where, when the alert has a place.</param>
/// <param name="Subject">Whom it concerns, as a typed key, e.g. "mmsi:244123456", or null.</param>
/// <param name="Detector">Name and version of the rule or model that raised it.</param>
/// <param name="Tlp">The marking the detector proposes; storage may only make it stricter.</param>
/// <param name="Evidence">The evidence, in the order a reader should see it.</param>
public sealed record Alert(
    string IngestKey,
    string Kind,
    string Title,
    AlertSeverity Severity,
    TimeRange Observed,
    GeoPoint? Location,
    string? Subject,
    string Detector,
    Tlp Tlp,
    IReadOnlyList<Evidence> Evidence);
