using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bolwerk.Sharing;

namespace Bolwerk.Host.Sharing;

/// <summary>A TAXII peer refused or answered something that is not TAXII 2.1; the message says which request and why.</summary>
internal sealed class TaxiiClientException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What a pull brought: the objects and where to continue next time.</summary>
internal sealed record TaxiiPull(IReadOnlyList<JsonObject> Objects, int Requests, DateTimeOffset? LastAdded);

/// <summary>
/// A TAXII 2.1 client for `bolwerk taxii pull|push`: finds the API root from a discovery URL,
/// pulls a collection page by page (by "next" while "more", else by added_after =
/// X-TAXII-Date-Added-Last, as servers differ), and pushes envelopes in batches, reading each status.
/// </summary>
internal sealed class TaxiiClient(HttpClient http)
{
    public static HttpClient Create(string? token)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/taxii+json;version=2.1"));
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    /// <summary>The API root: <paramref name="url"/> itself, or the default root when it is a discovery URL.</summary>
    public async Task<Uri> ApiRootAsync(Uri url, CancellationToken ct)
    {
        var (body, _) = await GetAsync(url, ct).ConfigureAwait(false);
        if (body["api_roots"] is JsonArray roots)
        {
            var root = body["default"]?.GetValue<string>() ?? roots.FirstOrDefault()?.GetValue<string>() ?? throw new TaxiiClientException($"{url}: discovery lists no API root");
            return new Uri(url, root.EndsWith('/') ? root : root + "/");
        }

        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    public async Task<TaxiiPull> PullAsync(Uri root, string collection, DateTimeOffset? addedAfter, int limit, CancellationToken ct)
    {
        var objects = new List<JsonObject>();
        var requests = 0;
        string? next = null;
        var after = addedAfter;
        while (true)
        {
            var query = new StringBuilder($"collections/{Uri.EscapeDataString(collection)}/objects/?limit={limit.ToString(CultureInfo.InvariantCulture)}");
            if (next is not null)
            {
                query.Append("&next=").Append(Uri.EscapeDataString(next));
            }
            else if (after is { } a)
            {
                query.Append("&added_after=").Append(Uri.EscapeDataString(a.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)));
            }

            var url = new Uri(root, query.ToString());
            var (body, headers) = await GetAsync(url, ct).ConfigureAwait(false);
            requests++;
            var page = StixBundleReader.Parse(body.ToJsonString(), url.ToString());
            objects.AddRange(page);
            var last = headers.TryGetValues("X-TAXII-Date-Added-Last", out var values) && DateTimeOffset.TryParse(values.First(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var l) ? l : (DateTimeOffset?)null;
            after = last ?? after;
            if (body["more"]?.GetValue<bool>() != true || page.Count == 0)
            {
                return new TaxiiPull(objects, requests, after);
            }

            next = body["next"]?.GetValue<string>();
            if (next is null && last is null)
            {
                throw new TaxiiClientException($"{url}: more is true but neither next nor X-TAXII-Date-Added-Last says where to continue");
            }
        }
    }

    public async Task<(int Sent, int Succeeded)> PushAsync(Uri root, string collection, IReadOnlyList<JsonObject> objects, int batch, CancellationToken ct)
    {
        var (sent, succeeded) = (0, 0);
        foreach (var chunk in objects.Chunk(batch))
        {
            var envelope = new JsonObject { ["objects"] = new JsonArray([.. chunk.Select(o => (JsonNode)o.DeepClone())]) };
            using var content = new StringContent(envelope.ToJsonString(), Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
            var url = new Uri(root, $"collections/{Uri.EscapeDataString(collection)}/objects/");
            using var response = await http.PostAsync(url, content, ct).ConfigureAwait(false);
            var status = await ReadAsync(url, response, ct).ConfigureAwait(false);
            sent += chunk.Length;
            succeeded += status["success_count"]?.GetValue<int>() ?? 0;
        }

        return (sent, succeeded);
    }

    private async Task<(JsonObject Body, HttpResponseHeaders Headers)> GetAsync(Uri url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct).ConfigureAwait(false);
        return (await ReadAsync(url, response, ct).ConfigureAwait(false), response.Headers);
    }

    private static async Task<JsonObject> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var detail = TryParse(text) is { } error ? error["description"]?.GetValue<string>() ?? error["detail"]?.GetValue<string>() ?? error["title"]?.GetValue<string>() : null;
            throw new TaxiiClientException($"{url}: {(int)response.StatusCode} {response.ReasonPhrase}{(detail is null ? string.Empty : ": " + detail)}");
        }

        return TryParse(text) ?? throw new TaxiiClientException($"{url}: the answer is not a JSON object");
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
