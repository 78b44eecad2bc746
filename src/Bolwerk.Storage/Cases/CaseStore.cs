using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Cases;

/// <summary>A stored case event: its place in the stream and its body as JSON.</summary>
public sealed record StoredCaseEvent(int Sequence, string Kind, DateTimeOffset At, string Actor, string Body);

/// <summary>A case's listing row: what it is and where it stands.</summary>
public sealed record StoredCaseSummary(string Id, string Title, string IncidentType, string State, string OwnerOrganisation, int Tlp, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>
/// Case files as event streams on SQLite or PostgreSQL. Appending checks the version the caller
/// read (optimistic concurrency: two people changing one case at once cannot both win, the second
/// gets <see cref="StorageErrorCode.Conflict"/>), writes the events and the case's listing row in
/// one transaction. Knows nothing of the case model; events arrive as JSON. Thread-safe.
/// </summary>
public sealed class CaseStore(BolwerkDatabase database)
{
    /// <summary>
    /// Appends <paramref name="events"/> to case <paramref name="summary"/>.Id, which must be at
    /// <paramref name="expectedVersion"/> (0 for a new case); the summary row becomes <paramref name="summary"/>.
    /// </summary>
    public Task AppendAsync(StoredCaseSummary summary, int expectedVersion, IReadOnlyList<StoredCaseEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(events);
        var dialect = SqlDialect.For(database.Engine);
        return database.InTransactionAsync<int>(
            async (connection, transaction) =>
            {
                await using (var version = connection.Command("SELECT version FROM cases WHERE id = @id", transaction).With("@id", summary.Id))
                {
                    var current = await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                    var actual = current is null or DBNull ? 0 : Convert.ToInt32(current, System.Globalization.CultureInfo.InvariantCulture);
                    if (actual != expectedVersion)
                    {
                        throw new StorageException(StorageErrorCode.Conflict, $"case {summary.Id} changed meanwhile (version {actual}, expected {expectedVersion}); read it again", isTransient: false);
                    }
                }

                await using (var upsert = connection.Command(
                    """
                    INSERT INTO cases (id, title, incident_type, state, owner_org, tlp, version, created_at, updated_at)
                    VALUES (@id, @title, @type, @state, @owner, @tlp, @version, @created, @updated)
                    ON CONFLICT (id) DO UPDATE SET title = excluded.title, incident_type = excluded.incident_type, state = excluded.state,
                        owner_org = excluded.owner_org, tlp = excluded.tlp, version = excluded.version, updated_at = excluded.updated_at
                    """,
                    transaction))
                {
                    upsert.With("@id", summary.Id).With("@title", summary.Title).With("@type", summary.IncidentType).With("@state", summary.State)
                        .With("@owner", summary.OwnerOrganisation).With("@tlp", summary.Tlp).With("@version", summary.Version)
                        .With("@created", dialect.Timestamp(summary.CreatedAt)).With("@updated", dialect.Timestamp(summary.UpdatedAt));
                    await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var insert = connection.Command("INSERT INTO case_events (case_id, seq, kind, at, actor, body) VALUES (@case, @seq, @kind, @at, @actor, @body)", transaction);
                foreach (var e in events)
                {
                    insert.Parameters.Clear();
                    insert.With("@case", summary.Id).With("@seq", e.Sequence).With("@kind", e.Kind).With("@at", dialect.Timestamp(e.At)).With("@actor", e.Actor).With("@body", e.Body);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return 0;
            },
            cancellationToken);
    }

    /// <summary>The events of a case, in order (empty when there is no such case).</summary>
    public Task<IReadOnlyList<StoredCaseEvent>> EventsAsync(string caseId, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT seq, kind, at, actor, body FROM case_events WHERE case_id = @case ORDER BY seq").With("@case", caseId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var events = new List<StoredCaseEvent>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    events.Add(new StoredCaseEvent(reader.GetInt32(0), reader.GetString(1), SqlDialect.ReadTimestamp(reader, 2), reader.GetString(3), reader.GetString(4)));
                }

                return (IReadOnlyList<StoredCaseEvent>)events;
            },
            cancellationToken);

    /// <summary>Every case, newest change first.</summary>
    public Task<IReadOnlyList<StoredCaseSummary>> ListAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT id, title, incident_type, state, owner_org, tlp, version, created_at, updated_at FROM cases ORDER BY updated_at DESC, id");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var cases = new List<StoredCaseSummary>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    cases.Add(new StoredCaseSummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                        reader.GetInt32(5), reader.GetInt32(6), SqlDialect.ReadTimestamp(reader, 7), SqlDialect.ReadTimestamp(reader, 8)));
                }

                return (IReadOnlyList<StoredCaseSummary>)cases;
            },
            cancellationToken);

    /// <summary>The next free id of the form case-YYYY-NNNN for <paramref name="year"/>.</summary>
    public Task<string> NextIdAsync(int year, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                var prefix = $"case-{year:D4}-";
                await using var command = connection.Command("SELECT COUNT(*) FROM cases WHERE id LIKE @prefix").With("@prefix", prefix + "%");
                var count = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                return prefix + (count + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);
}
