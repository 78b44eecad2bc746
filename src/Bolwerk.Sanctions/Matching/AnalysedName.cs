namespace Bolwerk.Sanctions.Matching;

/// <summary>A name taken apart for comparison: its words, legal form and numbers.</summary>
/// <param name="Original">The name as written.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Parts">The identifying words, prefixes, legal forms and numbers removed.</param>
/// <param name="LegalForm">The generic legal form ("llc", "jsc") when the name carries one.</param>
/// <param name="Numbers">Numbers in the name, digits and Roman numerals and number words read as integers' digits.</param>
/// <param name="Compact">All canonical words run together, for names written with or without spaces.</param>
public sealed record AnalysedName(
    string Original,
    NameKind Kind,
    NamePart[] Parts,
    string? LegalForm,
    string[] Numbers,
    string Compact)
{
    /// <summary>The identifying words joined by spaces.</summary>
    public string Key { get; } = string.Join(' ', Parts.Select(p => p.Exact ? p.Text : p.Canonical));

    /// <summary>
    /// A second reading in which multi-word phrases the vocabulary knows in other languages are
    /// one word each; null when the name has none.
    /// </summary>
    public NamePart[]? PhraseParts { get; init; }
}
