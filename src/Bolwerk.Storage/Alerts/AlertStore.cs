using System.Data.Common;
using Bolwerk.Alerts;
using Bolwerk.Geodesy;
using Bolwerk.Marking;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Time;

namespace Bolwerk.Storage.Alerts;

/// <summary>
/// Stores alerts transactionally and idempotently: a batch is written whole or not at all, an
/// alert whose ingest key is already stored is skipped, and a batch key seen before writes nothing.
/// Thread-safe.
/// </summary>
public sealed class AlertStore(BolwerkDatabase database, TimeProvider timeProvider)
{
    private const string Columns =
        "id, ingest_key, kind, title, severity, observed_start, observed_end, latitude, longitude, subject, detector, tlp, owner_org, shared_with, recipients, evidence, created_at, created_by";

    /// <summary>
    /// Ingests a batch of alerts under one marking owner.
    /// </summary>
    /// <param name="source">Who sends the batch, e.g. "detector:cable-slow-transit" or a user id.</param>
    /// <param name="batchKey">Idempotency key of the whole batch (a request id or file digest).</param>
    /// <param name="alerts">The alerts; enumerated once, inside the transaction.</param>
    /// <param name="ownerOrganisation">The organisation that will own the stored alerts.</param>
    /// <param name="createdBy">User id or source recorded as creator; also the first RED recipient.</param>
    /// <param name="cancellationToken">Cancels the batch; nothing of it is stored then.</param>
    public Task<IngestResult> IngestAsync(
        string source,
        string batchKey,
        IEnumerable<Alert> alerts,
        string ownerOrganisation,
        string createdBy,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(batchKey);
        ArgumentNullException.ThrowIfNull(alerts);
        var now = timeProvider.GetUtcNow();
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                // Claim the batch key first: a concurrent replay of the same batch then waits on
                // (or conflicts with) this row instead of inserting alongside.
                await using (var claim = connection.Command(
                    "INSERT INTO ingest_batches (source, batch_key, rows_inserted, rows_skipped, received_at) VALUES (@source, @key, 0, 0, @at) ON CONFLICT (source, batch_key) DO NOTHING",
                    transaction).With("@source", source).With("@key", batchKey).With("@at", database.Dialect.Timestamp(now)))
                {
                    if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                    {
                        return new IngestResult(0, 0, BatchReplayed: true);
                    }
                }

                int inserted = 0, skipped = 0;
                await using var insert = connection.Command(
                    $"INSERT INTO alerts ({Columns}) VALUES (@id, @key, @kind, @title, @severity, @start, @end, @lat, @lon, @subject, @detector, @tlp, @owner, @shared, @recipients, @evidence, @at, @by) ON CONFLICT (ingest_key) DO NOTHING",
                    transaction);
                foreach (var alert in alerts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    insert.Parameters.Clear();
                    insert.With("@id", "alr_" + Guid.CreateVersion7(now).ToString("N"))
                        .With("@key", alert.IngestKey)
                        .With("@kind", alert.Kind)
                        .With("@title", alert.Title)
                        .With("@severity", (int)alert.Severity)
                        .With("@start", database.Dialect.Timestamp(alert.Observed.Start))
                        .With("@end", database.Dialect.Timestamp(alert.Observed.End))
                        .With("@lat", alert.Location?.Latitude)
                        .With("@lon", alert.Location?.Longitude)
                        .With("@subject", alert.Subject)
                        .With("@detector", alert.Detector)
                        .With("@tlp", (int)alert.Tlp)
                        .With("@owner", ownerOrganisation)
                        .With("@shared", AlertJson.Write(Array.Empty<string>()))
                        .With("@recipients", AlertJson.Write([createdBy]))
                        .With("@evidence", AlertJson.Write(alert.Evidence))
                        .With("@at", database.Dialect.Timestamp(now))
                        .With("@by", createdBy);
                    if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                    {
                        inserted++;
                    }
                    else
                    {
                        skipped++;
                    }
                }

                await using var tally = connection.Command(
                    "UPDATE ingest_batches SET rows_inserted = @inserted, rows_skipped = @skipped WHERE source = @source AND batch_key = @key", transaction)
                    .With("@inserted", inserted).With("@skipped", skipped).With("@source", source).With("@key", batchKey);
                await tally.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return new IngestResult(inserted, skipped, BatchReplayed: false);
            },
            cancellationToken);
    }

    /// <summary>The alert with this id, or null. Callers decide access from its marking.</summary>
    public Task<StoredAlert?> FindAsync(string id, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command($"SELECT {Columns} FROM alerts WHERE id = @id").With("@id", id);
                return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            },
            cancellationToken);

    /// <summary>The newest alerts first, at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<StoredAlert>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command($"SELECT {Columns} FROM alerts ORDER BY observed_start DESC, id LIMIT @limit").With("@limit", limit);
                return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>
    /// Alerts stored at or after <paramref name="since"/> (their creation time), oldest first, at
    /// most <paramref name="limit"/>: what a live stream polls. Transactions commit in their own
    /// order, so a stream should look back a little and skip ids it already sent.
    /// </summary>
    public Task<IReadOnlyList<StoredAlert>> ListCreatedSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command($"SELECT {Columns} FROM alerts WHERE created_at >= @since ORDER BY created_at, id LIMIT @limit")
                    .With("@since", database.Dialect.Timestamp(since)).With("@limit", limit);
                return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>Alerts of kinds starting with <paramref name="kindPrefix"/> observed at some time between <paramref name="from"/> and <paramref name="to"/>, oldest first.</summary>
    public Task<IReadOnlyList<StoredAlert>> ListObservedAsync(string kindPrefix, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kindPrefix);
        return database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command(
                    $"SELECT {Columns} FROM alerts WHERE kind LIKE @kind AND observed_end >= @from AND observed_start <= @to ORDER BY observed_start, id")
                    .With("@kind", kindPrefix.Replace("%", string.Empty, StringComparison.Ordinal) + "%")
                    .With("@from", database.Dialect.Timestamp(from)).With("@to", database.Dialect.Timestamp(to));
                return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>Alerts about any of <paramref name="subjects"/> (e.g. "mmsi:244660000"), oldest first.</summary>
    public Task<IReadOnlyList<StoredAlert>> ListBySubjectsAsync(IReadOnlyCollection<string> subjects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        return database.WithConnectionAsync(
            async connection =>
            {
                var names = subjects.Select((_, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"@s{i}")).ToList();
                if (names.Count == 0)
                {
                    return (IReadOnlyList<StoredAlert>)[];
                }

                await using var command = connection.Command($"SELECT {Columns} FROM alerts WHERE subject IN ({string.Join(", ", names)}) ORDER BY observed_start, id");
                foreach (var (name, subject) in names.Zip(subjects))
                {
                    command.With(name, subject);
                }

                return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>Number of stored alerts.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT COUNT(*) FROM alerts");
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);

    private static async Task<IReadOnlyList<StoredAlert>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<StoredAlert>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            GeoPoint? location = reader.IsDBNull(7) ? null : new GeoPoint(reader.GetDouble(7), reader.GetDouble(8));
            var alert = new Alert(
                IngestKey: reader.GetString(1),
                Kind: reader.GetString(2),
                Title: reader.GetString(3),
                Severity: (AlertSeverity)reader.GetInt32(4),
                Observed: new TimeRange(SqlDialect.ReadTimestamp(reader, 5), SqlDialect.ReadTimestamp(reader, 6)),
                Location: location,
                Subject: reader.GetNullableString(9),
                Detector: reader.GetString(10),
                Tlp: (Tlp)reader.GetInt32(11),
                Evidence: AlertJson.ReadEvidence(reader.GetString(15)));
            var marking = new ObjectMarking(alert.Tlp, reader.GetString(12), AlertJson.ReadIds(reader.GetString(13)), AlertJson.ReadIds(reader.GetString(14)));
            result.Add(new StoredAlert(reader.GetString(0), alert, marking, SqlDialect.ReadTimestamp(reader, 16), reader.GetString(17)));
        }

        return result;
    }
}
