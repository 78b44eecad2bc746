using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Alerts;

/// <summary>An alert's acknowledgement.</summary>
public sealed record AlertAcknowledgement(string AlertId, string By, DateTimeOffset At, string? Note);

/// <summary>
/// Acknowledgements of alerts on SQLite or PostgreSQL, apart from the alerts themselves (which are
/// evidence and never change). The first acknowledgement stands; a second returns the first.
/// </summary>
public sealed class AlertAcknowledgements(BolwerkDatabase database)
{
    /// <summary>Acknowledges an alert, or returns the acknowledgement it already has.</summary>
    public Task<AlertAcknowledgement> AcknowledgeAsync(string alertId, string by, DateTimeOffset at, string? note, CancellationToken cancellationToken)
    {
        var dialect = SqlDialect.For(database.Engine);
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using (var insert = connection.Command(
                    "INSERT INTO alert_acknowledgements (alert_id, by_user, at, note) VALUES (@id, @by, @at, @note) ON CONFLICT (alert_id) DO NOTHING", transaction)
                    .With("@id", alertId).With("@by", by).With("@at", dialect.Timestamp(at)).With("@note", note))
                {
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var read = connection.Command("SELECT alert_id, by_user, at, note FROM alert_acknowledgements WHERE alert_id = @id", transaction).With("@id", alertId);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return new AlertAcknowledgement(reader.GetString(0), reader.GetString(1), SqlDialect.ReadTimestamp(reader, 2), reader.GetNullableString(3));
            },
            cancellationToken);
    }

    /// <summary>The acknowledgements of the given alerts, by alert id.</summary>
    public Task<IReadOnlyDictionary<string, AlertAcknowledgement>> ForAsync(IReadOnlyCollection<string> alertIds, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                var found = new Dictionary<string, AlertAcknowledgement>(StringComparer.Ordinal);
                if (alertIds.Count == 0)
                {
                    return (IReadOnlyDictionary<string, AlertAcknowledgement>)found;
                }

                await using var command = connection.Command("SELECT alert_id, by_user, at, note FROM alert_acknowledgements WHERE alert_id = @id");
                var id = command.CreateParameter();
                id.ParameterName = "@id";
                command.Parameters.Add(id);
                foreach (var alertId in alertIds)
                {
                    id.Value = alertId;
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        found[alertId] = new AlertAcknowledgement(reader.GetString(0), reader.GetString(1), SqlDialect.ReadTimestamp(reader, 2), reader.GetNullableString(3));
                    }
                }

                return (IReadOnlyDictionary<string, AlertAcknowledgement>)found;
            },
            cancellationToken);
}
