using System.Text;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Audit;

/// <summary>
/// The append-only audit log. The database itself refuses UPDATE and DELETE on it (triggers),
/// so not even a bug in Bolwerk can rewrite history. Thread-safe.
/// </summary>
public sealed class AuditLog(BolwerkDatabase database)
{
    /// <summary>Appends one entry (its <see cref="AuditEntry.Sequence"/> is ignored and assigned by the database).</summary>
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return database.WithConnectionAsync(
            async connection =>
            {
                await using var insert = connection.Command(
                    "INSERT INTO audit_log (at, actor_user_id, actor_name, organisation_id, action, object_type, object_id, outcome, reason, remote_address) " +
                    "VALUES (@at, @user, @name, @org, @action, @type, @object, @outcome, @reason, @remote)")
                    .With("@at", database.Dialect.Timestamp(entry.At))
                    .With("@user", entry.ActorUserId)
                    .With("@name", entry.ActorName)
                    .With("@org", entry.OrganisationId)
                    .With("@action", entry.Action)
                    .With("@type", entry.ObjectType)
                    .With("@object", entry.ObjectId)
                    .With("@outcome", OutcomeName(entry.Outcome))
                    .With("@reason", entry.Reason)
                    .With("@remote", entry.RemoteAddress);
                return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>Entries matching <paramref name="query"/>, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, 1000);
        return database.WithConnectionAsync<IReadOnlyList<AuditEntry>>(
            async connection =>
            {
                var sql = new StringBuilder(
                    "SELECT seq, at, actor_user_id, actor_name, organisation_id, action, object_type, object_id, outcome, reason, remote_address FROM audit_log WHERE 1 = 1");
                await using var command = connection.CreateCommand();
                void Filter(string clause, string name, object? value)
                {
                    if (value is null)
                    {
                        return;
                    }

                    sql.Append(" AND ").Append(clause);
                    command.With(name, value);
                }

                Filter("at >= @from", "@from", query.From is { } from ? database.Dialect.Timestamp(from) : null);
                Filter("at < @to", "@to", query.To is { } to ? database.Dialect.Timestamp(to) : null);
                Filter("actor_user_id = @actor", "@actor", query.ActorUserId);
                Filter("action = @action", "@action", query.Action);
                Filter("object_id = @object", "@object", query.ObjectId);
                Filter("outcome = @outcome", "@outcome", query.Outcome is { } outcome ? OutcomeName(outcome) : null);
                Filter("seq > @after", "@after", query.AfterSequence);
                sql.Append(" ORDER BY seq LIMIT @limit");
                command.With("@limit", query.Limit);
                command.CommandText = sql.ToString();

                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var entries = new List<AuditEntry>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    entries.Add(new AuditEntry(
                        reader.GetInt64(0),
                        SqlDialect.ReadTimestamp(reader, 1),
                        reader.GetNullableString(2),
                        reader.GetString(3),
                        reader.GetNullableString(4),
                        reader.GetString(5),
                        reader.GetNullableString(6),
                        reader.GetNullableString(7),
                        ParseOutcome(reader.GetString(8)),
                        reader.GetNullableString(9),
                        reader.GetNullableString(10)));
                }

                return entries;
            },
            cancellationToken);
    }

    private static string OutcomeName(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Allowed => "allowed",
        AuditOutcome.Denied => "denied",
        AuditOutcome.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown audit outcome."),
    };

    private static AuditOutcome ParseOutcome(string text) => text switch
    {
        "allowed" => AuditOutcome.Allowed,
        "denied" => AuditOutcome.Denied,
        _ => AuditOutcome.Failed,
    };
}
