using Bolwerk.Identifiers;
using Bolwerk.Sanctions.Matching;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Screening;

/// <summary>A listed name of an entity, analysed once when the index is built.</summary>
/// <param name="Name">The analysed name.</param>
/// <param name="Weak">From a low-quality alias: its score is lowered.</param>
public sealed record IndexedName(AnalysedName Name, bool Weak);

/// <summary>
/// A listed entity prepared for screening: its names analysed, countries resolved to ISO codes,
/// birth dates read, IMO numbers and MMSIs normalised to digits.
/// </summary>
public sealed class IndexedEntity
{
    /// <summary>Prepares <paramref name="entity"/> with <paramref name="analyser"/>.</summary>
    public IndexedEntity(SanctionedEntity entity, NameAnalyser analyser)
    {
        Entity = entity;
        Kind = NameKinds.ForSchema(entity.Schema);
        Names =
        [
            .. entity.Names.Concat(entity.Aliases).Distinct(StringComparer.Ordinal).Select(n => new IndexedName(analyser.Analyse(n, Kind), false)),
            .. entity.WeakAliases.Distinct(StringComparer.Ordinal).Select(n => new IndexedName(analyser.Analyse(n, Kind), true)),
        ];
        Countries = [.. entity.Countries.Concat(entity.Nationalities)
            .Select(c => Bolwerk.Identifiers.Countries.TryResolve(c, out var country) ? country.Alpha2 : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
        BirthDates = [.. entity.BirthDates.Select(d => PartialDate.TryParse(d, out var date) ? date : (PartialDate?)null).OfType<PartialDate>()];
        Imos = [.. Identifiers(entity, "IMO").Select(DigitsOnly).Where(d => d.Length == 7).Distinct(StringComparer.Ordinal)];
        Mmsis = [.. Identifiers(entity, "MMSI").Select(DigitsOnly).Where(d => d.Length == 9).Distinct(StringComparer.Ordinal)];
        Programs = entity.Programme is null
            ? []
            : [.. entity.Programme.Split(["] [", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>The entity as listed.</summary>
    public SanctionedEntity Entity { get; }

    /// <summary>The kind of name the entity carries.</summary>
    public NameKind Kind { get; }

    /// <summary>Names and aliases, analysed.</summary>
    public IReadOnlyList<IndexedName> Names { get; }

    /// <summary>ISO codes of its countries and nationalities.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Its birth dates (or build years).</summary>
    public IReadOnlyList<PartialDate> BirthDates { get; }

    /// <summary>IMO numbers as 7 digits.</summary>
    public IReadOnlyList<string> Imos { get; }

    /// <summary>MMSIs as 9 digits.</summary>
    public IReadOnlyList<string> Mmsis { get; }

    /// <summary>Programmes it is listed under.</summary>
    public IReadOnlyList<string> Programs { get; }

    /// <summary>The digits of an identifier as written ("IMO 9329760" → "9329760").</summary>
    public static string DigitsOnly(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    private static IEnumerable<string> Identifiers(SanctionedEntity entity, string type) =>
        entity.Identifiers.Where(i => string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase)).Select(i => i.Value);

    /// <summary>Whether an ISO code or name resolves to a country.</summary>
    internal static string? CountryCode(string? text) => Bolwerk.Identifiers.Countries.TryResolve(text, out var country) ? country.Alpha2 : null;
}
