using System.Globalization;
using Bolwerk.Alerts;
using Bolwerk.Geodesy;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Storage.Alerts;
using Bolwerk.Time;

namespace Bolwerk.Host.Api.Alerts;

/// <summary>Between API contracts and Core alerts; validation collects every fault with its JSON path.</summary>
internal static class AlertMapping
{
    public const int MaxBatchSize = 10_000;

    /// <summary>The alert with its acknowledgement, when it has one.</summary>
    public static AlertResponse ToResponse(StoredAlert stored, Bolwerk.Storage.Alerts.AlertAcknowledgement? acknowledgement) =>
        acknowledgement is null ? ToResponse(stored) : ToResponse(stored) with { AcknowledgedBy = acknowledgement.By, AcknowledgedAt = acknowledgement.At };

    public static AlertResponse ToResponse(StoredAlert stored)
    {
        var alert = stored.Alert;
        return new AlertResponse(
            stored.Id,
            alert.IngestKey,
            alert.Kind,
            alert.Title,
            alert.Severity.ToString().ToLowerInvariant(),
            alert.Observed.Start,
            alert.Observed.End,
            alert.Location is { } l ? new LocationDto(l.Latitude, l.Longitude) : null,
            alert.Subject,
            alert.Detector,
            alert.Tlp.ToLabel(),
            stored.Marking.OwnerOrganisation,
            alert.Evidence.Select(e => new EvidenceDto(e.Kind, e.Summary, e.Source, e.Grade.ToString(), e.CollectedAt, e.Facts, e.Reference)).ToList(),
            stored.CreatedAt,
            stored.CreatedBy);
    }

    /// <summary>Converts a batch, or returns every validation error keyed by JSON path.</summary>
    public static (List<Alert> Alerts, Dictionary<string, string[]> Errors) FromRequest(AlertBatchRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var alerts = new List<Alert>();
        if (request.Alerts is not { Count: > 0 } inputs)
        {
            errors["alerts"] = ["At least one alert is required."];
            return (alerts, errors);
        }

        if (inputs.Count > MaxBatchSize)
        {
            errors["alerts"] = [string.Create(CultureInfo.InvariantCulture, $"At most {MaxBatchSize} alerts per batch; got {inputs.Count}.")];
            return (alerts, errors);
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var alert = FromInput(inputs[i], string.Create(CultureInfo.InvariantCulture, $"alerts[{i}]"), errors);
            if (alert is not null)
            {
                alerts.Add(alert);
            }
        }

        return (alerts, errors);
    }

    private static Alert? FromInput(AlertInput input, string path, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors[$"{path}.{field}"] = [message];

        if (string.IsNullOrWhiteSpace(input.Kind))
        {
            Fail("kind", "Required, e.g. \"maritime.cable-slow-transit\".");
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            Fail("title", "Required.");
        }

        if (string.IsNullOrWhiteSpace(input.Detector))
        {
            Fail("detector", "Required: name and version of the rule that raised the alert.");
        }

        if (input.IngestKey is { Length: > 200 })
        {
            Fail("ingestKey", "At most 200 characters.");
        }

        if (input.Title is { Length: > 500 })
        {
            Fail("title", "At most 500 characters.");
        }

        if (new[] { input.Kind, input.Detector, input.Subject }.Any(text => text is not null && text.Any(char.IsControl)))
        {
            Fail("kind", "kind, detector and subject may not contain control characters.");
        }

        var severity = AlertSeverity.Medium;
        if (input.Severity is not null && !Enum.TryParse(input.Severity, ignoreCase: true, out severity))
        {
            Fail("severity", $"'{input.Severity}' is not a severity: expected info, low, medium, high or critical.");
        }

        var tlp = Tlp.Amber;
        if (input.Tlp is not null && !TlpLabels.TryParse(input.Tlp, out tlp))
        {
            Fail("tlp", $"'{input.Tlp}' is not a TLP label: expected CLEAR, GREEN, AMBER, AMBER+STRICT or RED.");
        }

        if (input.ObservedStart is null)
        {
            Fail("observedStart", "Required.");
        }

        var end = input.ObservedEnd ?? input.ObservedStart;
        if (input.ObservedStart is { } s && end < s)
        {
            Fail("observedEnd", "Must not be before observedStart.");
        }

        GeoPoint? location = null;
        if (input.Location is { } l)
        {
            if (GeoPoint.TryCreate(l.Latitude, l.Longitude, out var point))
            {
                location = point;
            }
            else
            {
                Fail("location", "Latitude must be in [-90, 90] and longitude in [-180, 180].");
            }
        }

        var evidence = new List<Evidence>();
        for (var j = 0; j < (input.Evidence?.Count ?? 0); j++)
        {
            var e = input.Evidence![j];
            var ePath = string.Create(CultureInfo.InvariantCulture, $"evidence[{j}]");
            if (!AdmiraltyGrade.TryParse(e.Grade, out var grade))
            {
                Fail($"{ePath}.grade", $"'{e.Grade}' is not an Admiralty grade: expected a letter A-F and a digit 1-6, e.g. B2.");
            }

            if (string.IsNullOrWhiteSpace(e.Kind) || string.IsNullOrWhiteSpace(e.Summary) || string.IsNullOrWhiteSpace(e.Source))
            {
                Fail(ePath, "kind, summary and source are required.");
            }

            evidence.Add(new Evidence(e.Kind ?? "", e.Summary ?? "", e.Source ?? "", grade, e.CollectedAt, e.Facts ?? new Dictionary<string, string>(), e.Reference));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var start = input.ObservedStart!.Value;
        var key = string.IsNullOrWhiteSpace(input.IngestKey)
            ? IngestKeys.From(input.Detector!, input.Kind!, input.Subject ?? "", start.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))
            : input.IngestKey;
        return new Alert(key, input.Kind!, input.Title!, severity, new TimeRange(start, end!.Value), location, input.Subject, input.Detector!, tlp, evidence);
    }
}
