using System.Security.Cryptography;
using Bolwerk.Host.Server;
using Bolwerk.Strategy;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Reports;

namespace Bolwerk.Host.Strategy;

/// <summary>
/// The series the server's strategy monitor measures with: the shipped CRM study always, NATO and
/// Kiel when configured. Read once at start so a broken file stops start-up with its name, not a
/// request later; every input is listed with its SHA-256 for the reports.
/// </summary>
internal sealed class StrategyData
{
    public StrategyData(ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sources = settings.Strategy;
        var series = new Dictionary<string, TimeSeries>(StringComparer.Ordinal);
        var inputs = new List<ReportInput>
        {
            new("model", "data/strategy/ivs-2026-2030.yaml (shipped)", Hash(ShippedData.Bytes(ShippedData.Model)), null),
            new("crm", "data/strategy/eu_crm_2023/fact_EUSupplyShares_and_t.csv (shipped)", Hash(ShippedData.Bytes(ShippedData.CrmSupplyShares2023)), CrmSupplyShares.ShippedEdition),
        };
        foreach (var s in CrmDependencySeries.From([(CrmSupplyShares.ShippedYear, CrmSupplyShares.ShippedEdition, CrmSupplyShares.Shipped)]))
        {
            series[s.Key] = s;
        }

        if (sources.NatoFile is { } nato)
        {
            foreach (var s in NatoDefenceExpenditure.Read(nato, sources.NatoEdition))
            {
                series[s.Key] = s;
            }

            inputs.Add(new("nato", Path.GetFileName(nato), Hash(File.ReadAllBytes(nato)), sources.NatoEdition));
        }

        if (sources.KielDirectory is { } kiel)
        {
            var release = KielSupportTracker.Read(kiel);
            Kiel = release;
            foreach (var s in BurdenSharing.YearlySeries(release))
            {
                series[s.Key] = s;
            }

            foreach (var file in Directory.GetFiles(kiel, "*.csv").Order(StringComparer.Ordinal))
            {
                inputs.Add(new("kiel", "kiel/" + Path.GetFileName(file), Hash(File.ReadAllBytes(file)), release.Label));
            }
        }

        Series = series;
        Inputs = inputs;
    }

    public IReadOnlyDictionary<string, TimeSeries> Series { get; }

    public IReadOnlyList<ReportInput> Inputs { get; }

    public KielRelease? Kiel { get; }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
