using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bolwerk.Strategy.Model;

/// <summary>A point on a target path: a year and a value.</summary>
public sealed class YearValue
{
    /// <summary>The year.</summary>
    public int Year { get; set; }

    /// <summary>The value in the indicator's unit.</summary>
    public double Value { get; set; }
}

/// <summary>A measured commitment: a series against a target on a trajectory from a baseline.</summary>
public sealed class IndicatorDefinition
{
    /// <summary>Id ("defence-spending-2030").</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>What it measures.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Strategy section.</summary>
    public string Section { get; set; } = string.Empty;

    /// <summary>The Dutch sentence of the strategy it comes from, verbatim.</summary>
    public string Quote { get; set; } = string.Empty;

    /// <summary>Unit of its values.</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary>The data series ("dataset/name") that measures it, when there is one.</summary>
    public string? Series { get; set; }

    /// <summary>Where the trajectory starts.</summary>
    public YearValue? Baseline { get; set; }

    /// <summary>The committed value and year.</summary>
    public YearValue? Target { get; set; }

    /// <summary>"up" (more is better, default) or "down".</summary>
    public string Direction { get; set; } = "up";

    /// <summary>Why there is no data, stated instead of guessing.</summary>
    public string? NoDataReason { get; set; }
}

/// <summary>A dated commitment.</summary>
public sealed class Milestone
{
    /// <summary>Id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>What is to be done.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Strategy section.</summary>
    public string Section { get; set; } = string.Empty;

    /// <summary>The Dutch sentence it comes from.</summary>
    public string Quote { get; set; } = string.Empty;

    /// <summary>When it is due.</summary>
    public DateOnly Due { get; set; }

    /// <summary>When it was achieved, if recorded.</summary>
    public DateOnly? Achieved { get; set; }

    /// <summary>Where the achievement is documented.</summary>
    public string? Evidence { get; set; }
}

/// <summary>An objective under an action line.</summary>
public sealed class Objective
{
    /// <summary>Id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its indicators.</summary>
    public List<IndicatorDefinition> Indicators { get; set; } = [];

    /// <summary>Its milestones.</summary>
    public List<Milestone> Milestones { get; set; } = [];
}

/// <summary>An action line (Versterken, Beschermen, Steunen, 360°).</summary>
public sealed class ActionLine
{
    /// <summary>Id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Strategy section.</summary>
    public string Section { get; set; } = string.Empty;

    /// <summary>Its objectives.</summary>
    public List<Objective> Objectives { get; set; } = [];
}

/// <summary>The strategic goal.</summary>
public sealed class Goal
{
    /// <summary>Section.</summary>
    public string Section { get; set; } = string.Empty;

    /// <summary>The goal as worded.</summary>
    public string Quote { get; set; } = string.Empty;
}

/// <summary>
/// The strategy as a model (data/strategy/ivs-2026-2030.yaml, embedded): goal → action lines →
/// objectives → indicators and milestones, each quoting its sentence. Validated at load: unknown
/// fields, duplicate ids, an entry without section or quote, an indicator with a series but no
/// baseline, an indicator with neither series nor a stated reason for having no data, a
/// direction other than up/down — each an error naming the entry.
/// </summary>
public sealed class StrategyModel
{
    private static readonly Lazy<StrategyModel> Shipped = new(() =>
    {
        using var reader = ShippedData.Reader(ShippedData.Model);
        return Parse(reader.ReadToEnd(), "data/strategy/ivs-2026-2030.yaml");
    });

    /// <summary>The shipped model of the IVS 2026-2030.</summary>
    public static StrategyModel Default => Shipped.Value;

    /// <summary>Model version (date).</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>The strategy's title.</summary>
    public string Strategy { get; set; } = string.Empty;

    /// <summary>The goal.</summary>
    public Goal Goal { get; set; } = new();

    /// <summary>The action lines.</summary>
    public List<ActionLine> ActionLines { get; set; } = [];

    /// <summary>Every indicator with its action line.</summary>
    public IEnumerable<(ActionLine Line, IndicatorDefinition Indicator)> Indicators =>
        ActionLines.SelectMany(l => l.Objectives.SelectMany(o => o.Indicators.Select(i => (l, i))));

    /// <summary>Every milestone with its action line.</summary>
    public IEnumerable<(ActionLine Line, Milestone Milestone)> Milestones =>
        ActionLines.SelectMany(l => l.Objectives.SelectMany(o => o.Milestones.Select(m => (l, m))));

    /// <summary>Parses and validates a model; <paramref name="name"/> names it in errors.</summary>
    public static StrategyModel Parse(string yaml, string name)
    {
        StrategyModel model;
        try
        {
            model = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<StrategyModel>(yaml)
                ?? throw new FormatException($"{name}: the file is empty");
        }
        catch (YamlException e)
        {
            throw new FormatException($"{name}: line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message}", e);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Entry(string id, string section, string quote)
        {
            if (string.IsNullOrWhiteSpace(id) || !ids.Add(id))
            {
                throw new FormatException($"{name}: entry '{id}' has no id or is defined twice");
            }

            if (string.IsNullOrWhiteSpace(section) || string.IsNullOrWhiteSpace(quote))
            {
                throw new FormatException($"{name}: entry '{id}' needs the section and the quoted sentence it comes from");
            }
        }

        foreach (var (_, i) in model.Indicators)
        {
            Entry(i.Id, i.Section, i.Quote);
            if (i.Direction is not ("up" or "down"))
            {
                throw new FormatException($"{name}: indicator '{i.Id}': direction '{i.Direction}' is not up or down");
            }

            if (i.Series is not null && i.Baseline is null)
            {
                throw new FormatException($"{name}: indicator '{i.Id}': a series needs a baseline to measure from");
            }

            if (i.Series is null && string.IsNullOrWhiteSpace(i.NoDataReason))
            {
                throw new FormatException($"{name}: indicator '{i.Id}' has no series and states no reason for having no data");
            }
        }

        foreach (var (_, m) in model.Milestones)
        {
            Entry(m.Id, m.Section, m.Quote);
        }

        return model;
    }
}
