using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using AnyAscii;

namespace Bolwerk.Identifiers;

/// <summary>One country or territory of ISO 3166-1 with the names lists and queries use for it.</summary>
/// <param name="Alpha2">The ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">The English short name.</param>
/// <param name="Aliases">Other names met in lists: formal and native names, demonyms ("Russian Federation", "Rossiya", "Russian").</param>
public sealed record Country(string Alpha2, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// ISO 3166-1 countries (data/identifiers/countries.csv, embedded), resolvable from a code, a
/// name or an alias in any letter case and with or without diacritics — sanctions lists write
/// "Russian Federation", "Russia" and "RU" for one country.
/// </summary>
public static class Countries
{
    private static readonly Lazy<(FrozenDictionary<string, Country> ByCode, FrozenDictionary<string, Country> ByName)> Table = new(Load);

    /// <summary>Every country, by code.</summary>
    public static IEnumerable<Country> All => Table.Value.ByCode.Values.OrderBy(c => c.Alpha2, StringComparer.Ordinal);

    /// <summary>
    /// The country a code ("ru", "RU"), name or alias ("Russian Federation", "Türkiye") stands for.
    /// </summary>
    public static bool TryResolve(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Country? country)
    {
        country = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 2 && Table.Value.ByCode.TryGetValue(trimmed.ToUpperInvariant(), out country))
        {
            return true;
        }

        return Table.Value.ByName.TryGetValue(Fold(trimmed), out country);
    }

    /// <summary>Lower-case ASCII (AnyAscii: diacritics and other scripts transliterated), every run of non-letters one space: the form names are looked up in.</summary>
    public static string Fold(string text)
    {
        // Unicode normalisation is unavailable under invariant globalisation, so transliterate instead.
        var ascii = text.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        var space = false;
        foreach (var c in ascii)
        {
            if (c == '\'')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private static (FrozenDictionary<string, Country>, FrozenDictionary<string, Country>) Load()
    {
        const string resource = "Bolwerk.Identifiers.Countries.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from Bolwerk.Core.");
        using var reader = new StreamReader(stream);
        var byCode = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        _ = reader.ReadLine(); // header: alpha2,name,aliases
        while (reader.ReadLine() is { } line)
        {
            var fields = SplitCsv(line);
            var aliases = fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var country = new Country(fields[0], fields[1], aliases);
            byCode.Add(country.Alpha2, country);
            foreach (var name in aliases.Prepend(country.Name))
            {
                byName.TryAdd(Fold(name), country);
            }
        }

        return (byCode.ToFrozenDictionary(StringComparer.Ordinal), byName.ToFrozenDictionary(StringComparer.Ordinal));
    }

    // Three fields; only the name may be quoted (it can hold a comma). Fixed, embedded file.
    private static string[] SplitCsv(string line)
    {
        var code = line[..2];
        var rest = line[3..];
        string name;
        if (rest.StartsWith('"'))
        {
            var close = rest.IndexOf('"', 1);
            name = rest[1..close];
            rest = rest[(close + 2)..];
        }
        else
        {
            var comma = rest.IndexOf(',', StringComparison.Ordinal);
            name = rest[..comma];
            rest = rest[(comma + 1)..];
        }

        return [code, name, rest];
    }
}
