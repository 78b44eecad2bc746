using System.Security.Cryptography;
using System.Text;

namespace Bolwerk.Alerts;

/// <summary>
/// Builds idempotency keys: the same parts always give the same key, so a replayed batch is
/// recognised row by row.
/// </summary>
public static class IngestKeys
{
    /// <summary>
    /// A key from ordered parts: lowercase hex SHA-256 of the parts joined by U+001F
    /// (unit separator, which no part may contain), truncated to 32 characters (128 bits).
    /// </summary>
    /// <exception cref="ArgumentException">No parts, or a part contains U+001F.</exception>
    public static string From(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("An ingest key needs at least one part.", nameof(parts));
        }

        if (parts.Any(part => part.Contains('\u001f', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Ingest key parts may not contain U+001F.", nameof(parts));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(hash)[..32];
    }
}
