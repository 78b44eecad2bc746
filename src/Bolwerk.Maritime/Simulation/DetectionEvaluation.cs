using System.Globalization;
using System.Text.Json;
using Bolwerk.Maritime.Detection;

namespace Bolwerk.Maritime.Simulation;

/// <summary>Scores of one alert kind against the labels.</summary>
/// <param name="Kind">The alert kind.</param>
/// <param name="Labels">Labelled behaviours of this kind.</param>
/// <param name="Found">Labels matched by at least one alert.</param>
/// <param name="Alerts">Alerts of this kind.</param>
/// <param name="TrueAlerts">Alerts that match a label of their kind.</param>
/// <param name="OnConfounders">False alerts that fell on a labelled look-alike.</param>
public sealed record KindScore(string Kind, int Labels, int Found, int Alerts, int TrueAlerts, int OnConfounders)
{
    /// <summary>True alerts over alerts (1 when there were none).</summary>
    public double Precision => Alerts == 0 ? 1 : (double)TrueAlerts / Alerts;

    /// <summary>Labels found over labels (1 when there were none).</summary>
    public double Recall => Labels == 0 ? 1 : (double)Found / Labels;

    /// <summary>Alerts that match nothing.</summary>
    public int FalseAlerts => Alerts - TrueAlerts;
}

/// <summary>The evaluation of an alert file against a simulation's labels.</summary>
/// <param name="Kinds">Per kind, in contract order, then any other kinds seen.</param>
/// <param name="VesselHours">From the labels file's meta line.</param>
public sealed record EvaluationReport(IReadOnlyList<KindScore> Kinds, double VesselHours)
{
    /// <summary>False alerts of all kinds per 1,000 vessel-hours.</summary>
    public double FalseAlertsPerThousandVesselHours => VesselHours <= 0 ? double.NaN : Kinds.Sum(k => k.FalseAlerts) * 1000 / VesselHours;

    /// <summary>False alerts of one kind per 1,000 vessel-hours.</summary>
    public double FalsePerThousand(KindScore kind) => VesselHours <= 0 ? double.NaN : (kind ?? throw new ArgumentNullException(nameof(kind))).FalseAlerts * 1000 / VesselHours;
}

/// <summary>
/// `bolwerk maritime evaluate`: matches alerts to labelled behaviours. An alert matches a label
/// of the same kind and vessel (either order for a pair) whose time span overlaps the alert's,
/// widened by a tolerance on both sides. Precision counts alerts, recall counts labels, so one
/// episode reported twice costs precision, not recall.
/// </summary>
public static class DetectionEvaluation
{
    /// <summary>Scores <paramref name="alertsPath"/> (JSON lines) against <paramref name="labelsPath"/> (the simulator's labels).</summary>
    public static EvaluationReport Evaluate(string labelsPath, string alertsPath, TimeSpan tolerance)
    {
        var (labels, vesselHours) = ReadLabels(labelsPath);
        var alerts = ReadAlerts(alertsPath);
        var kinds = MaritimeAlertKinds.All.Concat(alerts.Select(a => a.Kind).Distinct(StringComparer.Ordinal).Where(k => !MaritimeAlertKinds.All.Contains(k)).Order(StringComparer.Ordinal));
        var scores = new List<KindScore>();
        foreach (var kind in kinds)
        {
            var ofKind = labels.Where(l => l.Kind == kind).ToList();
            var alertsOfKind = alerts.Where(a => a.Kind == kind).ToList();
            var found = ofKind.Count(label => alertsOfKind.Any(alert => Matches(alert, label, tolerance)));
            var trueAlerts = alertsOfKind.Count(alert => ofKind.Any(label => Matches(alert, label, tolerance)));
            var onConfounders = alertsOfKind.Count(alert => !ofKind.Any(label => Matches(alert, label, tolerance))
                && labels.Any(label => label.Kind == SimulationLabel.Confounder && Matches(alert, label with { Kind = kind }, tolerance)));
            scores.Add(new KindScore(kind, ofKind.Count, found, alertsOfKind.Count, trueAlerts, onConfounders));
        }

        return new EvaluationReport(scores, vesselHours);
    }

    private static bool Matches(Alert alert, SimulationLabel label, TimeSpan tolerance)
    {
        if (alert.Kind != label.Kind)
        {
            return false;
        }

        var sameVessels = label.OtherMmsi is { } other
            ? (alert.Mmsi == label.Mmsi && (alert.OtherMmsi is null || alert.OtherMmsi == other)) || (alert.Mmsi == other && (alert.OtherMmsi is null || alert.OtherMmsi == label.Mmsi))
            : alert.Mmsi == label.Mmsi;
        return sameVessels && alert.Start <= label.End + tolerance && alert.End >= label.Start - tolerance;
    }

    private static (List<SimulationLabel> Labels, double VesselHours) ReadLabels(string path)
    {
        var labels = new List<SimulationLabel>();
        var vesselHours = 0.0;
        ReadJsonLines(path, (root, line) =>
        {
            var kind = Required(root, "kind", path, line).GetString()!;
            if (kind == "meta")
            {
                vesselHours = root.TryGetProperty("vesselHours", out var hours) ? hours.GetDouble() : 0;
                return;
            }

            labels.Add(new SimulationLabel
            {
                Kind = kind,
                Of = root.TryGetProperty("of", out var of) ? of.GetString() : null,
                Variant = root.TryGetProperty("variant", out var variant) ? variant.GetString() ?? string.Empty : string.Empty,
                Mmsi = Required(root, "mmsi", path, line).GetUInt32(),
                OtherMmsi = root.TryGetProperty("otherMmsi", out var other) ? other.GetUInt32() : null,
                Start = Time(root, "start", path, line),
                End = Time(root, "end", path, line),
                AssetId = root.TryGetProperty("assetId", out var asset) ? asset.GetString() : null,
            });
        });
        return (labels, vesselHours);
    }

    private static List<Alert> ReadAlerts(string path)
    {
        var alerts = new List<Alert>();
        ReadJsonLines(path, (root, line) => alerts.Add(new Alert(
            Required(root, "kind", path, line).GetString()!,
            Required(root, "mmsi", path, line).GetUInt32(),
            root.TryGetProperty("otherMmsi", out var other) ? other.GetUInt32() : null,
            Time(root, "start", path, line),
            Time(root, "end", path, line))));
        return alerts;
    }

    // Every non-blank line as a JSON object, with its 1-based line number; a bad value of a known
    // field (a string where a number belongs) is reported by file and line like a bad line.
    private static void ReadJsonLines(string path, Action<JsonElement, int> read)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            using var document = Parse(path, line, text);
            try
            {
                read(document.RootElement, line);
            }
            catch (Exception exception) when (exception is InvalidOperationException or FormatException)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: line {line}: {exception.Message}"), exception);
            }
        }
    }

    private static JsonDocument Parse(string path, int line, string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: line {line}, byte {exception.BytePositionInLine + 1}: not a JSON object ({exception.Message})"), exception);
        }
    }

    private static JsonElement Required(JsonElement root, string name, string path, int line) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: line {line}: field '{name}' is missing"));

    private static DateTimeOffset Time(JsonElement root, string name, string path, int line) =>
        DateTimeOffset.TryParse(Required(root, name, path, line).GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: line {line}: field '{name}' is not an ISO 8601 time"));

    private sealed record Alert(string Kind, uint Mmsi, uint? OtherMmsi, DateTimeOffset Start, DateTimeOffset End);
}
