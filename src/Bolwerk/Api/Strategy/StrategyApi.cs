using System.Globalization;
using Bolwerk.Host.Server;
using Bolwerk.Host.Strategy;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Model;
using Bolwerk.Strategy.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api.Strategy;

/// <summary>
/// /api/v1/strategy: the strategy monitor over HTTP — the status of every indicator and milestone
/// as of a date, the raw-material dependencies, burden sharing on the configured Kiel release, and
/// the progress report (rendered, not frozen: freezing is `bolwerk strategy report --out`).
/// </summary>
internal static class StrategyApi
{
    public static IEndpointRouteBuilder MapStrategyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/strategy").WithTags("Strategy").RequireAuthorization(RolePolicies.Viewer);
        group.MapGet("/status", Status).WithName("StrategyStatus").WithSummary("Every indicator (standing, delivery confidence, numbers, edition) and milestone as of a date (default today)");
        group.MapGet("/dependencies", Dependencies).WithName("StrategyDependencies").WithSummary("Raw-material supply pairs above HHI 0.4 or with one third country above 65 % (all=true: every pair)");
        group.MapGet("/burden-sharing", Burden).WithName("StrategyBurdenSharing").WithSummary("Aid to Ukraine per government donor on the configured Kiel release; 404 when none is configured");
        group.MapGet("/report", Report).WithName("StrategyReport").WithSummary("The progress report as of a date, html (default) or md");
        return app;
    }

    internal static Results<Ok<StrategyStatusDto>, ProblemHttpResult> Status(string? asOf, StrategyData data, TimeProvider time)
    {
        if (!TryDate(asOf, time, out var date, out var problem))
        {
            return problem;
        }

        var model = StrategyModel.Default;
        var engine = new IndicatorEngine(data.Series, StatusRule.Default);
        var c = CultureInfo.InvariantCulture;
        var indicators = model.Indicators.Select(x =>
        {
            var (line, i) = x;
            var s = engine.Status(i, date);
            return new IndicatorStatusDto(i.Id, i.Name, line.Id, i.Section, i.Quote, i.Unit, s.Standing.ToString(), DeliveryConfidenceScale.Of(i, s, StatusRule.Default)?.Label(),
                s.Latest?.Year, s.Latest?.Value, s.TrajectoryValue, s.RequiredAnnualChange, s.RecentAnnualChange, s.Explanation, s.Edition,
                i.Baseline?.Year, i.Baseline?.Value, i.Target?.Year, i.Target?.Value, i.Direction,
                i.Series is { } key && data.Series.TryGetValue(key, out var series)
                    ? [.. series.Observations.Where(o => o.Year <= date.Year).OrderBy(o => o.Year).Select(o => new ObservationDto(o.Year, o.Value, o.Estimate))]
                    : []);
        }).ToList();
        var milestones = model.Milestones.Select(x => new MilestoneStatusDto(x.Milestone.Id, x.Milestone.Name, x.Line.Id, x.Milestone.Section, x.Milestone.Quote,
            x.Milestone.Due.ToString("yyyy-MM-dd", c), MilestoneStatus.Of(x.Milestone, date), x.Milestone.Evidence)).ToList();
        return TypedResults.Ok(new StrategyStatusDto(model.Strategy, model.Version, date.ToString("yyyy-MM-dd", c), indicators, milestones));
    }

    internal static Ok<IReadOnlyList<DependencyDto>> Dependencies(bool? all) =>
        TypedResults.Ok<IReadOnlyList<DependencyDto>>([.. SupplyConcentration.Analyse(CrmSupplyShares.Shipped)
            .Where(r => all == true || r.AboveHhiThreshold || r.AboveSingleCountryCap)
            .Select(r => new DependencyDto(r.Material, r.Stage == "E" ? "extraction" : "processing", Math.Round(r.Hhi, 4), r.TopSupplier.Country, r.TopSupplier.Share,
                r.TopNonEuSupplier?.Country, r.TopNonEuSupplier?.Share, r.AboveHhiThreshold, r.AboveSingleCountryCap))]);

    internal static Results<Ok<BurdenSharingDto>, ProblemHttpResult> Burden(StrategyData data)
    {
        if (data.Kiel is not { } release)
        {
            return TypedResults.Problem(title: "Not found", detail: "No Kiel Ukraine Support Tracker release is configured (serve --strategy-kiel DIR).", statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound);
        }

        var r = BurdenSharing.Analyse(release);
        return TypedResults.Ok(new BurdenSharingDto(release.Label, release.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.AllDonorsAllocated, r.NatoPurl,
            [.. r.Governments.Select(d => new DonorBurdenDto(d.Donor, d.Iso, d.Allocated, d.Military, d.Committed, d.PctGdp, d.PctGdpWithEu, d.FairShare, d.Rank, r.DonorCount, d.EuRankWithEu))]));
    }

    internal static Results<ContentHttpResult, ProblemHttpResult> Report(string? asOf, string? format, StrategyData data, TimeProvider time)
    {
        if (!TryDate(asOf, time, out var date, out var problem))
        {
            return problem;
        }

        if (format is not (null or "html" or "md"))
        {
            return TypedResults.Problem(title: "Invalid request", detail: $"format '{format}' is not html or md.", statusCode: StatusCodes.Status400BadRequest, type: ProblemTypes.Validation);
        }

        var report = StrategyReport.Render(StrategyModel.Default, data.Series, date, StatusRule.Default, data.Inputs);
        return format == "md"
            ? TypedResults.Text(report.Markdown, "text/markdown; charset=utf-8")
            : TypedResults.Text(report.Html, "text/html; charset=utf-8");
    }

    private static bool TryDate(string? text, TimeProvider time, out DateOnly date, out ProblemHttpResult problem)
    {
        problem = null!;
        if (text is null)
        {
            date = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        problem = TypedResults.Problem(title: "Invalid request", detail: $"asOf '{text}' is not a date (yyyy-MM-dd).", statusCode: StatusCodes.Status400BadRequest, type: ProblemTypes.Validation);
        return false;
    }
}
