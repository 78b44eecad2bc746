using System.Security.Cryptography;
using System.Text;

namespace Bolwerk.Storage.Accounts;

/// <summary>
/// Generates bearer tokens and the digests under which they are stored.
/// </summary>
/// <remarks>
/// Tokens are 256 random bits, so a plain SHA-256 digest is the right store: unlike passwords
/// they cannot be guessed from a dictionary, and a fast hash keeps every request's lookup cheap
/// (a slow password hash would have to run on each API call).
/// </remarks>
public static class ApiTokens
{
    /// <summary>Every token starts with this, so secret scanners and humans recognise one.</summary>
    public const string Prefix = "bwk_";

    /// <summary>A new random token: the prefix and 43 base64url characters.</summary>
    public static string Generate()
    {
        Span<byte> secret = stackalloc byte[32];
        RandomNumberGenerator.Fill(secret);
        return Prefix + Convert.ToBase64String(secret).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The stored digest: lowercase hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Digest(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>True when the text has the shape of a Bolwerk token (cheap pre-check before a lookup).</summary>
    public static bool LooksLikeToken(string? text) =>
        text is { Length: 47 } && text.StartsWith(Prefix, StringComparison.Ordinal);
}
