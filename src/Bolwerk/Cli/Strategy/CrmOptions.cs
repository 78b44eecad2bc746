using System.CommandLine;
using System.Globalization;
using Bolwerk.Strategy.Data;

namespace Bolwerk.Host.Cli.Strategy;

/// <summary>The supply-share editions a strategy command reads: the shipped 2023 study, plus any given as FILE:YEAR.</summary>
internal static class CrmOptions
{
    public static Option<string[]> Files() => new("--crm")
    {
        Description = "A further CRM supply-share table as FILE:YEAR (CSV Material,Stage,Country,Share); repeatable. The 2023 study is shipped and always read unless --no-shipped-crm.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> NoShipped() => new("--no-shipped-crm") { Description = "Do not read the shipped 2023 CRM study." };

    /// <summary>The editions to read, each (year, edition name, shares); a malformed FILE:YEAR is an error naming it.</summary>
    public static IReadOnlyList<(int Year, string Edition, IReadOnlyList<SupplyShare> Shares)> Editions(string[]? files, bool noShipped)
    {
        var editions = new List<(int, string, IReadOnlyList<SupplyShare>)>();
        if (!noShipped)
        {
            editions.Add((CrmSupplyShares.ShippedYear, CrmSupplyShares.ShippedEdition, CrmSupplyShares.Shipped));
        }

        foreach (var (path, year) in Specs(files))
        {
            editions.Add((year, Path.GetFileName(path), CrmSupplyShares.Read(path)));
        }

        return editions;
    }

    /// <summary>Each FILE:YEAR as (file, year); a malformed one is an error naming it.</summary>
    public static IReadOnlyList<(string File, int Year)> Specs(string[]? files) =>
        [.. (files ?? []).Select(spec =>
        {
            var colon = spec.LastIndexOf(':');
            return colon > 0 && int.TryParse(spec[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
                ? (spec[..colon], year)
                : throw new FormatException($"--crm '{spec}': expected FILE:YEAR, e.g. crm_2027.csv:2027");
        })];
}
