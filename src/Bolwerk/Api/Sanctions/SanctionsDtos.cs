namespace Bolwerk.Host.Api.Sanctions;

/// <summary>One query: a name and whatever else is known.</summary>
public sealed record ScreenQueryDto(string? Id, string Name, string? Schema, string? Country, string? BirthDate, string? Imo, string? Mmsi);

/// <summary>Queries to screen against the newest version of every imported list.</summary>
/// <param name="Queries">1 to 1,000 queries.</param>
/// <param name="Threshold">Report matches scoring at least this (default 0.70).</param>
/// <param name="Limit">At most this many matches per query (default 10, at most 100).</param>
public sealed record ScreenRequest(IReadOnlyList<ScreenQueryDto> Queries, double? Threshold, int? Limit);

/// <summary>A matched listed entity, in the command line's JSON shape.</summary>
public sealed record ScreenMatchDto(string EntityId, string Name, string Schema, double Score, string MatchedName, IReadOnlyList<string> Programs, string Explanation, string Source, int OfacScore);

/// <summary>The result of one query, in input order.</summary>
public sealed record ScreenResultDto(string Query, IReadOnlyList<ScreenMatchDto> Matches);

/// <summary>Which list versions were screened against.</summary>
public sealed record ListVersionDto(long Version, string ListKey, string Format, string SourceFile, string Sha256, string? Published, DateTimeOffset ImportedAt, string ImportedBy, int Entities);

/// <summary>Results, with the list versions they were computed against.</summary>
public sealed record ScreenResponse(IReadOnlyList<ListVersionDto> Lists, IReadOnlyList<ScreenResultDto> Results);

/// <summary>An entry named in a diff.</summary>
public sealed record DiffEntryDto(string EntityId, string Name, string Schema, IReadOnlyList<string> Fields);

/// <summary>What changed between two versions of a list.</summary>
public sealed record ListDiffDto(ListVersionDto From, ListVersionDto To, IReadOnlyList<DiffEntryDto> Added, IReadOnlyList<DiffEntryDto> Removed, IReadOnlyList<DiffEntryDto> Changed, int Unchanged);

/// <summary>The outcome of an import: the version and, when a previous one exists, the diff summary.</summary>
public sealed record ListImportDto(ListVersionDto Version, bool Created, long? PreviousVersion, int? Added, int? Removed, int? Changed, int? Unchanged);
