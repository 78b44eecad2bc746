using System.Security.Cryptography;
using System.Text;

namespace Bolwerk.Sharing;

/// <summary>
/// STIX identifiers that are the same every time a case is exported (name-based UUID version 5,
/// RFC 9562, under a Bolwerk namespace), so a partner who imports two exports of one case or detection run updates
/// objects instead of duplicating them.
/// </summary>
public static class StixIds
{
    // The namespace is a fixed random UUID chosen for Bolwerk.
    private static readonly Guid Namespace = new("6f1c2b7e-3b0f-4c55-9a2e-0c1d5e8b4a77");

    /// <summary>"type--uuid" for the object named <paramref name="name"/>.</summary>
    public static string For(string type, string name) => $"{type}--{NameBased(name)}";

    private static Guid NameBased(string name)
    {
        Span<byte> space = stackalloc byte[16];
        Namespace.TryWriteBytes(space, bigEndian: true, out _);
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.CopyTo(bytes);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 identifiers; no security rests on it
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
