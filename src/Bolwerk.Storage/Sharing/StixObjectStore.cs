using System.Globalization;
using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Sharing;

/// <summary>
/// STIX objects in TAXII collections on SQLite or PostgreSQL. Adding is idempotent per (id,
/// version) and one transaction per batch; every added object gets a date_added after every earlier
/// one in the collection (microsecond steps), so TAXII's added_after paging never skips or repeats.
/// Knows nothing of who may read what: that is <see cref="RecipientFilter"/>'s, over what this returns.
/// </summary>
public sealed class StixObjectStore(BolwerkDatabase database)
{
    /// <summary>Creates a collection.</summary>
    public async Task<TaxiiCollectionInfo> CreateCollectionAsync(string alias, string title, string? description, string ownerOrganisation, Tlp shareTlp, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (shareTlp > Tlp.Amber)
        {
            throw new ArgumentOutOfRangeException(nameof(shareTlp), shareTlp, "A collection is shared with other organisations at CLEAR, GREEN or AMBER; AMBER+STRICT and RED stay with the owner or named people.");
        }

        var collection = new TaxiiCollectionInfo(Guid.NewGuid().ToString(), alias, title, description, ownerOrganisation, shareTlp, now);
        var dialect = SqlDialect.For(database.Engine);
        await database.WithConnectionAsync(
            async connection =>
            {
                await using var insert = connection.Command("INSERT INTO taxii_collections (id, alias, title, description, owner_org, share_tlp, created_at) VALUES (@id, @alias, @title, @description, @owner, @tlp, @created)")
                    .With("@id", collection.Id).With("@alias", alias).With("@title", title).With("@description", description).With("@owner", ownerOrganisation)
                    .With("@tlp", (int)shareTlp).With("@created", dialect.Timestamp(now));
                return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return collection;
    }

    /// <summary>Every collection, by alias.</summary>
    public Task<IReadOnlyList<TaxiiCollectionInfo>> CollectionsAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT id, alias, title, description, owner_org, share_tlp, created_at FROM taxii_collections ORDER BY alias");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var list = new List<TaxiiCollectionInfo>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(new TaxiiCollectionInfo(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetNullableString(3), reader.GetString(4), (Tlp)reader.GetInt32(5), SqlDialect.ReadTimestamp(reader, 6)));
                }

                return (IReadOnlyList<TaxiiCollectionInfo>)list;
            },
            cancellationToken);

    /// <summary>The collection with this id or alias, or null.</summary>
    public async Task<TaxiiCollectionInfo?> FindCollectionAsync(string idOrAlias, CancellationToken cancellationToken) =>
        (await CollectionsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(c => c.Id == idOrAlias || c.Alias == idOrAlias);

    /// <summary>Adds <paramref name="objects"/> (already plain STIX 2.1) to a collection in one transaction.</summary>
    public Task<IReadOnlyList<StixAddOutcome>> AddAsync(string collectionId, IReadOnlyList<JsonObject> objects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var dialect = SqlDialect.For(database.Engine);
        var markings = new StixMarkings(objects);
        return database.InTransactionAsync<IReadOnlyList<StixAddOutcome>>(
            async (connection, transaction) =>
            {
                var added = now.ToUniversalTime();
                await using (var last = connection.Command("SELECT MAX(date_added) FROM stix_objects WHERE collection_id = @c", transaction).With("@c", collectionId))
                await using (var reader = await last.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && SqlDialect.ReadNullableTimestamp(reader, 0) is { } previous && previous >= added)
                    {
                        added = previous;
                    }
                }

                // Microseconds: what PostgreSQL keeps, and fine enough for SQLite's text.
                added = new DateTimeOffset(added.UtcTicks - (added.UtcTicks % 10), TimeSpan.Zero);
                var outcomes = new List<StixAddOutcome>(objects.Count);
                await using var insert = connection.Command(
                    dialect.Engine == StorageEngine.Sqlite
                        ? "INSERT OR IGNORE INTO stix_objects (collection_id, id, version, type, spec_version, tlp, date_added, body) VALUES (@c, @id, @v, @type, @spec, @tlp, @added, @body)"
                        : "INSERT INTO stix_objects (collection_id, id, version, type, spec_version, tlp, date_added, body) VALUES (@c, @id, @v, @type, @spec, @tlp, @added, @body) ON CONFLICT DO NOTHING",
                    transaction);
                await using var same = connection.Command("SELECT version FROM stix_objects WHERE collection_id = @c AND id = @id AND body = @body", transaction);
                foreach (var o in objects)
                {
                    added = added.AddTicks(10);
                    var id = o["id"]!.GetValue<string>();
                    var body = o.ToJsonString();
                    var stated = o["modified"]?.GetValue<string>() ?? o["created"]?.GetValue<string>();
                    if (stated is null)
                    {
                        // Cyber observables have no version of their own: the same content again is the same object, not a new version.
                        same.Parameters.Clear();
                        same.With("@c", collectionId).With("@id", id).With("@body", body);
                        if (await same.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string held)
                        {
                            outcomes.Add(new StixAddOutcome(id, held, false));
                            continue;
                        }
                    }

                    var version = stated ?? added.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
                    insert.Parameters.Clear();
                    insert.With("@c", collectionId).With("@id", id).With("@v", version).With("@type", o["type"]!.GetValue<string>())
                        .With("@spec", o["spec_version"]?.GetValue<string>() ?? "2.1").With("@tlp", markings.ObjectLevel(o) is { } tlp ? (int)tlp : DBNull.Value)
                        .With("@added", dialect.Timestamp(added)).With("@body", body);
                    outcomes.Add(new StixAddOutcome(id, version, await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1));
                }

                return outcomes;
            },
            cancellationToken);
    }

    /// <summary>Every version of every object in a collection, in the order they were added.</summary>
    public Task<IReadOnlyList<StoredStixObject>> ObjectsAsync(string collectionId, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT id, version, type, spec_version, tlp, date_added, body FROM stix_objects WHERE collection_id = @c ORDER BY date_added").With("@c", collectionId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var list = new List<StoredStixObject>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(new StoredStixObject(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        reader.IsDBNull(4) ? null : (Tlp)reader.GetInt32(4), SqlDialect.ReadTimestamp(reader, 5), reader.GetString(6)));
                }

                return (IReadOnlyList<StoredStixObject>)list;
            },
            cancellationToken);

    /// <summary>
    /// Ids whose latest version anywhere in the store is marked above <paramref name="ceiling"/>
    /// (unmarked counting as <paramref name="unmarked"/>): a reference to one of them is withheld
    /// from a recipient at that ceiling even when the referring object sits in another collection.
    /// </summary>
    public Task<IReadOnlySet<string>> HeldAboveAsync(Tlp ceiling, Tlp unmarked, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT id, version, tlp FROM stix_objects WHERE type <> 'marking-definition'");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var latest = new Dictionary<string, (DateTimeOffset Version, Tlp Level)>(StringComparer.Ordinal);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var version = DateTimeOffset.TryParse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var v) ? v : DateTimeOffset.MinValue;
                    var level = reader.IsDBNull(2) ? unmarked : (Tlp)reader.GetInt32(2);
                    if (!latest.TryGetValue(reader.GetString(0), out var known) || version >= known.Version)
                    {
                        latest[reader.GetString(0)] = (version, known.Version == version ? TlpLabels.MostRestrictive(known.Level, level) : level);
                    }
                }

                return (IReadOnlySet<string>)latest.Where(p => p.Value.Level > ceiling).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            },
            cancellationToken);

    /// <summary>
    /// A token that changes whenever any object is added or deleted anywhere in the store (count and
    /// latest date_added): readers cache what they computed from the store until it changes, including
    /// changes made by another process.
    /// </summary>
    public Task<string> ChangeTokenAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT COUNT(*), MAX(date_added) FROM stix_objects");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var latest = SqlDialect.ReadNullableTimestamp(reader, 1);
                return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)}:{latest?.UtcTicks ?? 0}");
            },
            cancellationToken);

    /// <summary>Deletes every version of an object from a collection; the number of versions removed.</summary>
    public Task<int> DeleteAsync(string collectionId, string id, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("DELETE FROM stix_objects WHERE collection_id = @c AND id = @id").With("@c", collectionId).With("@id", id);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Keeps the TAXII status resource of a POST.</summary>
    public Task SaveStatusAsync(string id, string collectionId, DateTimeOffset at, string body, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("INSERT INTO taxii_status (id, collection_id, created_at, body) VALUES (@id, @c, @at, @body)")
                    .With("@id", id).With("@c", collectionId).With("@at", SqlDialect.For(database.Engine).Timestamp(at)).With("@body", body);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>A status resource and its collection, or null.</summary>
    public Task<(string CollectionId, string Body)?> StatusAsync(string id, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT collection_id, body FROM taxii_status WHERE id = @id").With("@id", id);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetString(0), reader.GetString(1)) : ((string, string)?)null;
            },
            cancellationToken);
}
