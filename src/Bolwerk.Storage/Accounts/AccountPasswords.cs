using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Accounts;

/// <summary>Passwords for the web login: set by an administrator, checked at sign-in. Thread-safe.</summary>
public sealed class AccountPasswords(BolwerkDatabase database, AccountStore accounts, TimeProvider timeProvider)
{
    /// <summary>Sets (or replaces) a user's password.</summary>
    /// <exception cref="ArgumentException">The password is too weak.</exception>
    public Task SetAsync(string userId, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (PasswordHashing.Weakness(password) is { } weakness)
        {
            throw new ArgumentException(weakness, nameof(password));
        }

        var hash = PasswordHashing.Hash(password);
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await using var upsert = connection.Command(
                    "INSERT INTO user_passwords (user_id, hash, set_at) VALUES (@user, @hash, @at) " +
                    "ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash, set_at = excluded.set_at", transaction)
                    .With("@user", userId).With("@hash", hash).With("@at", database.Dialect.Timestamp(timeProvider.GetUtcNow()));
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            },
            cancellationToken);
    }

    /// <summary>
    /// The active user with this name and password, or null. An unknown name, a user without a
    /// password and a disabled user take as long as a wrong password, so timing tells nothing.
    /// </summary>
    public async Task<UserAccount?> SignInAsync(string name, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        var user = string.IsNullOrWhiteSpace(name) ? null : await accounts.FindUserByNameAsync(name, cancellationToken).ConfigureAwait(false);
        var stored = user is null ? null : await HashOfAsync(user.Id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            PasswordHashing.SpendVerification(password);
            return null;
        }

        return PasswordHashing.Verify(password, stored) && user!.DisabledAt is null ? user : null;
    }

    private Task<string?> HashOfAsync(string userId, CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT hash FROM user_passwords WHERE user_id = @user").With("@user", userId);
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            },
            cancellationToken);
}
