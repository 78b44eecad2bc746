using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Information.Posts;

/// <summary>The posts of one file, its format, and the rows left out with the reason (file, line, field).</summary>
public sealed record PostFile(PostFormat Format, IReadOnlyList<Post> Posts, IReadOnlyList<string> Skipped);

/// <summary>
/// Reads collected posts from a file (plain or .gz) in any <see cref="PostFormat"/>, recognised
/// from the first line. A header that fits no format stops the read; a row that cannot be read is
/// left out and listed with file, line and field (strict: it stops the read); an
/// empty link field means no link (the QUT toolkit reads it as the link "", which links every
/// account that posted none — not copied).
/// </summary>
public static class PostReader
{
    private static readonly string[] QutColumns = ["message_id", "user_id", "repost_id", "reply_id", "message", "timestamp", "urls"];
    private static readonly string[] CooRTweetColumns = ["object_id", "account_id", "content_id", "timestamp_share"];
    private static readonly string[] ObjectColumns = ["account_id", "post_id", "url_id", "timestamp"];
    private static readonly string[] NativeColumns = ["id", "account", "time"];

    /// <summary>Every post of the file at <paramref name="path"/>, with the format recognised.</summary>
    public static IReadOnlyList<Post> Read(string path, out PostFormat format)
    {
        var file = Read(path, strict: false);
        format = file.Format;
        return file.Posts;
    }

    /// <summary>Reads the file; with <paramref name="strict"/> the first bad row is an error instead of a skipped row.</summary>
    public static PostFile Read(string path, bool strict)
    {
        var skipped = new List<string>();
        void Skip(PostFileException e)
        {
            if (strict)
            {
                throw e;
            }

            skipped.Add(e.Message);
        }

        try
        {
            var posts = ReadAll(path, Skip, out var format);
            return new PostFile(format, posts, skipped);
        }
        catch (CsvHelperException e)
        {
            // CsvHelper's own refusals (a field beyond MaxFieldSize, broken quoting) become ours, with the place.
            throw new PostFileException($"{path}: line {e.Context?.Parser?.RawRow ?? 0}: {e.GetType().Name.Replace("Exception", string.Empty, StringComparison.Ordinal)} ({e.Message.Split('\n')[0]})", e);
        }
    }

    private static List<Post> ReadAll(string path, Action<PostFileException> skip, out PostFormat format)
    {
        using var reader = Open(path);
        // The reader skips a byte-order mark, so a JSON-lines file starts with '{'.
        if (reader.Peek() == '{')
        {
            format = PostFormat.NativeJsonLines;
            return ReadJsonLines(reader, path, skip);
        }

        // A field may not grow without bound (a file without newlines, a decompression bomb): CsvHelper stops it.
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false, BadDataFound = null, MaxFieldSize = BoundedLineReader.MaxLineLength });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new PostFileException($"{path}: line 1: no header");
        }

        header = [.. header.Select(h => h.Trim().TrimStart('\uFEFF'))];
        format = Has(header, QutColumns) ? PostFormat.QutCsv
            : Has(header, CooRTweetColumns) ? PostFormat.CooRTweet
            : Has(header, ObjectColumns) ? PostFormat.CooRTweetObjects
            : Has(header, NativeColumns) ? PostFormat.NativeCsv
            : throw new PostFileException($"{path}: line 1: header '{string.Join(',', header)}' is none of the post formats (native id,account,time,…; QUT message_id,user_id,…; CooRTweet object_id,account_id,content_id,timestamp_share; account_id,post_id,url_id,…,timestamp)");
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!columns.TryAdd(header[i], i))
            {
                throw new PostFileException($"{path}: line 1: column '{header[i]}' appears twice in the header");
            }
        }

        var row = new Row(csv, columns, path);
        return format switch
        {
            PostFormat.QutCsv => ReadQut(csv, row, path, skip),
            PostFormat.CooRTweet => ReadCooRTweet(csv, row, path, skip),
            PostFormat.CooRTweetObjects => ReadObjects(csv, row, path, skip),
            _ => ReadNativeCsv(csv, row, path, skip),
        };
    }

    private static List<Post> ReadQut(CsvReader csv, Row row, string path, Action<PostFileException> skip)
    {
        var posts = new List<Post>();
        while (csv.Read())
        {
            try
            {
                posts.Add(new Post(row.Required("message_id"), string.Empty, row.Required("user_id"), row.Seconds("timestamp"), row.Optional("message") ?? string.Empty,
                    row.Links("urls"), row.Optional("repost_id"), row.Optional("reply_id"), null, $"{path}:{csv.Parser.RawRow}"));
            }
            catch (PostFileException e)
            {
                skip(e);
            }
        }

        return posts;
    }

    private static List<Post> ReadCooRTweet(CsvReader csv, Row row, string path, Action<PostFileException> skip)
    {
        var posts = new List<Post>();
        while (csv.Read())
        {
            try
            {
                posts.Add(new Post(row.Required("content_id"), string.Empty, row.Required("account_id"), row.Seconds("timestamp_share"), string.Empty, [],
                    row.Required("object_id"), null, null, $"{path}:{csv.Parser.RawRow}"));
            }
            catch (PostFileException e)
            {
                skip(e);
            }
        }

        return posts;
    }

    // One row per post and object: rows of one post are merged, its url ids kept as opaque links "url:ID".
    private static List<Post> ReadObjects(CsvReader csv, Row row, string path, Action<PostFileException> skip)
    {
        var order = new List<string>();
        var byPost = new Dictionary<string, (string Account, long Time, List<string> Urls, string Source)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string id;
            (string Account, long Time, List<string> Urls, string Source) post;
            try
            {
                id = row.Required("post_id");
                var account = row.Required("account_id");
                if (!byPost.TryGetValue(id, out post))
                {
                    post = (account, row.Seconds("timestamp"), [], $"{path}:{csv.Parser.RawRow}");
                    byPost[id] = post;
                    order.Add(id);
                }
            }
            catch (PostFileException e)
            {
                skip(e);
                continue;
            }

            if (row.Optional("url_id") is { } url && !post.Urls.Contains("url:" + url))
            {
                post.Urls.Add("url:" + url);
            }
        }

        return [.. order.Select(id =>
        {
            var p = byPost[id];
            var platform = p.Account.StartsWith("fb_", StringComparison.Ordinal) ? "facebook" : p.Account.StartsWith("tw_", StringComparison.Ordinal) ? "twitter" : string.Empty;
            return new Post(id, platform, p.Account, p.Time, string.Empty, p.Urls, null, null, null, p.Source);
        })];
    }

    private static List<Post> ReadNativeCsv(CsvReader csv, Row row, string path, Action<PostFileException> skip)
    {
        var posts = new List<Post>();
        while (csv.Read())
        {
            try
            {
                posts.Add(new Post(row.Required("id"), row.Optional("platform") ?? string.Empty, row.Required("account"), row.Time("time"), row.Optional("text") ?? string.Empty,
                    row.Links("urls"), row.Optional("sharedId"), row.Optional("replyTo"), row.Optional("lang"), $"{path}:{csv.Parser.RawRow}"));
            }
            catch (PostFileException e)
            {
                skip(e);
            }
        }

        return posts;
    }

    private static List<Post> ReadJsonLines(TextReader reader, string path, Action<PostFileException> skip)
    {
        var posts = new List<Post>();
        var number = 0;
        foreach (var line in BoundedLineReader.Lines(reader))
        {
            number++;
            if (line is null)
            {
                skip(new PostFileException($"{path}: line {number}: longer than {BoundedLineReader.MaxLineLength:N0} characters (skipped without reading it whole)"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line.TrimStart('\uFEFF'));
                var o = document.RootElement;
                if (o.ValueKind != JsonValueKind.Object)
                {
                    throw new PostFileException($"{path}: line {number}: not a JSON object (a post is {{\"id\", \"account\", \"time\", …}})");
                }

                string Text(string field, bool required)
                {
                    if (o.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
                    {
                        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                    }

                    return required ? throw new PostFileException($"{path}: line {number}, {field}: missing") : string.Empty;
                }

                var urls = o.TryGetProperty("urls", out var u) && u.ValueKind == JsonValueKind.Array
                    ? [.. u.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).Where(x => x.Length > 0)]
                    : new List<string>();
                posts.Add(new Post(Text("id", true), Text("platform", false), Text("account", true), ParseTime(Text("time", true), path, number, "time"), Text("text", false),
                    urls, NullIfEmpty(Text("sharedId", false)), NullIfEmpty(Text("replyTo", false)), NullIfEmpty(Text("lang", false)), $"{path}:{number}"));
            }
            catch (JsonException e)
            {
                skip(new PostFileException($"{path}: line {number}: not JSON ({e.Message})", e));
            }
            catch (PostFileException e)
            {
                skip(e);
            }
        }

        return posts;
    }

    /// <summary>A time as ISO 8601 (offset required or taken as UTC) or Unix seconds (fractions allowed).</summary>
    internal static long ParseTime(string text, string path, long line, string field)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            // Unix seconds from 1970 to the end of year 9999; beyond, or NaN/Infinity, is no time.
            return double.IsFinite(seconds) && seconds is >= 0 and <= 253_402_300_799
                ? (long)Math.Round(seconds * 1000)
                : throw new PostFileException($"{path}: line {line}, {field}: '{text}' is not a time between 1970 and 9999");
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time.ToUnixTimeMilliseconds()
            : throw new PostFileException($"{path}: line {line}, {field}: '{text}' is not a time (ISO 8601 or Unix seconds)");
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static bool Has(string[] header, string[] columns) => columns.All(header.Contains);

    private static StreamReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>Field access that names file, line and field in its errors.</summary>
    private sealed class Row(CsvReader csv, Dictionary<string, int> columns, string path)
    {
        public string? Optional(string field)
        {
            if (!columns.TryGetValue(field, out var index))
            {
                return null;
            }

            // A row shorter than the header lacks the field (CsvHelper would throw its own exception).
            var value = index < csv.Parser.Count ? csv.GetField(index)?.Trim() : null;
            return string.IsNullOrEmpty(value) ? null : value;
        }

        public string Required(string field) => Optional(field) ?? throw new PostFileException($"{path}: line {csv.Parser.RawRow}, {field}: missing");

        public long Seconds(string field)
        {
            var text = Required(field);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds)
                ? (long)Math.Round(seconds * 1000)
                : throw new PostFileException($"{path}: line {csv.Parser.RawRow}, {field}: '{text}' is not Unix seconds");
        }

        public long Time(string field) => ParseTime(Required(field), path, csv.Parser.RawRow, field);

        public List<string> Links(string field)
        {
            if (Optional(field) is not { } text)
            {
                return [];
            }

            if (text.StartsWith('['))
            {
                throw new PostFileException($"{path}: line {csv.Parser.RawRow}, {field}: '{(text.Length > 40 ? text[..40] + "…" : text)}' is a list literal; links are separated by spaces");
            }

            return [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }
    }
}
