using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Indicators;

/// <summary>Where a dated commitment stands on a date.</summary>
public static class MilestoneStatus
{
    /// <summary>"achieved 2026-…", "open, due …", "due today", or "overdue since …: no achievement recorded".</summary>
    public static string Of(Milestone milestone, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.Achieved is { } done && done <= asOf
            ? $"achieved {done:yyyy-MM-dd}{(milestone.Evidence is null ? string.Empty : " (" + milestone.Evidence + ")")}"
            : milestone.Due > asOf ? $"open, due {milestone.Due:yyyy-MM-dd}"
            : milestone.Due == asOf ? "due today: no achievement recorded yet"
            : $"overdue since {milestone.Due:yyyy-MM-dd}: no achievement recorded";
    }
}
