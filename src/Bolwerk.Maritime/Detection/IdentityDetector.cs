using System.Globalization;
using Bolwerk.Identifiers;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// identity-conflict from what a vessel says about itself: an MMSI that no ship may carry
/// (wrong length, unallocated MID, not a ship station), an IMO number whose check digit fails,
/// a name, call sign or IMO that flips back to an earlier value (two transmitters sharing one
/// MMSI), one IMO reported by two MMSIs at once far apart, and Class A and Class B reports under
/// one MMSI. One alert per vessel and reason.
/// </summary>
internal sealed class IdentityDetector(DetectorContext context)
{
    /// <summary>Called for the first accepted position of a vessel.</summary>
    public void OnFirstPosition(VesselState vessel, in TrackPoint point)
    {
        if (vessel.Mmsi > Mmsi.MaxValue)
        {
            Raise(vessel, "mmsi", point.TimeMs, 0.7, $"MMSI {vessel.Mmsi} has more than nine digits");
            return;
        }

        var mmsi = Mmsi.FromValue(vessel.Mmsi);
        if (mmsi.Kind != MmsiKind.Ship)
        {
            Raise(vessel, "mmsi", point.TimeMs, 0.7, string.Create(CultureInfo.InvariantCulture, $"MMSI {mmsi} sends ship position reports but is not a ship station's MMSI (it reads as {Kind(mmsi.Kind)})"));
        }
        else if (!mmsi.IsWellFormed)
        {
            Raise(vessel, "mmsi", point.TimeMs, 0.7, string.Create(CultureInfo.InvariantCulture, $"MMSI {mmsi} has MID {mmsi.Mid}, which the ITU has not allocated to any country"));
        }
    }

    /// <summary>Called when a position report's class differs from what the vessel sent before.</summary>
    public void OnMixedClass(VesselState vessel, long timeMs) =>
        Raise(vessel, "class", timeMs, 0.6, string.Create(CultureInfo.InvariantCulture, $"MMSI {vessel.Mmsi:D9} sends both Class A and Class B position reports: two transponders share the number"));

    /// <summary>Called for every identity field reported, with how it relates to the history.</summary>
    public void OnIdentityField(VesselState vessel, string field, string value, IdentityObservation observation, long timeMs)
    {
        if (field == "imo" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var imo) && !ImoNumber.IsValid(imo))
        {
            var problem = imo is >= 1_000_000 and <= 9_999_999
                ? string.Create(CultureInfo.InvariantCulture, $"whose check digit is wrong (expected {ImoNumber.ComputeCheckDigit(imo / 10)})")
                : "which is not a seven-digit IMO number";
            Raise(vessel, "imo-check:" + value, timeMs, 0.7, $"{DetectorContext.Describe(vessel)} reports IMO {value}, {problem}");
        }

        if (observation == IdentityObservation.ReturnedToEarlierValue && field != "shipType")
        {
            var values = vessel.History.DistinctValues(field);
            Raise(vessel, "flip:" + field, timeMs, 0.8, string.Create(CultureInfo.InvariantCulture, $"MMSI {vessel.Mmsi:D9} alternates its {field} between {string.Join(" and ", values.Select(v => $"'{v}'"))}: two ships report under one MMSI"));
        }
    }

    /// <summary>
    /// Called when <paramref name="vessel"/> reports an IMO number <paramref name="other"/> reported
    /// before. Ships change MMSI (reflagging), so only two MMSIs using one IMO at the same time,
    /// more than a kilometre apart, are a conflict; a change over time is history (the "flag" field shows it).
    /// </summary>
    public void OnImoReportedByAnother(VesselState vessel, VesselState other, int imo, long timeMs)
    {
        if (!vessel.HasPosition || !other.HasPosition || Math.Abs(other.Last.TimeMs - timeMs) > 30 * 60_000 || Math.Abs(vessel.Last.TimeMs - timeMs) > 30 * 60_000)
        {
            return;
        }

        var apart = Bolwerk.Geodesy.SphericalGeodesy.DistanceMetres(new Bolwerk.Geodesy.GeoPoint(vessel.Last.Latitude, vessel.Last.Longitude), new Bolwerk.Geodesy.GeoPoint(other.Last.Latitude, other.Last.Longitude));
        // Within a kilometre it is one ship with two transponders, not two ships with one identity.
        if (apart < 1_000)
        {
            return;
        }

        vessel.IdentityAlertsRaised ??= new HashSet<string>(StringComparer.Ordinal);
        if (!vessel.IdentityAlertsRaised.Add(string.Create(CultureInfo.InvariantCulture, $"imo-shared:{imo}:{other.Mmsi}")))
        {
            return;
        }

        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"IMO {imo} is reported at the same time by {DetectorContext.Describe(vessel)} and {DetectorContext.Describe(other)}, {DetectorContext.F(apart / 1000)} km apart: one of them uses another ship's identity");
        context.Raise(DetectorContext.Alert(MaritimeAlertKinds.IdentityConflict, vessel, Math.Min(timeMs, other.Last.TimeMs), timeMs, 0.85, explanation) with { OtherMmsi = other.Mmsi });
    }

    private void Raise(VesselState vessel, string reason, long timeMs, double score, string explanation)
    {
        vessel.IdentityAlertsRaised ??= new HashSet<string>(StringComparer.Ordinal);
        if (!vessel.IdentityAlertsRaised.Add(reason))
        {
            return;
        }

        context.Raise(DetectorContext.Alert(MaritimeAlertKinds.IdentityConflict, vessel, timeMs, timeMs, score, explanation));
    }

    private static string Kind(MmsiKind kind) => kind switch
    {
        MmsiKind.Unknown => "no allocated kind",
        _ => kind.ToString(),
    };
}
