using System.Diagnostics.CodeAnalysis;

namespace Bolwerk.Marking;

/// <summary>Text and STIX forms of <see cref="Tlp"/> labels.</summary>
public static class TlpLabels
{
    /// <summary>The canonical label, e.g. "TLP:AMBER+STRICT".</summary>
    public static string ToLabel(this Tlp tlp) => tlp switch
    {
        Tlp.Clear => "TLP:CLEAR",
        Tlp.Green => "TLP:GREEN",
        Tlp.Amber => "TLP:AMBER",
        Tlp.AmberStrict => "TLP:AMBER+STRICT",
        Tlp.Red => "TLP:RED",
        _ => throw new ArgumentOutOfRangeException(nameof(tlp), tlp, "Unknown TLP value."),
    };

    /// <summary>
    /// The OASIS STIX 2.1 marking-definition id of the TLP 2.0 label (extension
    /// extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d).
    /// </summary>
    public static string StixMarkingDefinitionId(this Tlp tlp) => tlp switch
    {
        Tlp.Clear => "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        Tlp.Green => "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        Tlp.Amber => "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        Tlp.AmberStrict => "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        Tlp.Red => "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
        _ => throw new ArgumentOutOfRangeException(nameof(tlp), tlp, "Unknown TLP value."),
    };

    /// <summary>The more restrictive of two labels.</summary>
    public static Tlp MostRestrictive(Tlp first, Tlp second) => first >= second ? first : second;

    /// <summary>
    /// Parses a label with or without the "TLP:" prefix, in any case: CLEAR, GREEN, AMBER,
    /// AMBER+STRICT, RED; and the TLP 1.0 label WHITE, which TLP 2.0 renamed CLEAR.
    /// </summary>
    /// <exception cref="FormatException">Not a TLP label; the message quotes the input.</exception>
    public static Tlp Parse(string text) =>
        TryParse(text, out var tlp) ? tlp : throw new FormatException($"'{text}' is not a TLP label: expected CLEAR, GREEN, AMBER, AMBER+STRICT or RED.");

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Tlp tlp) => TryParse(text.AsSpan(), out tlp);

    /// <summary>Parses a label from a span without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Tlp tlp)
    {
        var span = text.Trim();
        if (span.StartsWith("TLP:", StringComparison.OrdinalIgnoreCase))
        {
            span = span[4..];
        }

        (var ok, tlp) = span switch
        {
            _ when span.Equals("CLEAR", StringComparison.OrdinalIgnoreCase) => (true, Tlp.Clear),
            _ when span.Equals("WHITE", StringComparison.OrdinalIgnoreCase) => (true, Tlp.Clear),
            _ when span.Equals("GREEN", StringComparison.OrdinalIgnoreCase) => (true, Tlp.Green),
            _ when span.Equals("AMBER", StringComparison.OrdinalIgnoreCase) => (true, Tlp.Amber),
            _ when span.Equals("AMBER+STRICT", StringComparison.OrdinalIgnoreCase) => (true, Tlp.AmberStrict),
            _ when span.Equals("RED", StringComparison.OrdinalIgnoreCase) => (true, Tlp.Red),
            _ => (false, Tlp.Clear),
        };
        return ok;
    }
}
