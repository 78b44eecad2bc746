using Bolwerk.Alerts;
using Bolwerk.Marking;

namespace Bolwerk.Storage.Alerts;

/// <summary>An alert as stored: with its id, marking and provenance.</summary>
/// <param name="Id">Storage id.</param>
/// <param name="Alert">The alert as the detector raised it.</param>
/// <param name="Marking">Who may read it.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="CreatedBy">User id or source that stored it.</param>
public sealed record StoredAlert(string Id, Alert Alert, ObjectMarking Marking, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>The outcome of one ingest batch.</summary>
/// <param name="Inserted">Rows stored by this call.</param>
/// <param name="Skipped">Rows whose ingest key was already stored.</param>
/// <param name="BatchReplayed">True when this exact batch had been ingested before; nothing was written.</param>
public sealed record IngestResult(int Inserted, int Skipped, bool BatchReplayed);
