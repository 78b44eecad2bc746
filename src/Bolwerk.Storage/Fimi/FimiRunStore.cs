using System.Globalization;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Fimi;

/// <summary>A stored detection run.</summary>
/// <param name="Id">Run id (fimi-YYYYMMDD-HHMMSS-xxxxxx).</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="CreatedBy">Who ran it.</param>
/// <param name="OwnerOrganisation">The organisation that owns it (AMBER and AMBER+STRICT readers).</param>
/// <param name="Tlp">Its marking, and its networks'.</param>
/// <param name="Parameters">The effective parameters as JSON.</param>
/// <param name="Inputs">The input files as JSON (name, SHA-256, posts, rows skipped).</param>
/// <param name="Posts">Posts read.</param>
/// <param name="Networks">Networks found.</param>
public sealed record StoredFimiRun(string Id, DateTimeOffset CreatedAt, string CreatedBy, string OwnerOrganisation, int Tlp, string Parameters, string Inputs, int Posts, int Networks);

/// <summary>A stored network: its place in the run and its JSON.</summary>
public sealed record StoredFimiNetwork(string Id, string RunId, int Sequence, string Kind, int Accounts, double Score, DateTimeOffset Start, DateTimeOffset End, string Body);

/// <summary>One analyst decision on a network's technique.</summary>
public sealed record StoredFimiTag(string NetworkId, int Sequence, string Technique, bool Confirmed, string Analyst, DateTimeOffset At, string? Note);

/// <summary>
/// FIMI runs, their networks and the analysts' DISARM decisions on SQLite or PostgreSQL. A run and
/// its networks are written in one transaction; tags are appended, never changed (the latest
/// decision per technique stands, the history stays). Knows nothing of markings: callers filter.
/// </summary>
public sealed class FimiRunStore(BolwerkDatabase database)
{
    /// <summary>Stores a run with its networks (bodies in order).</summary>
    public Task SaveAsync(StoredFimiRun run, IReadOnlyList<StoredFimiNetwork> networks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(networks);
        var dialect = SqlDialect.For(database.Engine);
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using (var insert = connection.Command("INSERT INTO fimi_runs (id, created_at, created_by, owner_org, tlp, parameters, inputs, posts, networks) VALUES (@id, @at, @by, @org, @tlp, @parameters, @inputs, @posts, @networks)", transaction))
                {
                    insert.With("@id", run.Id).With("@at", dialect.Timestamp(run.CreatedAt)).With("@by", run.CreatedBy).With("@org", run.OwnerOrganisation).With("@tlp", run.Tlp)
                        .With("@parameters", run.Parameters).With("@inputs", run.Inputs).With("@posts", run.Posts).With("@networks", run.Networks);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var network = connection.Command("INSERT INTO fimi_networks (id, run_id, seq, kind, accounts, score, start_at, end_at, body) VALUES (@id, @run, @seq, @kind, @accounts, @score, @start, @end, @body)", transaction);
                foreach (var n in networks)
                {
                    network.Parameters.Clear();
                    network.With("@id", n.Id).With("@run", run.Id).With("@seq", n.Sequence).With("@kind", n.Kind).With("@accounts", n.Accounts).With("@score", n.Score)
                        .With("@start", dialect.Timestamp(n.Start)).With("@end", dialect.Timestamp(n.End)).With("@body", n.Body);
                    await network.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return 0;
            },
            cancellationToken);
    }

    /// <summary>Every run, newest first.</summary>
    public Task<IReadOnlyList<StoredFimiRun>> RunsAsync(CancellationToken cancellationToken) => RunsWhereAsync(string.Empty, null, cancellationToken);

    /// <summary>One run, or null.</summary>
    public async Task<StoredFimiRun?> RunAsync(string id, CancellationToken cancellationToken) =>
        (await RunsWhereAsync("WHERE id = @id", id, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>The networks of a run, in run order.</summary>
    public Task<IReadOnlyList<StoredFimiNetwork>> NetworksAsync(string runId, CancellationToken cancellationToken) => NetworksWhereAsync("WHERE run_id = @key ORDER BY seq", runId, cancellationToken);

    /// <summary>One network, or null.</summary>
    public async Task<StoredFimiNetwork?> NetworkAsync(string id, CancellationToken cancellationToken) =>
        (await NetworksWhereAsync("WHERE id = @key", id, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>Appends a decision to a network's tag history; returns it with its place.</summary>
    public Task<StoredFimiTag> TagAsync(string networkId, string technique, bool confirmed, string analyst, DateTimeOffset at, string? note, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using var next = connection.Command("SELECT COALESCE(MAX(seq), 0) + 1 FROM fimi_tags WHERE network_id = @n", transaction).With("@n", networkId);
                var seq = Convert.ToInt32(await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                await using var insert = connection.Command("INSERT INTO fimi_tags (network_id, seq, technique, confirmed, analyst, at, note) VALUES (@n, @seq, @t, @c, @a, @at, @note)", transaction)
                    .With("@n", networkId).With("@seq", seq).With("@t", technique).With("@c", confirmed ? 1 : 0).With("@a", analyst)
                    .With("@at", SqlDialect.For(database.Engine).Timestamp(at)).With("@note", note);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return new StoredFimiTag(networkId, seq, technique, confirmed, analyst, at, note);
            },
            cancellationToken);

    /// <summary>The tag history of the networks of a run (or of one network), oldest first.</summary>
    public Task<IReadOnlyList<StoredFimiTag>> TagsAsync(string runId, string? networkId, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command(
                    "SELECT t.network_id, t.seq, t.technique, t.confirmed, t.analyst, t.at, t.note FROM fimi_tags t JOIN fimi_networks n ON n.id = t.network_id WHERE n.run_id = @run"
                    + (networkId is null ? string.Empty : " AND t.network_id = @n") + " ORDER BY t.network_id, t.seq").With("@run", runId);
                if (networkId is not null)
                {
                    command.With("@n", networkId);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var tags = new List<StoredFimiTag>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    tags.Add(new StoredFimiTag(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3) == 1, reader.GetString(4), SqlDialect.ReadTimestamp(reader, 5), reader.GetNullableString(6)));
                }

                return (IReadOnlyList<StoredFimiTag>)tags;
            },
            cancellationToken);

    private Task<IReadOnlyList<StoredFimiRun>> RunsWhereAsync(string where, string? id, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command($"SELECT id, created_at, created_by, owner_org, tlp, parameters, inputs, posts, networks FROM fimi_runs {where} ORDER BY created_at DESC, id");
                if (id is not null)
                {
                    command.With("@id", id);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var runs = new List<StoredFimiRun>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    runs.Add(new StoredFimiRun(reader.GetString(0), SqlDialect.ReadTimestamp(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                        reader.GetString(5), reader.GetString(6), reader.GetInt32(7), reader.GetInt32(8)));
                }

                return (IReadOnlyList<StoredFimiRun>)runs;
            },
            cancellationToken);

    private Task<IReadOnlyList<StoredFimiNetwork>> NetworksWhereAsync(string where, string key, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command($"SELECT id, run_id, seq, kind, accounts, score, start_at, end_at, body FROM fimi_networks {where}").With("@key", key);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var networks = new List<StoredFimiNetwork>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    networks.Add(new StoredFimiNetwork(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4), reader.GetDouble(5),
                        SqlDialect.ReadTimestamp(reader, 6), SqlDialect.ReadTimestamp(reader, 7), reader.GetString(8)));
                }

                return (IReadOnlyList<StoredFimiNetwork>)networks;
            },
            cancellationToken);
}
