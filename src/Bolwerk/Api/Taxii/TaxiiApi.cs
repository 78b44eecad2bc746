using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bolwerk.Host.Server;
using Bolwerk.Host.Sharing;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Sharing;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Sharing;

namespace Bolwerk.Host.Api.Taxii;

/// <summary>
/// TAXII 2.1 (OASIS) at /taxii2/: discovery, one API root ("bolwerk"), collections, objects (GET
/// with the spec's filters and both paging modes; POST, answered with a status resource), an
/// object and its versions, DELETE, manifest, status. Behind the platform's bearer tokens: every
/// user reads every collection at the ceiling <see cref="StixVisibility"/> gives them, the owning
/// organisation's analysts write. Bodies are TAXII JSON; errors are TAXII error messages.
/// </summary>
internal static class TaxiiApi
{
    public const string Root = "bolwerk";
    private const string ObjectType = "taxii-collection";

    public static IEndpointRouteBuilder MapTaxiiApi(this IEndpointRouteBuilder app)
    {
        var taxii = app.MapGroup("/taxii2").WithTags("TAXII 2.1").RequireAuthorization(RolePolicies.Viewer).AddEndpointFilter(NegotiateAsync);
        taxii.MapGet("/", Discovery).WithName("TaxiiDiscovery").WithSummary("TAXII 2.1 discovery: the API roots");
        taxii.MapGet("/{root}/", ApiRoot).WithName("TaxiiApiRoot").WithSummary("The API root's information");
        taxii.MapGet("/{root}/collections/", Collections).WithName("TaxiiCollections").WithSummary("Every collection, with whether the caller may write to it");
        taxii.MapGet("/{root}/collections/{id}/", Collection).WithName("TaxiiCollection").WithSummary("One collection");
        taxii.MapGet("/{root}/collections/{id}/objects/", GetObjects).WithName("TaxiiObjects").WithSummary("Objects the caller may receive, filtered and paged (added_after, limit, next, match[…])");
        taxii.MapPost("/{root}/collections/{id}/objects/", AddObjects).WithName("TaxiiAddObjects").WithSummary("Add an envelope of objects (owning organisation's analysts); answers a status resource");
        taxii.MapGet("/{root}/collections/{id}/objects/{objectId}/", GetObject).WithName("TaxiiObject").WithSummary("One object (match[version] as for objects)");
        taxii.MapDelete("/{root}/collections/{id}/objects/{objectId}/", DeleteObject).WithName("TaxiiDeleteObject").WithSummary("Delete every version of an object (owning organisation's coordinators)");
        taxii.MapGet("/{root}/collections/{id}/objects/{objectId}/versions/", Versions).WithName("TaxiiObjectVersions").WithSummary("The versions of an object the caller may receive");
        taxii.MapGet("/{root}/collections/{id}/manifest/", Manifest).WithName("TaxiiManifest").WithSummary("Id, version and date_added of the objects the caller may receive");
        taxii.MapGet("/{root}/status/{statusId}/", Status).WithName("TaxiiStatus").WithSummary("The result of an earlier POST");
        return app;
    }

    private static async ValueTask<object?> NegotiateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!TaxiiMediaTypes.Accepts(request.Headers.Accept.ToString()))
        {
            return Error(StatusCodes.Status406NotAcceptable, "Not acceptable", $"This server answers {TaxiiMediaTypes.Taxii}.");
        }

        if (HttpMethods.IsPost(request.Method) && !TaxiiMediaTypes.IsTaxii(request.ContentType))
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"Send {TaxiiMediaTypes.Taxii}.");
        }

        return await next(context).ConfigureAwait(false);
    }

    private static IResult Discovery(HttpContext context)
    {
        var root = $"{context.Request.Scheme}://{context.Request.Host}/taxii2/{Root}/";
        return Taxii(new JsonObject
        {
            ["title"] = "Bolwerk TAXII 2.1",
            ["description"] = "Shared STIX 2.1 from Bolwerk: FIMI networks, case exports and partner feeds, TLP 2.0 enforced per reader.",
            ["default"] = root,
            ["api_roots"] = new JsonArray(root),
        });
    }

    private static IResult ApiRoot(string root, ServerSettings settings) => root != Root ? NoRoot(root) : Taxii(new JsonObject
    {
        ["title"] = "Bolwerk",
        ["versions"] = new JsonArray(TaxiiMediaTypes.Taxii),
        ["max_content_length"] = settings.MaxRequestBodyBytes,
    });

    private static async Task<IResult> Collections(string root, ClaimsPrincipal user, StixObjectStore store, CancellationToken ct)
    {
        if (root != Root)
        {
            return NoRoot(root);
        }

        var principal = user.ToPrincipal();
        var collections = await store.CollectionsAsync(ct);
        return Taxii(new JsonObject { ["collections"] = new JsonArray([.. collections.Select(c => (JsonNode)Describe(c, principal))]) });
    }

    private static async Task<IResult> Collection(string root, string id, ClaimsPrincipal user, StixObjectStore store, CancellationToken ct) =>
        await FindAsync(root, id, store, ct) is { } c ? Taxii(Describe(c, user.ToPrincipal())) : NoCollection(id);

    private static async Task<IResult> GetObjects(string root, string id, HttpContext context, ClaimsPrincipal user, StixObjectStore store, StixVisibility visibility, AuditRecorder audit, CancellationToken ct)
    {
        var (read, problem) = await ReadAsync(root, id, null, true, context, user, store, visibility, ct);
        if (read is not { } r)
        {
            return problem!;
        }

        await audit.RecordAsync(context, user.ToPrincipal(), "taxii.read", ObjectType, r.Collection.Id, AuditOutcome.Allowed, $"{r.Page.Count} objects at {r.Ceiling.ToLabel()}");
        return Paged(context, r.Page, r.More, new JsonObject { ["objects"] = new JsonArray([.. r.Page.Select(o => o.Object.DeepClone())]) });
    }

    private static async Task<IResult> GetObject(string root, string id, string objectId, HttpContext context, ClaimsPrincipal user, StixObjectStore store, StixVisibility visibility, CancellationToken ct)
    {
        var (read, problem) = await ReadAsync(root, id, objectId, true, context, user, store, visibility, ct);

        // Withheld and absent answer alike: a 404 must not confirm that something is held back.
        return read is not { } r ? problem! : r.Page.Count == 0 ? NoObject(objectId)
            : Paged(context, r.Page, r.More, new JsonObject { ["objects"] = new JsonArray([.. r.Page.Select(o => o.Object.DeepClone())]) });
    }

    private static async Task<IResult> Versions(string root, string id, string objectId, HttpContext context, ClaimsPrincipal user, StixObjectStore store, StixVisibility visibility, CancellationToken ct)
    {
        var (read, problem) = await ReadAsync(root, id, objectId, false, context, user, store, visibility, ct);
        return read is not { } r ? problem! : r.Page.Count == 0 ? NoObject(objectId)
            : Paged(context, r.Page, r.More, new JsonObject { ["versions"] = new JsonArray([.. r.Page.Select(o => (JsonNode)JsonValue.Create(o.Version)!)]) });
    }

    private static async Task<IResult> Manifest(string root, string id, HttpContext context, ClaimsPrincipal user, StixObjectStore store, StixVisibility visibility, CancellationToken ct)
    {
        var (read, problem) = await ReadAsync(root, id, null, true, context, user, store, visibility, ct);
        return read is not { } r ? problem! : Paged(context, r.Page, r.More, new JsonObject
        {
            ["objects"] = new JsonArray([.. r.Page.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Id, ["date_added"] = TaxiiQuery.Timestamp(o.DateAdded), ["version"] = o.Version, ["media_type"] = TaxiiMediaTypes.Stix,
            })]),
        });
    }

    /// <summary>What every read shares: the collection, the request's filters (one object's when <paramref name="objectId"/> is given), the caller's ceiling and the page.</summary>
    private static async Task<((TaxiiCollectionInfo Collection, Tlp Ceiling, IReadOnlyList<VisibleObject> Page, bool More)? Read, IResult? Problem)> ReadAsync(
        string root, string id, string? objectId, bool applyVersions, HttpContext context, ClaimsPrincipal user, StixObjectStore store, StixVisibility visibility, CancellationToken ct)
    {
        if (await FindAsync(root, id, store, ct) is not { } collection)
        {
            return (null, NoCollection(id));
        }

        var query = TaxiiQuery.Parse(context.Request.Query, out var error);
        if (error is not null)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "Bad filter", error));
        }

        if (objectId is not null)
        {
            query = query with { Ids = new HashSet<string>(StringComparer.Ordinal) { objectId } };
        }

        var ceiling = StixVisibility.CeilingFor(user.ToPrincipal(), collection);
        var (page, more) = query.Select(await visibility.VisibleAsync(collection, ceiling, ct), applyVersions);
        return ((collection, ceiling, page, more), null);
    }

    private static async Task<IResult> AddObjects(string root, string id, HttpContext context, ClaimsPrincipal user, StixObjectStore store, StixIntake intake, AuditRecorder audit, TimeProvider time, CancellationToken ct)
    {
        if (await FindAsync(root, id, store, ct) is not { } collection)
        {
            return NoCollection(id);
        }

        var principal = user.ToPrincipal();
        if (!CanWrite(principal, collection))
        {
            await audit.RecordAsync(context, principal, "taxii.write", ObjectType, collection.Id, AuditOutcome.Denied, "not an analyst of the owning organisation");
            return Error(StatusCodes.Status403Forbidden, "Forbidden", $"Only analysts of {collection.OwnerOrganisation} add to this collection.");
        }

        using var reader = new StreamReader(context.Request.Body);
        IReadOnlyList<JsonObject> objects;
        try
        {
            objects = StixBundleReader.Parse(await reader.ReadToEndAsync(ct), "request body");
        }
        catch (StixFormatException e)
        {
            return Error(StatusCodes.Status400BadRequest, "Not a TAXII envelope of STIX objects", e.Message);
        }

        var requested = time.GetUtcNow();
        var result = await intake.AddAsync(collection.Id, objects, ct);
        var status = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["status"] = "complete",
            ["request_timestamp"] = TaxiiQuery.Timestamp(requested),
            ["total_count"] = result.Outcomes.Count,
            ["success_count"] = result.Outcomes.Count,
            ["successes"] = new JsonArray([.. result.Outcomes.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["version"] = o.Version, ["message"] = o.Added ? "added" : "already held" })]),
            ["failure_count"] = 0,
            ["failures"] = new JsonArray(),
            ["pending_count"] = 0,
        };
        await store.SaveStatusAsync(status["id"]!.GetValue<string>(), collection.Id, requested, status.ToJsonString(), ct);
        await audit.RecordAsync(context, principal, "taxii.write", ObjectType, collection.Id, AuditOutcome.Allowed, $"{result.Outcomes.Count(o => o.Added)} added, {result.Outcomes.Count(o => !o.Added)} already held; {result.Changes.Count} normalised");
        return Taxii(status, StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> DeleteObject(string root, string id, string objectId, HttpContext context, ClaimsPrincipal user, StixObjectStore store, AuditRecorder audit, CancellationToken ct)
    {
        if (await FindAsync(root, id, store, ct) is not { } collection)
        {
            return NoCollection(id);
        }

        var principal = user.ToPrincipal();
        if (!CanWrite(principal, collection) || !principal.HasRole(Role.Coordinator))
        {
            await audit.RecordAsync(context, principal, "taxii.delete", ObjectType, collection.Id, AuditOutcome.Denied, objectId);
            return Error(StatusCodes.Status403Forbidden, "Forbidden", $"Only coordinators of {collection.OwnerOrganisation} delete from this collection.");
        }

        var removed = await store.DeleteAsync(collection.Id, objectId, ct);
        await audit.RecordAsync(context, principal, "taxii.delete", ObjectType, collection.Id, AuditOutcome.Allowed, $"{objectId}: {removed} versions");
        return removed == 0 ? NoObject(objectId) : Results.Ok();
    }

    private static async Task<IResult> Status(string root, string statusId, ClaimsPrincipal user, StixObjectStore store, CancellationToken ct)
    {
        if (root != Root)
        {
            return NoRoot(root);
        }

        var principal = user.ToPrincipal();
        if (await store.StatusAsync(statusId, ct) is not { } status || await store.FindCollectionAsync(status.CollectionId, ct) is not { } collection || !CanWrite(principal, collection))
        {
            return Error(StatusCodes.Status404NotFound, "No such status", $"No status '{statusId}' for you.");
        }

        return Taxii(JsonNode.Parse(status.Body)!);
    }

    private static JsonObject Describe(TaxiiCollectionInfo c, Principal principal)
    {
        var description = new JsonObject
        {
            ["id"] = c.Id,
            ["title"] = c.Title,
            ["can_read"] = true,
            ["can_write"] = CanWrite(principal, c),
            ["media_types"] = new JsonArray(TaxiiMediaTypes.Stix),
        };
        if (c.Description is not null)
        {
            description["description"] = c.Description;
        }

        description["alias"] = c.Alias;
        return description;
    }

    private static bool CanWrite(Principal principal, TaxiiCollectionInfo collection) =>
        principal.HasRole(Role.Analyst) && string.Equals(principal.OrganisationId, collection.OwnerOrganisation, StringComparison.Ordinal);

    private static async Task<TaxiiCollectionInfo?> FindAsync(string root, string id, StixObjectStore store, CancellationToken ct) =>
        root != Root ? null : await store.FindCollectionAsync(id, ct);

    private static IResult Paged(HttpContext context, IReadOnlyList<VisibleObject> page, bool more, JsonObject body)
    {
        body["more"] = more;
        if (more && page.Count > 0)
        {
            body["next"] = TaxiiQuery.Next(page[^1]);
        }

        if (page.Count > 0)
        {
            context.Response.Headers["X-TAXII-Date-Added-First"] = TaxiiQuery.Timestamp(page[0].DateAdded);
            context.Response.Headers["X-TAXII-Date-Added-Last"] = TaxiiQuery.Timestamp(page[^1].DateAdded);
        }

        return Taxii(body);
    }

    private static IResult Taxii(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(JsonOptions), TaxiiMediaTypes.Taxii, System.Text.Encoding.UTF8, status);

    private static IResult Error(int status, string title, string description) =>
        Taxii(new JsonObject { ["title"] = title, ["description"] = description, ["http_status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture) }, status);

    private static IResult NoRoot(string root) => Error(StatusCodes.Status404NotFound, "No such API root", $"This server has one API root, '{Root}', not '{root}'.");

    private static IResult NoCollection(string id) => Error(StatusCodes.Status404NotFound, "No such collection", $"No collection '{id}'.");

    private static IResult NoObject(string id) => Error(StatusCodes.Status404NotFound, "No such object", $"No object '{id}' for you in this collection.");

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
