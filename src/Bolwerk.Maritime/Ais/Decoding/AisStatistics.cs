using System.Globalization;
using System.Runtime.InteropServices;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Counts what a stream held: messages per type and talker, errors per reason (with the first
/// few examples), and the time span covered by receiver timestamps.
/// </summary>
public sealed class AisStatistics : AisMessageHandler
{
    private const int ExamplesPerReason = 3;
    private readonly Dictionary<AisErrorReason, List<AisError>> _examples = [];

    /// <summary>Messages per message type (index 0 unused).</summary>
    public long[] MessagesByType { get; } = new long[28];

    /// <summary>Messages per talker.</summary>
    public Dictionary<string, long> MessagesByTalker { get; } = [];

    /// <summary>Errors per reason.</summary>
    public Dictionary<AisErrorReason, long> ErrorsByReason { get; } = [];

    /// <summary>CSV archive rows (DMA layout) per type of mobile.</summary>
    public Dictionary<string, long> CsvRowsByMobileType { get; } = [];

    /// <summary>Earliest receiver time seen, if any.</summary>
    public DateTimeOffset? FirstTime { get; private set; }

    /// <summary>Latest receiver time seen, if any.</summary>
    public DateTimeOffset? LastTime { get; private set; }

    /// <summary>Total decoded messages.</summary>
    public long Messages => MessagesByType.Sum();

    /// <summary>Total errors.</summary>
    public long Errors => ErrorsByReason.Values.Sum();

    /// <summary>The first few errors of each reason, for the report.</summary>
    public IReadOnlyDictionary<AisErrorReason, List<AisError>> Examples => _examples;

    /// <inheritdoc/>
    public override void OnError(in AisError failure)
    {
        ErrorsByReason[failure.Reason] = ErrorsByReason.GetValueOrDefault(failure.Reason) + 1;
        var list = _examples.TryGetValue(failure.Reason, out var existing) ? existing : _examples[failure.Reason] = [];
        if (list.Count < ExamplesPerReason)
        {
            list.Add(failure);
        }
    }

    /// <inheritdoc/>
    public override void OnDecoded(in AisContext context, in AisHeader header)
    {
        MessagesByType[header.MessageType]++;
        CollectionsMarshal.GetValueRefOrAddDefault(MessagesByTalker, context.Talker, out _)++; // one lookup, on every message
        if (context.ReceivedAt is { } time)
        {
            Observe(time);
        }
    }

    /// <summary>Counts one row of a DMA CSV archive.</summary>
    public void CountCsvRow(Dma.DmaAisRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        CsvRowsByMobileType[row.TypeOfMobile] = CsvRowsByMobileType.GetValueOrDefault(row.TypeOfMobile) + 1;
        Observe(row.Timestamp);
    }

    /// <summary>A one-line summary, e.g. "3951 messages, 12 errors".</summary>
    public override string ToString() => CsvRowsByMobileType.Count == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Messages} messages, {Errors} errors")
        : string.Create(CultureInfo.InvariantCulture, $"{Messages} messages, {CsvRowsByMobileType.Values.Sum()} CSV rows, {Errors} errors");

    private void Observe(DateTimeOffset time)
    {
        FirstTime = FirstTime is null || time < FirstTime ? time : FirstTime;
        LastTime = LastTime is null || time > LastTime ? time : LastTime;
    }
}
