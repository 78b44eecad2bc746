using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bolwerk.Grading;
using Bolwerk.Host.Cases;
using Bolwerk.Host.Server;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Response.Reports;
using Bolwerk.Response.Toolbox;
using Bolwerk.Security;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api.Cases;

/// <summary>
/// /api/v1/cases: case files over HTTP. Reading follows the case's marking (TLP, owner
/// organisation), and evidence marked beyond the caller's rights is withheld and counted; only the
/// owner organisation changes a case; decisions need a coordinator. Every read and change is audited.
/// </summary>
internal static class CasesApi
{
    private const string ObjectType = "case";

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/cases").WithTags("Cases").RequireAuthorization(RolePolicies.Viewer);
        group.MapGet("/", List).WithName("CaseList").WithSummary("Cases the caller may read, newest change first");
        group.MapPost("/", Create).WithName("CaseOpen").WithSummary("Open a case owned by the caller's organisation").RequireAuthorization(RolePolicies.Analyst);
        group.MapGet("/{id}", Get).WithName("CaseRead").WithSummary("A case with the evidence the caller may read; the rest withheld and counted");
        group.MapPost("/{id}/moves", Move).WithName("CaseMove").WithSummary("Move a case to another state; an illegal move is a 409 naming from and to").RequireAuthorization(RolePolicies.Analyst);
        group.MapPost("/{id}/evidence", AddEvidence).WithName("CaseAddEvidence").WithSummary("Add graded evidence, or a stored alert in one step").RequireAuthorization(RolePolicies.Analyst);
        group.MapPost("/{id}/techniques", Technique).WithName("CaseTechnique").WithSummary("Confirm or reject a DISARM technique, or take over a stored FIMI network's confirmed techniques").RequireAuthorization(RolePolicies.Analyst);
        group.MapPost("/{id}/attributions", Attribute).WithName("CaseAttribute").WithSummary("State an attribution (the history is kept)").RequireAuthorization(RolePolicies.Analyst);
        group.MapGet("/{id}/options", Options).WithName("CaseOptions").WithSummary("The response options, lowest escalation first, with why each applies or what is missing");
        group.MapPost("/{id}/decisions", Decide).WithName("CaseDecide").WithSummary("Record a decided response").RequireAuthorization(RolePolicies.Coordinator);
        group.MapGet("/{id}/stix", Stix).WithName("CaseStix").WithSummary("The case as a STIX 2.1 bundle, never above the caller's rights; forTlp shares at a lower marking");
        group.MapGet("/{id}/report", Report).WithName("CaseReport").WithSummary("The case report (markdown or html); forTlp leaves out everything marked above it");
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<CaseSummaryDto>>> List(ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct)
    {
        var principal = user.ToPrincipal();
        var all = await cases.ListAsync(ct);
        var readable = all.Where(c => AccessPolicy.CanRead(principal, Marking(c.OwnerOrganisation, (Tlp)c.Tlp, principal)).Allowed).ToList();
        await audit.RecordAsync(context, principal, "list", ObjectType, null, AuditOutcome.Allowed, $"{readable.Count} returned, {all.Count - readable.Count} withheld by marking");
        return TypedResults.Ok<IReadOnlyList<CaseSummaryDto>>([.. readable.Select(c => new CaseSummaryDto(c.Id, c.Title, c.IncidentType, c.State, c.OwnerOrganisation, ((Tlp)c.Tlp).ToLabel(), c.Version, c.UpdatedAt))]);
    }

    internal static async Task<Results<Created<CaseDto>, ValidationProblem>> Create(NewCaseRequest request, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct)
    {
        var principal = user.ToPrincipal();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors["title"] = ["Required."];
        }

        if (!IncidentTypes.TryParse(request.Type, out var type))
        {
            errors["type"] = [$"One of {string.Join(", ", Enum.GetValues<IncidentType>().Select(t => t.Name()))}."];
        }

        var tlp = Bolwerk.Marking.Tlp.Amber;
        if (request.Tlp is { } label && !TlpLabels.TryParse(label, out tlp))
        {
            errors["tlp"] = ["clear, green, amber, amber+strict or red."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The case is invalid", type: ProblemTypes.Validation);
        }

        var created = await cases.CreateAsync(id => CaseFile.Open(id, request.Title, type, request.Domain ?? "other", request.OccurredAt, request.Place,
            request.AffectedAssets ?? [], request.Sectors ?? [], principal.OrganisationId, tlp, cases.Now, principal.UserId), ct);
        await audit.RecordAsync(context, principal, "create", ObjectType, created.Id, AuditOutcome.Allowed, created.Title);
        return TypedResults.Created($"/api/v1/cases/{created.Id}", ToDto(created, principal));
    }

    internal static Task<Results<Ok<CaseDto>, ProblemHttpResult>> Get(string id, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct) =>
        ReadAsync(id, user, context, cases, audit, "read", (c, p) => TypedResults.Ok(ToDto(c, p)), ct);

    internal static Task<Results<Ok<IReadOnlyList<OptionDto>>, ProblemHttpResult>> Options(string id, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct) =>
        ReadAsync(id, user, context, cases, audit, "read-options", (c, _) => TypedResults.Ok<IReadOnlyList<OptionDto>>([.. OptionEngine.Assess(c, ResponseCatalogue.Default).Select(o =>
            new OptionDto(o.Option.Id, o.Option.Name, o.Option.Level, o.Option.Category, o.Option.LegalBasis, o.Option.DecisionMaker, o.Option.DecisionRule, o.Available, o.Reasons, o.Missing, o.Option.AwaitsLegalReview))]), ct);

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Report(
        string id, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct, string? forTlp = null, string format = "markdown") =>
        InvalidTlp(forTlp) is { } invalid
            ? invalid
            : await ReadAsync<ContentHttpResult>(id, user, context, cases, audit, "report", (c, principal) =>
            {
                var limit = Ceiling(c, principal, forTlp);
                var options = OptionEngine.Assess(c, ResponseCatalogue.Default);
                return format == "html"
                    ? TypedResults.Content(CaseReport.Html(c, options, limit), "text/html")
                    : TypedResults.Content(CaseReport.Markdown(c, options, limit), "text/markdown");
            }, ct);

    private static ProblemHttpResult? InvalidTlp(string? forTlp) =>
        forTlp is null || TlpLabels.TryParse(forTlp, out _)
            ? null
            : TypedResults.Problem(title: "Invalid forTlp", detail: $"'{forTlp}' is not a TLP label.", statusCode: 400, type: ProblemTypes.Validation);

    // What leaves the server never holds more than the caller may read, nor more than forTlp asks.
    private static Tlp Ceiling(CaseFile c, Principal principal, string? forTlp)
    {
        var readable = HighestReadable(c, principal);
        return forTlp is not null && TlpLabels.TryParse(forTlp, out var asked) && asked < readable ? asked : readable;
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Stix(
        string id, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct, string? forTlp = null) =>
        InvalidTlp(forTlp) is { } invalid
            ? invalid
            : await ReadAsync<ContentHttpResult>(id, user, context, cases, audit, "export-stix", (c, principal) =>
                TypedResults.Content(Bolwerk.Response.Sharing.CaseStixExport.Bundle(c, Ceiling(c, principal, forTlp), CaseDisarm.Resolve), "application/stix+json;version=2.1"), ct);

    internal static Task<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>> Move(string id, MoveRequest request, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct) =>
        CaseStates.TryParse(request.To, out var to)
            ? ChangeAsync(id, user, context, cases, audit, "move", (c, p) => c.Move(to, request.Reason, cases.Now, p.UserId), ct)
            : Task.FromResult<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>>(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["assessing, deciding, responding, monitoring, closed or open."] }, type: ProblemTypes.Validation));

    internal static async Task<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>> AddEvidence(
        string id, EvidenceRequest request, ClaimsPrincipal user, HttpContext context, StoredCases cases, AlertStore alerts, AuditRecorder audit, CancellationToken ct)
    {
        var principal = user.ToPrincipal();
        var errors = new Dictionary<string, string[]>();
        EvidenceSource source = EvidenceSource.Document;
        string reference = string.Empty, summary = string.Empty;
        AdmiraltyGrade grade = default;
        var tlp = Bolwerk.Marking.Tlp.Amber;
        var sha = request.Sha256;
        if (request.AlertId is { } alertId)
        {
            if (await alerts.FindAsync(alertId, ct) is not { } stored || !AccessPolicy.CanRead(principal, stored.Marking).Allowed)
            {
                return TypedResults.Problem(title: "Not found", detail: $"No alert '{alertId}' the caller may read.", statusCode: 404, type: ProblemTypes.NotFound);
            }

            (source, reference, summary, tlp) = (EvidenceSource.Alert, $"{stored.Alert.Kind} {stored.Id}", request.Summary ?? stored.Alert.Title, stored.Alert.Tlp);
            grade = request.Grade is { } g && AdmiraltyGrade.TryParse(g, out var given) ? given : stored.Alert.Evidence.Count > 0 ? stored.Alert.Evidence[0].Grade : AdmiraltyGrade.Parse("F6");
            sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(stored.Alert))));
        }
        else
        {
            if (!Enum.TryParse(request.Source?.Replace("-", string.Empty, StringComparison.Ordinal), true, out source) || source == EvidenceSource.Alert)
            {
                errors["source"] = ["document, intelligence, sanctions-match or forensics (or give alertId)."];
            }

            reference = request.Reference ?? string.Empty;
            summary = request.Summary ?? string.Empty;
            if (string.IsNullOrWhiteSpace(summary))
            {
                errors["summary"] = ["Required."];
            }

            if (!AdmiraltyGrade.TryParse(request.Grade, out grade))
            {
                errors["grade"] = ["An Admiralty code such as B2."];
            }
        }

        if (request.Tlp is { } label && !TlpLabels.TryParse(label, out tlp))
        {
            errors["tlp"] = ["clear, green, amber, amber+strict or red."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The evidence is invalid", type: ProblemTypes.Validation);
        }

        return await ChangeAsync(id, user, context, cases, audit, "add-evidence", (c, p) => c.AddEvidence(source, reference, summary, grade, sha, tlp, request.Releasable, cases.Now, p.UserId), ct);
    }

    internal static Task<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>> Attribute(
        string id, AttributionRequest request, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ActorKind>(request.Kind, true, out var kind))
        {
            errors["kind"] = ["state, proxy, group, company, vessel or person."];
        }

        Likelihood? confidence = ProbabilityYardstick.TryParseTerm(request.Confidence, out var term) ? term : null;
        if (confidence is null)
        {
            errors["confidence"] = ["A yardstick term: remote-chance, highly-unlikely, unlikely, realistic-possibility, likely, highly-likely, almost-certain."];
        }

        return errors.Count > 0
            ? Task.FromResult<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>>(TypedResults.ValidationProblem(errors, title: "The attribution is invalid", type: ProblemTypes.Validation))
            : ChangeAsync(id, user, context, cases, audit, "attribute", (c, p) => c.Attribute(kind, request.Actor, confidence!.Value, request.Basis, request.Dissent, request.Declassifiable, cases.Now, p.UserId), ct);
    }

    internal static Task<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>> Decide(
        string id, DecisionRequest request, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, CancellationToken ct)
    {
        if (ResponseCatalogue.Default.Find(request.Option) is not { } option)
        {
            return Task.FromResult<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>>(
                TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["option"] = ["Not in the toolbox."] }, title: "The decision is invalid", type: ProblemTypes.Validation));
        }

        return ChangeAsync(id, user, context, cases, audit, "decide", (c, p) =>
            c.Decide(new Decision(option.Id, request.Rationale, request.Decider, cases.Now, request.Partners ?? [], request.FollowUp, request.ReviewOn, OptionEngine.Assess(c, option).Missing, p.UserId)), ct);
    }

    private static async Task<Results<T, ProblemHttpResult>> ReadAsync<T>(
        string id, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, string action, Func<CaseFile, Principal, T> read, CancellationToken ct)
        where T : IResult
    {
        var principal = user.ToPrincipal();
        var c = await cases.LoadAsync(id, ct);
        if (c is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"No case '{id}'.", statusCode: 404, type: ProblemTypes.NotFound);
        }

        var decision = AccessPolicy.CanRead(principal, Marking(c, principal));
        await audit.RecordAsync(context, principal, action, ObjectType, id, decision.Allowed ? AuditOutcome.Allowed : AuditOutcome.Denied, decision.Reason);
        if (!decision.Allowed)
        {
            return TypedResults.Problem(title: "Marking forbids access", detail: $"{decision.Reason}. The attempt has been recorded in the audit log.", statusCode: 403, type: ProblemTypes.ForbiddenMarking);
        }

        return read(c, principal);
    }

    internal static async Task<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>> Technique(
        string id, CaseTechniqueRequest request, ClaimsPrincipal user, HttpContext context, StoredCases cases, Bolwerk.Host.Fimi.StoredFimiRuns runs, AuditRecorder audit, CancellationToken ct)
    {
        var principal = user.ToPrincipal();
        var errors = new Dictionary<string, string[]>();
        List<(string Technique, bool Confirmed, string? Note, string? Source)> tags = [];
        if (request.FromNetwork is { } networkId)
        {
            if (await runs.NetworkAsync(networkId, ct) is not { } found || !AccessPolicy.CanRead(principal, Bolwerk.Host.Fimi.StoredFimiRuns.Marking(found.Run)).Allowed)
            {
                errors["fromNetwork"] = [$"No stored FIMI network '{networkId}' you may read."];
            }
            else
            {
                tags = [.. found.Network.ForCase()];
                if (tags.Count == 0)
                {
                    errors["fromNetwork"] = [$"Network '{networkId}' has no confirmed technique to carry over."];
                }
            }
        }
        else if (Bolwerk.Information.Networks.TechniqueValidation.Problem(request.Technique ?? string.Empty, Bolwerk.Information.Disarm.DisarmFramework.Default) is { } problem)
        {
            errors["technique"] = [problem];
        }
        else if (request.Decision is not (null or "confirm" or "reject"))
        {
            errors["decision"] = ["confirm or reject."];
        }
        else
        {
            tags = [(request.Technique!, request.Decision != "reject", request.Note, null)];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The technique decision is invalid", type: ProblemTypes.Validation);
        }

        return await ChangeAsync(id, user, context, cases, audit, "tag-technique", (c, p) =>
        {
            foreach (var (technique, confirmed, note, source) in tags)
            {
                c.TagTechnique(technique, confirmed, note, source, cases.Now, p.UserId);
            }
        }, ct);
    }

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult, ValidationProblem>> ChangeAsync(
        string id, ClaimsPrincipal user, HttpContext context, StoredCases cases, AuditRecorder audit, string action, Action<CaseFile, Principal> command, CancellationToken ct)
    {
        var principal = user.ToPrincipal();
        CaseFile? updated;
        try
        {
            updated = await cases.UpdateAsync(id, c =>
            {
                if (!string.Equals(c.OwnerOrganisation, principal.OrganisationId, StringComparison.Ordinal))
                {
                    throw new UnauthorizedAccessException($"case {c.Id} belongs to {c.OwnerOrganisation}; only that organisation changes it");
                }

                command(c, principal);
            }, ct);
        }
        catch (CaseRuleException e)
        {
            await audit.RecordAsync(context, principal, action, ObjectType, id, AuditOutcome.Failed, e.Message);
            return TypedResults.Problem(title: "The case's rules refuse this", detail: e.Message, statusCode: 409, type: ProblemTypes.Conflict);
        }
        catch (UnauthorizedAccessException e)
        {
            await audit.RecordAsync(context, principal, action, ObjectType, id, AuditOutcome.Denied, e.Message);
            return TypedResults.Problem(title: "Not your organisation's case", detail: e.Message, statusCode: 403, type: ProblemTypes.ForbiddenMarking);
        }

        if (updated is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"No case '{id}'.", statusCode: 404, type: ProblemTypes.NotFound);
        }

        await audit.RecordAsync(context, principal, action, ObjectType, id, AuditOutcome.Allowed, $"{updated.State.Name()}, {updated.Events.Count} events");
        return TypedResults.Ok(ToDto(updated, principal));
    }

    private static ObjectMarking Marking(CaseFile c, Principal principal) => Marking(c.OwnerOrganisation, c.Tlp, principal, c.Events[0].By);

    // RED cases are readable by the user who opened them (its named recipient).
    private static ObjectMarking Marking(string owner, Tlp tlp, Principal principal, string? openedBy = null) =>
        new(tlp, owner, [], openedBy is null ? [] : [openedBy]);

    private static Tlp HighestReadable(CaseFile c, Principal principal) =>
        Enum.GetValues<Tlp>().Where(t => AccessPolicy.CanRead(principal, new ObjectMarking(t, c.OwnerOrganisation, [], [c.Events[0].By])).Allowed).DefaultIfEmpty(Bolwerk.Marking.Tlp.Clear).Max();

    private static CaseDto ToDto(CaseFile c, Principal principal)
    {
        var readable = HighestReadable(c, principal);
        var evidence = c.Evidence.Where(e => e.Tlp <= readable).ToList();
        return new CaseDto(c.Id, c.Title, c.Type.Name(), c.Domain, c.State.Name(), c.OwnerOrganisation, c.Tlp.ToLabel(), c.OccurredAt, c.Place, c.AffectedAssets, c.Sectors,
            [.. evidence.Select(e => new EvidenceDto(e.Id, e.Source.ToString().ToLowerInvariant(), e.Reference, e.Summary, e.Grade.ToString(), e.Sha256, e.Tlp.ToLabel(), e.Releasable,
                [.. e.Custody.Select(s => $"{s.At:O} {s.By} {s.Action}")]))],
            c.Evidence.Count - evidence.Count,
            [.. c.Attributions.Select(a => new AttributionDto(a.Actor, a.ActorKind.ToString().ToLowerInvariant(), a.Confidence.Words(), a.Describe(), a.Basis, a.Dissent, a.Declassifiable, a.At, a.By))],
            [.. c.Decisions.Select(d => new DecisionDto(d.OptionId, d.Rationale, d.Decider, d.At, d.Partners, d.FollowUp, d.ReviewOn, d.PrerequisitesMissing))],
            [.. CaseStates.Next(c.State).Select(s => s.Name())],
            [.. c.Techniques.Select(t => new CaseTechniqueDto(t.Technique, t.Confirmed ? "confirmed" : "rejected", t.By, t.At, t.Note, t.Source))]);
    }
}
