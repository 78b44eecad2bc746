using System.Globalization;
using System.Security.Claims;
using Bolwerk.Host.Sanctions;
using Bolwerk.Host.Server;
using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Matching;
using Bolwerk.Sanctions.Model;
using Bolwerk.Sanctions.Screening;
using Bolwerk.Sanctions.Versions;
using Bolwerk.Security;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Sanctions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api.Sanctions;

/// <summary>/api/v1/sanctions: screening against the imported lists, list versions, diffs, imports and the vessel watch list.</summary>
internal static class SanctionsApi
{
    private const int MaxQueries = 1_000;
    private static readonly string[] Schemas = ["Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane"];

    public static IEndpointRouteBuilder MapSanctionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sanctions").WithTags("Sanctions").RequireAuthorization(RolePolicies.Viewer);
        group.MapPost("/screen", Screen).WithName("SanctionsScreen").WithSummary("Screen up to 1,000 names (with schema, country, birth date, IMO, MMSI) against the newest version of every imported list; results in input order, matches best first with explanations");
        group.MapGet("/lists", Lists).WithName("SanctionsListVersions").WithSummary("Every imported list version, oldest first");
        group.MapPost("/lists", Import).WithName("SanctionsListImport").WithSummary("Import a list file (request body, any supported format) as a new version; the same file twice adds nothing")
            .RequireAuthorization(RolePolicies.Coordinator).Accepts<Stream>("application/octet-stream");
        group.MapGet("/lists/{key}/diff", Diff).WithName("SanctionsListDiff").WithSummary("Entries added, removed and changed between two versions of a list (default: its last two)");
        group.MapGet("/watchlist", WatchList).WithName("SanctionsVesselWatchList").WithSummary("Every listed vessel with an IMO number or MMSI as CSV imo,mmsi,name,reason (the maritime watch list)");
        return app;
    }

    internal static async Task<Results<Ok<ScreenResponse>, ValidationProblem, ProblemHttpResult>> Screen(
        ScreenRequest request, ClaimsPrincipal user, HttpContext context, ScreeningIndexCache cache, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The screening request is invalid", type: ProblemTypes.Validation);
        }

        if (await cache.GetAsync(cancellationToken) is not { } loaded)
        {
            return TypedResults.Problem(title: "No lists imported", detail: "Import a sanctions list first (POST /api/v1/sanctions/lists or `bolwerk sanctions import`).",
                statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict);
        }

        var threshold = request.Threshold ?? MatchOptions.Default.Threshold;
        var limit = request.Limit ?? 10;
        var queries = request.Queries.Select(q => new ScreeningQuery { Id = q.Id, Name = q.Name, Schema = q.Schema, Country = q.Country, BirthDate = q.BirthDate, Imo = q.Imo, Mmsi = q.Mmsi }).ToList();
        var results = new ScreenResultDto[queries.Count];
        Parallel.For(0, queries.Count, i => results[i] = new ScreenResultDto(
            queries[i].Label,
            [.. loaded.Index.Screen(queries[i], threshold, limit).Select(m => new ScreenMatchDto(m.EntityId, m.Name, m.Schema, m.Score, m.MatchedName, m.Programs, m.Explanation, m.Source, m.OfacScore))]));
        await audit.RecordAsync(context, user.ToPrincipal(), "screen", "sanctions", null, AuditOutcome.Allowed,
            string.Create(CultureInfo.InvariantCulture, $"{queries.Count} queries, {results.Count(r => r.Matches.Count > 0)} with a match at {threshold}"));
        return TypedResults.Ok(new ScreenResponse([.. loaded.Versions.Select(ToDto)], results));
    }

    internal static async Task<Ok<IReadOnlyList<ListVersionDto>>> Lists(SanctionsListStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ListVersionDto>>([.. (await store.VersionsAsync(null, cancellationToken)).Select(ToDto)]);

    internal static async Task<Results<Ok<ListImportDto>, ProblemHttpResult>> Import(
        string? fileName, string? key, HttpRequest request, ClaimsPrincipal user, HttpContext context, SanctionsListStore store, AuditRecorder audit, CancellationToken cancellationToken)
    {
        // The readers take files: the body is written to a private temporary file first.
        var folder = Directory.CreateTempSubdirectory("bolwerk-import-");
        try
        {
            var path = Path.Combine(folder.FullName, Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "upload" : fileName));
            await using (var file = File.Create(path))
            {
                await request.Body.CopyToAsync(file, cancellationToken);
            }

            var principal = user.ToPrincipal();
            ListImport result;
            try
            {
                result = await new StoredSanctionsLists(store).ImportAsync(path, principal.UserName, key, cancellationToken);
            }
            catch (SanctionsListException e)
            {
                return TypedResults.Problem(title: "The list cannot be read", detail: e.Message.Replace(folder.FullName + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal),
                    statusCode: StatusCodes.Status422UnprocessableEntity, type: ProblemTypes.Validation);
            }

            var v = result.Version;
            await audit.RecordAsync(context, principal, "import", "sanctions-list-version", v.Id.ToString(CultureInfo.InvariantCulture), AuditOutcome.Allowed,
                $"{v.ListKey} {v.SourceFile} sha256 {v.Sha256}{(result.Created ? string.Empty : " (unchanged)")}");
            return TypedResults.Ok(new ListImportDto(ToDto(v), result.Created, result.Previous?.Id, result.Diff?.Added.Count, result.Diff?.Removed.Count, result.Diff?.Changed.Count, result.Diff?.Unchanged));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static async Task<Results<Ok<ListDiffDto>, ProblemHttpResult>> Diff(string key, long? from, long? to, SanctionsListStore store, CancellationToken cancellationToken)
    {
        var versions = await store.VersionsAsync(key, cancellationToken);
        var newer = to is { } t ? versions.FirstOrDefault(v => v.Id == t) : versions.Count > 0 ? versions[^1] : null;
        var older = from is { } f ? versions.FirstOrDefault(v => v.Id == f) : newer is null ? null : versions.Where(v => v.Id < newer.Id).MaxBy(v => v.Id);
        if (newer is null || older is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"List '{key}' has no two such versions to compare.", statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound);
        }

        var lists = new StoredSanctionsLists(store);
        var diff = ListDiff.Between(await lists.EntitiesAsync(older.Id, cancellationToken), await lists.EntitiesAsync(newer.Id, cancellationToken));
        return TypedResults.Ok(new ListDiffDto(ToDto(older), ToDto(newer),
            [.. diff.Added.Select(e => Entry(e, []))], [.. diff.Removed.Select(e => Entry(e, []))], [.. diff.Changed.Select(c => Entry(c.After, c.Fields))], diff.Unchanged));
    }

    internal static async Task<IResult> WatchList(SanctionsListStore store, CancellationToken cancellationToken)
    {
        var (_, entities) = await new StoredSanctionsLists(store).LatestAsync(cancellationToken);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        VesselWatchListExport.Write(text, entities);
        return TypedResults.Text(text.ToString(), "text/csv");
    }

    private static Dictionary<string, string[]> Validate(ScreenRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Queries is not { Count: > 0 and <= MaxQueries })
        {
            errors["queries"] = [$"1 to {MaxQueries} queries."];
            return errors;
        }

        for (var i = 0; i < request.Queries.Count; i++)
        {
            var q = request.Queries[i];
            if (string.IsNullOrWhiteSpace(q.Name))
            {
                errors[$"queries[{i}].name"] = ["Required."];
            }

            if (q.Schema is { } schema && !Schemas.Contains(schema, StringComparer.OrdinalIgnoreCase))
            {
                errors[$"queries[{i}].schema"] = [$"One of {string.Join(", ", Schemas)}."];
            }

            if (q.BirthDate is { } birth && !PartialDate.TryParse(birth, out _))
            {
                errors[$"queries[{i}].birthDate"] = ["YYYY, YYYY-MM or YYYY-MM-DD."];
            }
        }

        if (request.Threshold is < 0 or > 1)
        {
            errors["threshold"] = ["Between 0 and 1."];
        }

        if (request.Limit is < 1 or > 100)
        {
            errors["limit"] = ["1 to 100."];
        }

        return errors;
    }

    private static ListVersionDto ToDto(StoredListVersion v) => new(v.Id, v.ListKey, v.Format, v.SourceFile, v.Sha256, v.Published, v.ImportedAt, v.ImportedBy, v.EntityCount);

    private static DiffEntryDto Entry(SanctionedEntity e, IReadOnlyList<string> fields) => new(e.Id, e.Names.Count > 0 ? e.Names[0] : e.Id, e.Schema, fields);
}
