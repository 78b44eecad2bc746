namespace Bolwerk.Information.Text;

/// <summary>
/// One spelling per link, offline: scheme and host lower-cased, "www." and default ports dropped,
/// the fragment dropped, tracking parameters (utm_*, fbclid, gclid, …) removed, and the common
/// short and mobile forms of a few platforms rewritten to their canonical host by pattern
/// (youtu.be/ID → youtube.com/watch?v=ID, m.facebook.com → facebook.com, x.com → twitter.com).
/// Shorteners that need a lookup (t.co, bit.ly) stay as they are: Bolwerk resolves nothing online.
/// A string that is not an absolute http(s) URL (e.g. the opaque "url:123" ids of anonymised
/// datasets) is returned unchanged.
/// </summary>
public static class UrlCanonicaliser
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "igsh", "mc_cid", "mc_eid", "ref_src", "ref_url", "_ga", "_gl", "si",
        "spm", "cmpid", "ncid", "ocid", "mkt_tok", "feature",
    };

    private static readonly Dictionary<string, string> HostAliases = new(StringComparer.Ordinal)
    {
        ["m.facebook.com"] = "facebook.com", ["mobile.facebook.com"] = "facebook.com", ["web.facebook.com"] = "facebook.com",
        ["m.youtube.com"] = "youtube.com", ["mobile.twitter.com"] = "twitter.com", ["x.com"] = "twitter.com", ["mobile.x.com"] = "twitter.com",
        ["m.vk.com"] = "vk.com", ["mobile.t.me"] = "t.me", ["telegram.me"] = "t.me", ["en.m.wikipedia.org"] = "en.wikipedia.org",
    };

    /// <summary>The canonical form of <paramref name="url"/>.</summary>
    public static string Canonicalise(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return text;
        }

        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        host = HostAliases.GetValueOrDefault(host, host);
        var path = uri.AbsolutePath;
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p[..(p.IndexOf('=') is var eq and >= 0 ? eq : p.Length)])).ToList();
        if (host == "youtu.be" && path.Length > 1)
        {
            query.Insert(0, "v=" + path[1..]);
            (host, path) = ("youtube.com", "/watch");
        }

        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }

        // http and https of one page are the same page to a reader; the scheme is left out.
        return host + (path == "/" ? string.Empty : path) + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    private static bool IsTracking(string name) => name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
