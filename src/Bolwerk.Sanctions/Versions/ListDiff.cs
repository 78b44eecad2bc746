using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Versions;

/// <summary>An entry present in both versions whose content differs, with the fields that changed.</summary>
/// <param name="Before">The entry in the older version.</param>
/// <param name="After">The entry in the newer version.</param>
/// <param name="Fields">Names of the changed fields (names, aliases, birthDates, identifiers, programme …).</param>
public sealed record ChangedEntry(SanctionedEntity Before, SanctionedEntity After, IReadOnlyList<string> Fields);

/// <summary>What changed between two versions of a list, by entity id.</summary>
/// <param name="Added">Entries only in the newer version.</param>
/// <param name="Removed">Entries only in the older version (delisted).</param>
/// <param name="Changed">Entries in both whose content differs.</param>
/// <param name="Unchanged">How many entries are the same in both.</param>
public sealed record ListDiff(IReadOnlyList<SanctionedEntity> Added, IReadOnlyList<SanctionedEntity> Removed, IReadOnlyList<ChangedEntry> Changed, int Unchanged)
{
    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/> by entity id.</summary>
    public static ListDiff Between(IReadOnlyList<SanctionedEntity> older, IReadOnlyList<SanctionedEntity> newer)
    {
        var before = older.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var after = newer.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var added = newer.Where(e => !before.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var removed = older.Where(e => !after.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var changed = new List<ChangedEntry>();
        var unchanged = 0;
        foreach (var entity in newer.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (!before.TryGetValue(entity.Id, out var old))
            {
                continue;
            }

            var fields = ChangedFields(old, entity);
            if (fields.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new ChangedEntry(old, entity, fields));
            }
        }

        return new ListDiff(added, removed, changed, unchanged);
    }

    // Field by field, so a desk sees "aliases, birthDates" rather than "changed". The source
    // (list name and date) differs between every two versions and is not a change of the entry.
    private static List<string> ChangedFields(SanctionedEntity a, SanctionedEntity b)
    {
        var fields = new List<string>();
        void Compare<T>(string name, IReadOnlyList<T> x, IReadOnlyList<T> y)
        {
            if (!x.SequenceEqual(y))
            {
                fields.Add(name);
            }
        }

        void Same(string name, string? x, string? y)
        {
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                fields.Add(name);
            }
        }

        Same("schema", a.Schema, b.Schema);
        Compare("names", a.Names, b.Names);
        Compare("aliases", a.Aliases, b.Aliases);
        Compare("weakAliases", a.WeakAliases, b.WeakAliases);
        Compare("birthDates", a.BirthDates, b.BirthDates);
        Same("gender", a.Gender, b.Gender);
        Compare("nationalities", a.Nationalities, b.Nationalities);
        Compare("countries", a.Countries, b.Countries);
        Compare("identifiers", a.Identifiers, b.Identifiers);
        Compare("addresses", a.Addresses, b.Addresses);
        Same("programme", a.Programme, b.Programme);
        Same("legalBasis", a.LegalBasis, b.LegalBasis);
        Same("listedOn", a.ListedOn, b.ListedOn);
        Same("reference", a.Reference, b.Reference);
        return fields;
    }
}
