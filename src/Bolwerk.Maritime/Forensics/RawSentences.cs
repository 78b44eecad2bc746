using System.IO.Compression;
using System.Text;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Forensics;

/// <summary>
/// The input lines, byte for byte as received, that carry the messages of chosen vessels in a time
/// window — for the evidence pack, so an examiner can re-decode them with any other tool. A
/// multi-sentence message keeps all its sentences.
/// </summary>
public static class RawSentences
{
    /// <summary>Lines of <paramref name="files"/> (plain or .gz NMEA) from the vessels in <paramref name="mmsis"/> timed between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static IReadOnlyDictionary<uint, IReadOnlyList<string>> Extract(IEnumerable<string> files, IReadOnlySet<uint> mmsis, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(mmsis);
        var found = new Dictionary<uint, List<string>>();
        foreach (var file in files)
        {
            var catcher = new Catcher();
            var decoder = new AisStreamDecoder(catcher);
            var recent = new Queue<string>();
            using var stream = File.OpenRead(file);
            using var body = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
            using var reader = new StreamReader(body, Encoding.Latin1);
            while (reader.ReadLine() is { } line)
            {
                catcher.Reset();
                decoder.DecodeLine(line);
                if (catcher.Mmsi is { } mmsi && mmsis.Contains(mmsi) && catcher.Time is { } time && time >= from && time <= to)
                {
                    if (!found.TryGetValue(mmsi, out var lines))
                    {
                        lines = [];
                        found[mmsi] = lines;
                    }

                    // Earlier sentences of a multi-sentence message are the lines just before it.
                    var parts = FragmentCount(line);
                    lines.AddRange(recent.Skip(Math.Max(0, recent.Count - (parts - 1))));
                    lines.Add(line);
                }

                recent.Enqueue(line);
                if (recent.Count > 8)
                {
                    recent.Dequeue();
                }
            }
        }

        return found.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value);
    }

    // "!AIVDM,2,2,…" → 2; a bare or unreadable line counts as one sentence.
    private static int FragmentCount(string line)
    {
        var bang = line.IndexOf('!', StringComparison.Ordinal);
        if (bang < 0 || line.Length < bang + 9 || line[bang + 6] != ',')
        {
            return 1;
        }

        return line[bang + 7] is >= '1' and <= '9' ? line[bang + 7] - '0' : 1;
    }

    private sealed class Catcher : AisMessageHandler
    {
        public uint? Mmsi { get; private set; }

        public DateTimeOffset? Time { get; private set; }

        public void Reset()
        {
            Mmsi = null;
            Time = null;
        }

        public override void OnDecoded(in AisContext context, in AisHeader header)
        {
            Mmsi = header.Mmsi;
            Time = context.ReceivedAt;
        }
    }
}
