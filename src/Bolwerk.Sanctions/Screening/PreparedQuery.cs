using Bolwerk.Sanctions.Matching;

namespace Bolwerk.Sanctions.Screening;

/// <summary>A query with its name analysed and its facts normalised, ready to score against many entities.</summary>
public sealed class PreparedQuery
{
    /// <summary>Prepares <paramref name="query"/> with <paramref name="analyser"/>.</summary>
    public PreparedQuery(ScreeningQuery query, NameAnalyser analyser)
    {
        Query = query;
        Kind = NameKinds.ForSchema(query.Schema);
        Name = analyser.Analyse(query.Name, Kind);
        Country = IndexedEntity.CountryCode(query.Country);
        BirthDate = PartialDate.TryParse(query.BirthDate, out var date) ? date : null;
        Imo = query.Imo is null ? null : IndexedEntity.DigitsOnly(query.Imo) is { Length: 7 } imo ? imo : null;
        Mmsi = query.Mmsi is null ? null : IndexedEntity.DigitsOnly(query.Mmsi) is { Length: 9 } mmsi ? mmsi : null;
    }

    /// <summary>The query as asked.</summary>
    public ScreeningQuery Query { get; }

    /// <summary>The kind of name asked for.</summary>
    public NameKind Kind { get; }

    /// <summary>The analysed name.</summary>
    public AnalysedName Name { get; }

    /// <summary>The ISO code of the query's country, when it resolves.</summary>
    public string? Country { get; }

    /// <summary>The query's birth date, when given and readable.</summary>
    public PartialDate? BirthDate { get; }

    /// <summary>The IMO number as 7 digits, when given.</summary>
    public string? Imo { get; }

    /// <summary>The MMSI as 9 digits, when given.</summary>
    public string? Mmsi { get; }
}
