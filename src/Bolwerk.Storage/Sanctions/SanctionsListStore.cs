using System.Data.Common;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Sanctions;

/// <summary>
/// Sanctions list versions in the store (SQLite or PostgreSQL): import a version in one
/// transaction (the same file twice is one version), list versions, read a version's entities.
/// Knows nothing of the entity model; entities arrive as JSON. Thread-safe.
/// </summary>
public sealed class SanctionsListStore(BolwerkDatabase database, TimeProvider clock)
{
    private const string VersionColumns = "id, list_key, format, source_file, sha256, published, imported_at, imported_by, entity_count";

    /// <summary>
    /// Stores <paramref name="version"/>; when a version with the same list key and SHA-256 exists,
    /// nothing is stored and that version is returned with <c>Created</c> false.
    /// </summary>
    public Task<(StoredListVersion Version, bool Created)> ImportAsync(NewListVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var dialect = SqlDialect.For(database.Engine);
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using (var existing = connection.Command($"SELECT {VersionColumns} FROM sanctions_list_versions WHERE list_key = @key AND sha256 = @sha", transaction)
                    .With("@key", version.ListKey).With("@sha", version.Sha256))
                {
                    var found = await ReadVersionsAsync(existing, cancellationToken).ConfigureAwait(false);
                    if (found.Count > 0)
                    {
                        return (found[0], false);
                    }
                }

                var now = clock.GetUtcNow();
                long id;
                await using (var insert = connection.Command(
                    """
                    INSERT INTO sanctions_list_versions (list_key, format, source_file, sha256, published, imported_at, imported_by, entity_count)
                    VALUES (@key, @format, @file, @sha, @published, @at, @by, @count) RETURNING id
                    """,
                    transaction))
                {
                    insert.With("@key", version.ListKey).With("@format", version.Format).With("@file", version.SourceFile).With("@sha", version.Sha256)
                        .With("@published", version.Published).With("@at", dialect.Timestamp(now)).With("@by", version.ImportedBy).With("@count", version.Entities.Count);
                    id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                }

                await using var entity = connection.Command(
                    "INSERT INTO sanctions_entities (version_id, entity_id, schema, caption, digest, body) VALUES (@version, @id, @schema, @caption, @digest, @body)",
                    transaction);
                foreach (var item in version.Entities)
                {
                    entity.Parameters.Clear();
                    entity.With("@version", id).With("@id", item.EntityId).With("@schema", item.Schema).With("@caption", item.Caption)
                        .With("@digest", item.Digest).With("@body", item.Body);
                    await entity.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return (new StoredListVersion(id, version.ListKey, version.Format, version.SourceFile, version.Sha256, version.Published, now, version.ImportedBy, version.Entities.Count), true);
            },
            cancellationToken);
    }

    /// <summary>Every version, oldest first (optionally of one list).</summary>
    public Task<IReadOnlyList<StoredListVersion>> VersionsAsync(string? listKey, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = listKey is null
                    ? connection.Command($"SELECT {VersionColumns} FROM sanctions_list_versions ORDER BY id")
                    : connection.Command($"SELECT {VersionColumns} FROM sanctions_list_versions WHERE list_key = @key ORDER BY id").With("@key", listKey);
                return await ReadVersionsAsync(command, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>The newest version of every list, by list key.</summary>
    public async Task<IReadOnlyList<StoredListVersion>> LatestAsync(CancellationToken cancellationToken)
    {
        var all = await VersionsAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. all.GroupBy(v => v.ListKey, StringComparer.Ordinal).Select(g => g.MaxBy(v => v.Id)!).OrderBy(v => v.ListKey, StringComparer.Ordinal)];
    }

    /// <summary>The entities of one version, by entity id.</summary>
    public Task<IReadOnlyList<StoredListEntity>> EntitiesAsync(long versionId, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT entity_id, schema, caption, digest, body FROM sanctions_entities WHERE version_id = @version ORDER BY entity_id")
                    .With("@version", versionId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var entities = new List<StoredListEntity>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    entities.Add(new StoredListEntity(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
                }

                return (IReadOnlyList<StoredListEntity>)entities;
            },
            cancellationToken);

    private static async Task<IReadOnlyList<StoredListVersion>> ReadVersionsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new List<StoredListVersion>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(new StoredListVersion(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetNullableString(5),
                SqlDialect.ReadTimestamp(reader, 6), reader.GetString(7), reader.GetInt32(8)));
        }

        return versions;
    }
}
