using System.Security.Claims;
using System.Text.Json;
using Bolwerk.Host.Fimi;
using Bolwerk.Host.Server;
using Bolwerk.Information.Disarm;
using Bolwerk.Information.Networks;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Fimi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api.Fimi;

/// <summary>
/// /api/v1/fimi: stored detection runs (from `fimi detect --store`), their networks with DISARM
/// suggestions, analysts' decisions on techniques, and a run as STIX 2.1. Reading follows the
/// run's marking and owner organisation; only the owner organisation's analysts tag. Audited.
/// </summary>
internal static class FimiApi
{
    private const string ObjectType = "fimi-run";

    public static IEndpointRouteBuilder MapFimiApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/fimi").WithTags("FIMI").RequireAuthorization(RolePolicies.Viewer);
        group.MapGet("/runs", Runs).WithName("FimiRuns").WithSummary("Stored detection runs the caller may read, newest first");
        group.MapGet("/runs/{id}", Run).WithName("FimiRun").WithSummary("A run with its networks and the standing DISARM decisions");
        group.MapGet("/runs/{id}/stix", Stix).WithName("FimiRunStix").WithSummary("A run as a STIX 2.1 bundle: confirmed techniques as confirmed, rejected ones left out; never below the run's marking");
        group.MapGet("/networks/{id}", Network).WithName("FimiNetwork").WithSummary("A network as detected, its DISARM suggestions with countermeasures, and the decisions with their history");
        group.MapPost("/networks/{id}/tags", Tag).WithName("FimiTag").WithSummary("Confirm or reject a DISARM technique for a network (owner organisation's analysts)").RequireAuthorization(RolePolicies.Analyst);
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<FimiRunDto>>> Runs(ClaimsPrincipal user, HttpContext context, StoredFimiRuns runs, AuditRecorder audit, CancellationToken ct)
    {
        var principal = user.ToPrincipal();
        var all = await runs.RunsAsync(ct);
        var readable = all.Where(r => AccessPolicy.CanRead(principal, StoredFimiRuns.Marking(r)).Allowed).ToList();
        await audit.RecordAsync(context, principal, "list", ObjectType, null, AuditOutcome.Allowed, $"{readable.Count} returned, {all.Count - readable.Count} withheld by marking");
        return TypedResults.Ok<IReadOnlyList<FimiRunDto>>([.. readable.Select(ToDto)]);
    }

    internal static async Task<Results<Ok<FimiRunDetailDto>, ProblemHttpResult>> Run(string id, ClaimsPrincipal user, HttpContext context, StoredFimiRuns runs, AuditRecorder audit, CancellationToken ct)
    {
        var (run, problem) = await ReadableAsync(id, user, context, runs, audit, "read", ct);
        if (run is null)
        {
            return problem!;
        }

        var networks = await runs.NetworksAsync(run.Id, ct);
        return TypedResults.Ok(new FimiRunDetailDto(ToDto(run), [.. networks.Select(n => new FimiNetworkSummaryDto(n.Stored.Id, n.Stored.Sequence, n.Stored.Kind, n.Stored.Accounts, n.Stored.Score, n.Stored.Start, n.Stored.End,
            [.. n.Current.Where(t => t.Confirmed).Select(t => t.Technique)], [.. n.Current.Where(t => !t.Confirmed).Select(t => t.Technique)]))]));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Stix(string id, ClaimsPrincipal user, HttpContext context, StoredFimiRuns runs, AuditRecorder audit, CancellationToken ct, string? tlp = null)
    {
        Tlp? asked = null;
        if (tlp is not null)
        {
            asked = TlpLabels.TryParse(tlp, out var t) ? t : null;
            if (asked is null)
            {
                return TypedResults.Problem(title: "Invalid tlp", detail: $"'{tlp}' is not a TLP label.", statusCode: 400, type: ProblemTypes.Validation);
            }
        }

        var (run, problem) = await ReadableAsync(id, user, context, runs, audit, "export-stix", ct);
        if (run is null)
        {
            return problem!;
        }

        var marking = asked ?? (Tlp)run.Tlp;
        if (marking < (Tlp)run.Tlp)
        {
            return TypedResults.Problem(title: "Would lower the marking", detail: $"run {run.Id} is {((Tlp)run.Tlp).ToLabel()}; it cannot be exported as {marking.ToLabel()}.", statusCode: 403, type: ProblemTypes.ForbiddenMarking);
        }

        return TypedResults.Content(await runs.StixAsync(run, marking, run.OwnerOrganisation, ct), "application/stix+json;version=2.1");
    }

    internal static async Task<Results<Ok<FimiNetworkDto>, ProblemHttpResult>> Network(string id, ClaimsPrincipal user, HttpContext context, StoredFimiRuns runs, AuditRecorder audit, CancellationToken ct)
    {
        if (await runs.NetworkAsync(id, ct) is not { } found)
        {
            return NotFound(id);
        }

        var principal = user.ToPrincipal();
        if (AccessPolicy.CanRead(principal, StoredFimiRuns.Marking(found.Run)) is not { Allowed: true })
        {
            await audit.RecordAsync(context, principal, "read-network", ObjectType, found.Run.Id, AuditOutcome.Denied, id);
            return Forbidden(found.Run);
        }

        return TypedResults.Ok(ToDto(found.Run, found.Network));
    }

    internal static async Task<Results<Ok<FimiNetworkDto>, ProblemHttpResult, ValidationProblem>> Tag(string id, TechniqueTagRequest request, ClaimsPrincipal user, HttpContext context, StoredFimiRuns runs, AuditRecorder audit, CancellationToken ct)
    {
        if (await runs.NetworkAsync(id, ct) is not { } found)
        {
            return NotFound(id);
        }

        var principal = user.ToPrincipal();
        if (!string.Equals(principal.OrganisationId, found.Run.OwnerOrganisation, StringComparison.Ordinal) || !AccessPolicy.CanRead(principal, StoredFimiRuns.Marking(found.Run)).Allowed)
        {
            await audit.RecordAsync(context, principal, "tag", ObjectType, found.Run.Id, AuditOutcome.Denied, id);
            return TypedResults.Problem(title: "Not your run", detail: $"Only analysts of {found.Run.OwnerOrganisation} tag its networks.", statusCode: 403, type: ProblemTypes.ForbiddenMarking);
        }

        var errors = new Dictionary<string, string[]>();
        if (request.Decision is not ("confirm" or "reject"))
        {
            errors["decision"] = ["confirm or reject."];
        }

        if (TechniqueValidation.Problem(request.Technique ?? string.Empty, DisarmFramework.Default) is { } problem)
        {
            errors["technique"] = [problem];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The decision is invalid", type: ProblemTypes.Validation);
        }

        await runs.TagAsync(id, request.Technique!, request.Decision == "confirm", principal.UserName, request.Note, ct);
        await audit.RecordAsync(context, principal, "tag", ObjectType, found.Run.Id, AuditOutcome.Allowed, $"{id}: {request.Technique} {request.Decision}");
        var updated = await runs.NetworkAsync(id, ct);
        return TypedResults.Ok(ToDto(updated!.Value.Run, updated.Value.Network));
    }

    private static async Task<(StoredFimiRun? Run, ProblemHttpResult? Problem)> ReadableAsync(string id, ClaimsPrincipal user, HttpContext context, StoredFimiRuns runs, AuditRecorder audit, string action, CancellationToken ct)
    {
        if (await runs.RunAsync(id, ct) is not { } run)
        {
            return (null, NotFound(id));
        }

        var principal = user.ToPrincipal();
        var decision = AccessPolicy.CanRead(principal, StoredFimiRuns.Marking(run));
        await audit.RecordAsync(context, principal, action, ObjectType, run.Id, decision.Allowed ? AuditOutcome.Allowed : AuditOutcome.Denied, decision.Reason);
        return decision.Allowed ? (run, null) : (null, Forbidden(run));
    }

    private static FimiRunDto ToDto(StoredFimiRun r) =>
        new(r.Id, r.CreatedAt, r.CreatedBy, r.OwnerOrganisation, ((Tlp)r.Tlp).ToLabel(), r.Posts, r.Networks, JsonDocument.Parse(r.Parameters).RootElement.Clone(), JsonDocument.Parse(r.Inputs).RootElement.Clone());

    private static FimiNetworkDto ToDto(StoredFimiRun run, TaggedNetwork n) =>
        new(n.Stored.Id, run.Id, ((Tlp)run.Tlp).ToLabel(), JsonDocument.Parse(n.Stored.Body).RootElement.Clone(),
            [.. DisarmSuggestions.For(n.Network, DisarmFramework.Default).Select(s => new DisarmSuggestionDto(s.Technique.Id, s.Technique.Name, s.Technique.TacticId, s.Reason, [.. s.Countermeasures.Select(c => c.Id)]))],
            [.. n.Current.Select(ToTagDto)], [.. n.History.Select(ToTagDto)]);

    private static TechniqueTagDto ToTagDto(TechniqueTag t) => new(t.Technique, t.Confirmed ? "confirmed" : "rejected", t.Analyst, t.At, t.Note);

    private static ProblemHttpResult NotFound(string id) => TypedResults.Problem(title: "Not found", detail: $"No FIMI run or network '{id}'.", statusCode: 404, type: ProblemTypes.NotFound);

    private static ProblemHttpResult Forbidden(StoredFimiRun run) =>
        TypedResults.Problem(title: "Marking forbids", detail: $"{((Tlp)run.Tlp).ToLabel()} of {run.OwnerOrganisation}.", statusCode: 403, type: ProblemTypes.ForbiddenMarking);
}
