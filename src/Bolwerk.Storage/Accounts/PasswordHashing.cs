using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bolwerk.Storage.Accounts;

/// <summary>
/// PBKDF2-HMAC-SHA256 password hashes as "pbkdf2-sha256$iterations$salt$hash" (base64). The cost
/// travels with the hash, so raising <see cref="Iterations"/> later does not lock anyone out.
/// 600,000 iterations is OWASP's 2023 figure for this function.
/// </summary>
public static class PasswordHashing
{
    /// <summary>Iterations for new hashes.</summary>
    public const int Iterations = 600_000;

    /// <summary>Shortest password accepted (NIST SP 800-63B asks at least 8; a shared operations tool asks more).</summary>
    public const int MinimumLength = 12;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // Verified when the user does not exist, so an unknown name costs as long as a wrong password.
    private static readonly Lazy<string> Decoy = new(() => Hash("decoy password, never valid"));

    /// <summary>A new salted hash of <paramref name="password"/>.</summary>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="stored"/>; false for any malformed hash.</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Spends the time of one verification, for a name that has no password (so timing tells nothing).</summary>
    public static void SpendVerification(string password) => _ = Verify(password, Decoy.Value);

    /// <summary>Why <paramref name="password"/> is not acceptable, or null when it is.</summary>
    public static string? Weakness(string password) =>
        password.Length < MinimumLength ? $"A password needs at least {MinimumLength} characters." : null;
}
