namespace Bolwerk.Strategy.Data;

/// <summary>One observation: a year's value, marked when the source calls it an estimate.</summary>
public readonly record struct Observation(int Year, double Value, bool Estimate);

/// <summary>
/// A data series with its provenance: the dataset and name ("nato-defence-pct-gdp/Netherlands"),
/// the source and the edition it was read from. A new edition is a new series object; reports name
/// the editions they used, so old reports stay reproducible.
/// </summary>
public sealed record TimeSeries(string Key, string Source, string Edition, IReadOnlyList<Observation> Observations)
{
    /// <summary>The newest observation in or before <paramref name="year"/>, if any.</summary>
    public Observation? Latest(int year) => Observations.Where(o => o.Year <= year).OrderBy(o => o.Year).Cast<Observation?>().LastOrDefault();

    /// <summary>The observation of <paramref name="year"/>, if any.</summary>
    public Observation? In(int year) => Observations.Where(o => o.Year == year).Cast<Observation?>().FirstOrDefault();
}
