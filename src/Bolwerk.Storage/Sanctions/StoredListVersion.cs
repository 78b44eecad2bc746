namespace Bolwerk.Storage.Sanctions;

/// <summary>One imported version of a sanctions list.</summary>
/// <param name="Id">Version number, increasing with every import across lists.</param>
/// <param name="ListKey">Which list ("un-consolidated", "ofac-sdn", "eu-annex-xlii" …): versions of one key are compared.</param>
/// <param name="Format">The file format it was read from.</param>
/// <param name="SourceFile">The file name imported.</param>
/// <param name="Sha256">SHA-256 of the file: importing the same bytes again adds no version.</param>
/// <param name="Published">The list's own date when it states one (YYYY-MM-DD).</param>
/// <param name="ImportedAt">When it was imported.</param>
/// <param name="ImportedBy">Who imported it (user or "cli").</param>
/// <param name="EntityCount">How many entities it holds.</param>
public sealed record StoredListVersion(
    long Id,
    string ListKey,
    string Format,
    string SourceFile,
    string Sha256,
    string? Published,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    int EntityCount);

/// <summary>One entity of a list version, as canonical JSON with its digest.</summary>
/// <param name="EntityId">The entity's id in its list.</param>
/// <param name="Schema">Its FtM schema.</param>
/// <param name="Caption">Its main name.</param>
/// <param name="Digest">SHA-256 of <paramref name="Body"/>: equal digests, unchanged entry.</param>
/// <param name="Body">The entity as JSON.</param>
public sealed record StoredListEntity(string EntityId, string Schema, string Caption, string Digest, string Body);

/// <summary>A version to import: its description and entities.</summary>
public sealed record NewListVersion(
    string ListKey,
    string Format,
    string SourceFile,
    string Sha256,
    string? Published,
    string ImportedBy,
    IReadOnlyList<StoredListEntity> Entities);
