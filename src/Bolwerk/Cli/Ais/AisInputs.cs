using System.IO.Compression;
using System.Text;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Dma;

namespace Bolwerk.Host.Cli.Ais;

/// <summary>Feeds files (plain or .gz) or standard input to a stream decoder, one decoder per input.</summary>
internal static class AisInputs
{
    /// <summary>Called after each line of a live (network) input, e.g. to flush output.</summary>
    public static Action? AfterLine { get; set; }

    /// <summary>"-" or no file at all means standard input.</summary>
    public static IReadOnlyList<string> Normalise(string[]? files) => files is { Length: > 0 } ? files : ["-"];

    /// <summary>The name gpsd's "device" field gets for an input.</summary>
    public static string DeviceName(string input) => input == "-" ? "stdin" : input;

    /// <summary>True for tcp:// and udp:// inputs, whose output is flushed line by line (see <see cref="AfterLine"/>).</summary>
    public static bool IsLive(string input) => NetworkLines.IsNetwork(input);

    /// <summary>
    /// Decodes every line of <paramref name="input"/>; returns false when stopped early by <paramref name="stop"/>.
    /// An input whose first line is a DMA CSV header is read as DMA rows instead, handed to
    /// <paramref name="onDmaRow"/> (errors go to the decoder's handler like any other).
    /// </summary>
    public static async Task<bool> DecodeAsync(string input, IAisLineDecoder decoder, AisMessageHandler errors, Action<DmaAisRecord> onDmaRow, Func<bool> stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (NetworkLines.IsNetwork(input))
        {
            // Live feeds: decode until the peer closes (TCP) or the user interrupts (both).
            try
            {
                await foreach (var line in NetworkLines.ReadAsync(input, cancellationToken))
                {
                    decoder.DecodeLine(line);
                    AfterLine?.Invoke();
                    if (stop())
                    {
                        return false;
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C ends a live feed normally.
            }

            decoder.Complete();
            return !stop();
        }

        if (input != "-")
        {
            // Files: sniff the first line, then read bytes without a string per line (the hot path).
            string? firstLine;
            using (var sniff = Open(input))
            {
                firstLine = await sniff.ReadLineAsync(cancellationToken);
            }

            if (DmaCsvReader.IsDmaHeader(firstLine))
            {
                using var csv = Open(input);
                DmaCsvReader.Read(csv, onDmaRow, error => errors.OnError(error));
                return !stop();
            }

            await using var stream = OpenStream(input);
            AsciiLineReader.ReadLines(stream, line =>
            {
                decoder.DecodeLine(line);
                return !stop() && !cancellationToken.IsCancellationRequested;
            });
            if (!stop())
            {
                decoder.Complete();
            }

            return !stop();
        }

        using var reader = Open(input);
        var first = reader.ReadLine();
        if (DmaCsvReader.IsDmaHeader(first))
        {
            using var csv = new PrependedReader(first!, reader);
            DmaCsvReader.Read(csv, onDmaRow, error => errors.OnError(error));
            return !stop();
        }

        if (first is not null)
        {
            decoder.DecodeLine(first);
        }

        while (!stop() && reader.ReadLine() is { } line)
        {
            decoder.DecodeLine(line);
        }

        if (!stop())
        {
            decoder.Complete();
        }

        return !stop();
    }

    // NMEA is ASCII; Latin-1 maps every byte to one char, so stray bytes are reported, not mangled.
    private static StreamReader Open(string input) =>
        new(input == "-" ? Console.OpenStandardInput() : OpenStream(input), Encoding.Latin1, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);

    private static Stream OpenStream(string input)
    {
        if (!File.Exists(input))
        {
            throw new FileNotFoundException($"AIS input '{input}' does not exist.", input);
        }

        Stream stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return input.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }
}
