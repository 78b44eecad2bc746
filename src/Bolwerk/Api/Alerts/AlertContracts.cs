namespace Bolwerk.Host.Api.Alerts;

/// <summary>A position in WGS84 decimal degrees.</summary>
public sealed record LocationDto(double Latitude, double Longitude);

/// <summary>One piece of evidence. Grade is the Admiralty code, e.g. "B2".</summary>
public sealed record EvidenceDto(
    string Kind,
    string Summary,
    string Source,
    string Grade,
    DateTimeOffset CollectedAt,
    IReadOnlyDictionary<string, string>? Facts,
    string? Reference);

/// <summary>An alert as the API returns it.</summary>
public sealed record AlertResponse(
    string Id,
    string IngestKey,
    string Kind,
    string Title,
    string Severity,
    DateTimeOffset ObservedStart,
    DateTimeOffset ObservedEnd,
    LocationDto? Location,
    string? Subject,
    string Detector,
    string Tlp,
    string Owner,
    IReadOnlyList<EvidenceDto> Evidence,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string? AcknowledgedBy = null,
    DateTimeOffset? AcknowledgedAt = null);

/// <summary>An acknowledgement: the alert was seen and handled.</summary>
/// <param name="Note">Why, or what was done.</param>
public sealed record AcknowledgeRequest(string? Note);

/// <summary>
/// An alert to store. IngestKey is optional: without it the key is derived from detector, kind,
/// subject and start, so the same detection sent twice is stored once.
/// </summary>
public sealed record AlertInput(
    string? IngestKey,
    string? Kind,
    string? Title,
    string? Severity,
    DateTimeOffset? ObservedStart,
    DateTimeOffset? ObservedEnd,
    LocationDto? Location,
    string? Subject,
    string? Detector,
    string? Tlp,
    IReadOnlyList<EvidenceDto>? Evidence);

/// <summary>A batch of alerts; the Idempotency-Key header names the batch.</summary>
public sealed record AlertBatchRequest(IReadOnlyList<AlertInput>? Alerts);

/// <summary>What a batch did.</summary>
public sealed record AlertBatchResponse(string BatchKey, int Inserted, int Skipped, bool BatchReplayed);

/// <summary>A page of alerts the caller may read.</summary>
public sealed record AlertListResponse(IReadOnlyList<AlertResponse> Items, int Withheld);
