using System.Data.Common;
using Bolwerk.Security;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Accounts;

/// <summary>Organisations, users and their API tokens. Thread-safe.</summary>
public sealed class AccountStore(BolwerkDatabase database, TimeProvider timeProvider)
{
    private const string UserColumns = "id, name, organisation_id, role, created_at, disabled_at";

    /// <summary>Registers an organisation, or returns the existing one with that id.</summary>
    public Task<Organisation> EnsureOrganisationAsync(string id, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using (var insert = connection.Command(
                    "INSERT INTO organisations (id, name, created_at) VALUES (@id, @name, @at) ON CONFLICT (id) DO NOTHING", transaction)
                    .With("@id", id).With("@name", name).With("@at", database.Dialect.Timestamp(timeProvider.GetUtcNow())))
                {
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var select = connection.Command("SELECT id, name, created_at FROM organisations WHERE id = @id", transaction).With("@id", id);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return new Organisation(reader.GetString(0), reader.GetString(1), SqlDialect.ReadTimestamp(reader, 2));
            },
            cancellationToken);
    }

    /// <summary>All organisations, by id.</summary>
    public Task<IReadOnlyList<Organisation>> ListOrganisationsAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync<IReadOnlyList<Organisation>>(
            async connection =>
            {
                await using var command = connection.Command("SELECT id, name, created_at FROM organisations ORDER BY id");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var result = new List<Organisation>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    result.Add(new Organisation(reader.GetString(0), reader.GetString(1), SqlDialect.ReadTimestamp(reader, 2)));
                }

                return result;
            },
            cancellationToken);

    /// <summary>Creates a user in an existing organisation.</summary>
    /// <exception cref="StorageException">Conflict when the name is taken; MissingReference when the organisation does not exist.</exception>
    public Task<UserAccount> CreateUserAsync(string name, string organisationId, Role role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        var now = timeProvider.GetUtcNow();
        var user = new UserAccount("usr_" + Guid.CreateVersion7(now).ToString("N"), name.Trim(), organisationId, role, now, null);
        return CreateAsync();

        async Task<UserAccount> CreateAsync()
        {
            try
            {
                return await database.InTransactionAsync(
                    async (connection, transaction) =>
                    {
                        await using var insert = connection.Command(
                            "INSERT INTO users (id, name, organisation_id, role, created_at) VALUES (@id, @name, @org, @role, @at)", transaction)
                            .With("@id", user.Id).With("@name", user.Name).With("@org", organisationId)
                            .With("@role", role.ToName()).With("@at", database.Dialect.Timestamp(now));
                        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                        return user;
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (StorageException e) when (e.Code is StorageErrorCode.Conflict or StorageErrorCode.MissingReference)
            {
                var message = e.Code == StorageErrorCode.Conflict
                    ? $"A user named '{user.Name}' already exists."
                    : $"Organisation '{organisationId}' does not exist.";
                throw new StorageException(e.Code, message, e.IsTransient, e);
            }
        }
    }

    /// <summary>All users, by name.</summary>
    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync<IReadOnlyList<UserAccount>>(
            async connection =>
            {
                await using var command = connection.Command($"SELECT {UserColumns} FROM users ORDER BY name");
                return await ReadUsersAsync(command, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>The user with this login name, or null.</summary>
    public Task<UserAccount?> FindUserByNameAsync(string name, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command($"SELECT {UserColumns} FROM users WHERE name = @name").With("@name", name.Trim());
                return (await ReadUsersAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            },
            cancellationToken);

    /// <summary>Issues a new bearer token for a user; only its digest is stored.</summary>
    public Task<IssuedToken> IssueTokenAsync(string userId, string label, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var now = timeProvider.GetUtcNow();
        var issued = new IssuedToken("tok_" + Guid.CreateVersion7(now).ToString("N"), ApiTokens.Generate(), expiresAt);
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using var insert = connection.Command(
                    "INSERT INTO api_tokens (id, user_id, token_hash, label, created_at, expires_at) VALUES (@id, @user, @hash, @label, @at, @expires)", transaction)
                    .With("@id", issued.TokenId).With("@user", userId).With("@hash", ApiTokens.Digest(issued.Token))
                    .With("@label", label).With("@at", database.Dialect.Timestamp(now)).With("@expires", database.Dialect.Timestamp(expiresAt));
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return issued;
            },
            cancellationToken);
    }

    /// <summary>Revokes a token by its id; false when no active token has that id.</summary>
    public Task<bool> RevokeTokenAsync(string tokenId, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using var update = connection.Command("UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL", transaction)
                    .With("@at", database.Dialect.Timestamp(timeProvider.GetUtcNow())).With("@id", tokenId);
                return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            },
            cancellationToken);

    /// <summary>Revokes the token itself (a signed-in browser signing out); false when it is not active.</summary>
    public Task<bool> RevokeTokenValueAsync(string token, CancellationToken cancellationToken) =>
        !ApiTokens.LooksLikeToken(token)
            ? Task.FromResult(false)
            : database.InTransactionAsync(
                async (connection, transaction) =>
                {
                    await using var update = connection.Command("UPDATE api_tokens SET revoked_at = @at WHERE token_hash = @hash AND revoked_at IS NULL", transaction)
                        .With("@at", database.Dialect.Timestamp(timeProvider.GetUtcNow())).With("@hash", ApiTokens.Digest(token));
                    return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
                },
                cancellationToken);

    /// <summary>
    /// The active user a bearer token belongs to, or null when the token is unknown, revoked,
    /// expired, or its user is disabled.
    /// </summary>
    public Task<UserAccount?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (!ApiTokens.LooksLikeToken(token))
        {
            return Task.FromResult<UserAccount?>(null);
        }

        var now = timeProvider.GetUtcNow();
        return database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command(
                    "SELECT u.id, u.name, u.organisation_id, u.role, u.created_at, u.disabled_at FROM api_tokens t JOIN users u ON u.id = t.user_id " +
                    "WHERE t.token_hash = @hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > @now) AND u.disabled_at IS NULL")
                    .With("@hash", ApiTokens.Digest(token)).With("@now", database.Dialect.Timestamp(now));
                return (await ReadUsersAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            },
            cancellationToken);
    }

    private static async Task<IReadOnlyList<UserAccount>> ReadUsersAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var users = new List<UserAccount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(new UserAccount(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                RoleNames.Parse(reader.GetString(3)),
                SqlDialect.ReadTimestamp(reader, 4),
                SqlDialect.ReadNullableTimestamp(reader, 5)));
        }

        return users;
    }
}
