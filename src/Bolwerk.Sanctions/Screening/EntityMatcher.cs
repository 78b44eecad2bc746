using System.Globalization;
using System.Text;
using Bolwerk.Sanctions.Matching;

namespace Bolwerk.Sanctions.Screening;

/// <summary>
/// Scores a query against one listed entity the way OpenSanctions logic-v2 combines evidence:
/// the strongest of the name score (best over names and aliases; weak aliases lowered) and an
/// equal IMO number or MMSI, then qualifiers added — a disjoint country, birth year or birth date
/// lowers it; a different IMO number on both sides marks a different ship. Clamped to [0, 1].
/// </summary>
public sealed class EntityMatcher(MatchOptions options)
{
    private readonly NameComparer _names = new(options);

    /// <summary>The options in force.</summary>
    public MatchOptions Options => options;

    /// <summary>
    /// Whether a query of <paramref name="query"/>'s kind may match an entity of <paramref name="entity"/>'s kind.
    /// A query without a schema meets every entity; a listed LegalEntity may be a person or an
    /// organisation, never a vessel.
    /// </summary>
    public static bool Compatible(NameKind query, NameKind entity) =>
        query == entity || query == NameKind.Any || (entity == NameKind.Any && query != NameKind.Craft);

    /// <summary>The score of <paramref name="entity"/> for <paramref name="query"/>, without explanation.</summary>
    public double Score(PreparedQuery query, IndexedEntity entity) => Evaluate(query, entity, null, null);

    /// <summary>
    /// The match with its explanation, or null below <see cref="MatchOptions.Threshold"/>. With
    /// <paramref name="names"/>, only those of the entity's names are compared (the index knows
    /// which share words with the query); otherwise all.
    /// </summary>
    public ScreeningMatch? Match(PreparedQuery query, IndexedEntity entity, IReadOnlyList<int>? names = null)
    {
        var score = Evaluate(query, entity, names, null);
        if (score < options.Threshold)
        {
            return null;
        }

        var explanation = new StringBuilder();
        var best = Evaluate(query, entity, names, explanation);
        var matched = BestName(query, entity, names).Name.Name.Original;
        return new ScreeningMatch(
            entity.Entity.Id,
            entity.Entity.Names.Count > 0 ? entity.Entity.Names[0] : matched,
            entity.Entity.Schema,
            Math.Round(best, 4),
            matched,
            entity.Programs,
            explanation.ToString(),
            entity.Entity.Source,
            entity.Names.Max(n => OfacViewScore.Of(query.Query.Name, n.Name.Original)));
    }

    private double Evaluate(PreparedQuery query, IndexedEntity entity, IReadOnlyList<int>? names, StringBuilder? explanation)
    {
        if (!Compatible(query.Kind, entity.Kind))
        {
            return 0.0;
        }

        var best = BestName(query, entity, names);
        var score = best.Score;
        if (explanation is not null)
        {
            explanation.Append(_names.Explain(query.Name, best.Name.Name).Explain());
            if (best.Name.Weak)
            {
                explanation.Append(CultureInfo.InvariantCulture, $"; weak alias ×{options.WeakAliasFactor:0.00}");
            }
        }

        if (query.Imo is not null && entity.Imos.Contains(query.Imo))
        {
            score = Math.Max(score, options.VesselIdentifierScore);
            explanation?.Append(CultureInfo.InvariantCulture, $"; IMO {query.Imo} equal ({options.VesselIdentifierScore:0.00})");
        }
        else if (query.Imo is not null && entity.Imos.Count > 0)
        {
            score += options.IdentifierMismatch;
            explanation?.Append(CultureInfo.InvariantCulture, $"; IMO {query.Imo} vs {string.Join('/', entity.Imos)} differ ({options.IdentifierMismatch:+0.00;-0.00})");
        }

        if (query.Mmsi is not null && entity.Mmsis.Contains(query.Mmsi))
        {
            score = Math.Max(score, options.VesselIdentifierScore);
            explanation?.Append(CultureInfo.InvariantCulture, $"; MMSI {query.Mmsi} equal ({options.VesselIdentifierScore:0.00})");
        }

        if (score <= 0)
        {
            return 0.0;
        }

        if (query.Country is not null && entity.Countries.Count > 0 && !entity.Countries.Contains(query.Country))
        {
            score += options.CountryMismatch;
            explanation?.Append(CultureInfo.InvariantCulture, $"; country {query.Country} not among {string.Join('/', entity.Countries)} ({options.CountryMismatch:+0.00;-0.00})");
        }

        if (query.BirthDate is { } birth && entity.BirthDates.Count > 0)
        {
            score += BirthDateQualifier(birth, entity.BirthDates, explanation);
        }

        return Math.Clamp(score, 0.0, 1.0);
    }

    private double BirthDateQualifier(PartialDate query, IReadOnlyList<PartialDate> listed, StringBuilder? explanation)
    {
        if (query.IsFull && listed.Any(d => d.IsFull) && !listed.Any(d => d == query) && !listed.Any(d => !d.IsFull && d.Year == query.Year))
        {
            explanation?.Append(CultureInfo.InvariantCulture, $"; birth date differs ({options.BirthDayMismatch:+0.00;-0.00})");
            return options.BirthDayMismatch;
        }

        if (!listed.Any(d => d.Year == query.Year))
        {
            explanation?.Append(CultureInfo.InvariantCulture, $"; birth year {query.Year} not among {string.Join('/', listed.Select(d => d.Year).Distinct())} ({options.BirthYearMismatch:+0.00;-0.00})");
            return options.BirthYearMismatch;
        }

        explanation?.Append(CultureInfo.InvariantCulture, $"; birth year {query.Year} agrees");
        return 0.0;
    }

    private (double Score, IndexedName Name) BestName(PreparedQuery query, IndexedEntity entity, IReadOnlyList<int>? names)
    {
        var best = (Score: -1.0, Name: entity.Names[0]);
        var count = names?.Count ?? entity.Names.Count;
        for (var i = 0; i < count; i++)
        {
            var name = entity.Names[names is null ? i : names[i]];
            var score = _names.Score(query.Name, name.Name) * (name.Weak ? options.WeakAliasFactor : 1.0);
            if (score > best.Score)
            {
                best = (score, name);
                if (score >= 1.0)
                {
                    break;
                }
            }
        }

        return best;
    }
}
