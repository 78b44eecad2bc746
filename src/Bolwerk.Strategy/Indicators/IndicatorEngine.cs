using System.Globalization;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Indicators;

/// <summary>
/// Computes each indicator's status as of a date from the series at hand: the latest observation
/// not after that year, the linear trajectory from baseline to target, the yearly change still
/// needed, the recent change, and the standing by <see cref="StatusRule"/>. An indicator without
/// a series, or whose series is not loaded or has no data yet, reports "no data" with the reason.
/// </summary>
public sealed class IndicatorEngine(IReadOnlyDictionary<string, TimeSeries> series, StatusRule rule)
{
    /// <summary>The status of <paramref name="indicator"/> as of <paramref name="asOf"/>.</summary>
    public IndicatorStatus Status(IndicatorDefinition indicator, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var c = CultureInfo.InvariantCulture;
        if (indicator.Series is null)
        {
            return NoData(indicator, indicator.NoDataReason ?? "no series measures it");
        }

        if (!series.TryGetValue(indicator.Series, out var data))
        {
            return NoData(indicator, $"series {indicator.Series} is not loaded");
        }

        if (data.Latest(asOf.Year) is not { } latest)
        {
            return NoData(indicator, $"{indicator.Series} has no observation up to {asOf.Year}");
        }

        var baseline = indicator.Baseline!;
        if (indicator.Target is not { } target)
        {
            // Editions of a study can be years apart: the change is per year since the previous one.
            var change = data.Latest(latest.Year - 1) is { } before ? (latest.Value - before.Value) / (latest.Year - before.Year) : (double?)null;
            return new IndicatorStatus(indicator.Id, Standing.Measured, (latest.Year, latest.Value), null, null, change,
                string.Create(c, $"{latest.Value:0.##} in {latest.Year} (baseline {baseline.Value:0.##} in {baseline.Year}); the strategy states a direction ({indicator.Direction}), no quantified target"), data.Edition);
        }

        var sign = indicator.Direction == "down" ? -1 : 1;
        var trajectory = baseline.Value + ((target.Value - baseline.Value) * (latest.Year - baseline.Year) / (target.Year - baseline.Year));
        var yearsLeft = target.Year - latest.Year;
        double? required = yearsLeft > 0 ? (target.Value - latest.Value) / yearsLeft : null;
        double? recent = data.In(latest.Year - 1) is { } previous ? latest.Value - previous.Value : null;

        Standing standing;
        string why;
        if (sign * (latest.Value - target.Value) >= 0)
        {
            standing = Standing.Achieved;
            why = string.Create(c, $"{latest.Value:0.00} in {latest.Year} meets the target {target.Value:0.##} for {target.Year}");
        }
        else if (required is null)
        {
            standing = Standing.OffTrack;
            why = string.Create(c, $"{latest.Value:0.00} in {latest.Year}; the target {target.Value:0.##} was due in {target.Year}");
        }
        else if (recent is null)
        {
            standing = sign * (latest.Value - trajectory) >= 0 ? Standing.OnTrack : Standing.AtRisk;
            why = string.Create(c, $"{latest.Value:0.00} in {latest.Year} against {trajectory:0.00} on the path; needs {required:+0.000;-0.000} a year to {target.Value:0.##} in {target.Year}; no earlier year to show the pace");
        }
        else
        {
            var pace = sign * recent.Value;
            var need = sign * required.Value;
            standing = pace >= need ? Standing.OnTrack : pace >= rule.AtRiskShare * need ? Standing.AtRisk : Standing.OffTrack;
            why = string.Create(c, $"{latest.Value:0.00} in {latest.Year} ({recent:+0.00;-0.00} on the year before); needs {required:+0.000;-0.000} a year to reach {target.Value:0.##} in {target.Year}; path value {trajectory:0.00}");
        }

        return new IndicatorStatus(indicator.Id, standing, (latest.Year, latest.Value), trajectory, required, recent, why + (latest.Estimate ? " (the latest figure is an estimate)" : string.Empty), data.Edition);
    }

    private static IndicatorStatus NoData(IndicatorDefinition indicator, string reason) => new(indicator.Id, Standing.NoData, null, null, null, null, "no data: " + reason, null);
}
