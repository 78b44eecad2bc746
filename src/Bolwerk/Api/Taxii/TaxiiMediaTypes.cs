namespace Bolwerk.Host.Api.Taxii;

/// <summary>The TAXII 2.1 media types and the content negotiation the specification asks for.</summary>
internal static class TaxiiMediaTypes
{
    public const string Taxii = "application/taxii+json;version=2.1";
    public const string Stix = "application/stix+json;version=2.1";

    /// <summary>Whether an Accept header admits a TAXII 2.1 answer (no header: yes).</summary>
    public static bool Accepts(string? accept) =>
        string.IsNullOrWhiteSpace(accept) || accept.Split(',').Select(a => a.Split(';')[0].Trim().ToLowerInvariant())
            .Any(a => a is "application/taxii+json" or "*/*" or "application/*" or "application/json");

    /// <summary>Whether a request body's Content-Type is TAXII 2.1 (a version other than 2.1 is refused).</summary>
    public static bool IsTaxii(string? contentType)
    {
        var parts = (contentType ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts[0].Equals("application/taxii+json", StringComparison.OrdinalIgnoreCase)
            && parts.Skip(1).Where(p => p.StartsWith("version", StringComparison.OrdinalIgnoreCase)).All(p => p.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("version=2.1", StringComparison.OrdinalIgnoreCase));
    }
}
