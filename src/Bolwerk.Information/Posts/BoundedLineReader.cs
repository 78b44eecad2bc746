using System.Text;

namespace Bolwerk.Information.Posts;

/// <summary>
/// Lines of a text reader, each at most <see cref="MaxLineLength"/> characters: a longer line is
/// skipped to its end in fixed-size chunks (never held whole) and reported as too long, so a
/// decompression bomb or a file without newlines costs time, not memory.
/// </summary>
internal static class BoundedLineReader
{
    /// <summary>Longest line kept: a post with its text, links and metadata is a few kilobytes.</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>Each line's text, or null when it was longer than <see cref="MaxLineLength"/>.</summary>
    public static IEnumerable<string?> Lines(TextReader reader)
    {
        var line = new StringBuilder();
        var chunk = new char[8192];
        var tooLong = false;
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (chunk[i] != '\n')
                {
                    continue;
                }

                Append(chunk.AsSpan(start, i - start));
                yield return Take();
                start = i + 1;
            }

            Append(chunk.AsSpan(start, read - start));
        }

        if (line.Length > 0 || tooLong)
        {
            yield return Take();
        }

        void Append(ReadOnlySpan<char> text)
        {
            if (tooLong || line.Length + text.Length > MaxLineLength)
            {
                tooLong = true;
                line.Clear();
                return;
            }

            line.Append(text);
        }

        string? Take()
        {
            var text = tooLong ? null : line.ToString().TrimEnd('\r');
            line.Clear();
            tooLong = false;
            return text;
        }
    }
}
