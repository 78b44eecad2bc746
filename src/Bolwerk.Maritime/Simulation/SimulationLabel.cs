using System.Text.Json;

namespace Bolwerk.Maritime.Simulation;

/// <summary>
/// One injected behaviour (a positive the watch should find) or confounder (a look-alike it
/// should not report), as the simulator wrote it into the traffic. Kind is an alert kind for
/// positives and "confounder" for look-alikes, with <see cref="Of"/> naming the kind imitated.
/// </summary>
public sealed record SimulationLabel
{
    /// <summary>Kind for confounders.</summary>
    public const string Confounder = "confounder";

    /// <summary>An alert kind, or <see cref="Confounder"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>For confounders: the alert kind they imitate.</summary>
    public string? Of { get; init; }

    /// <summary>Variant, e.g. "quarter-slowdown" or "dark-over-cable".</summary>
    public required string Variant { get; init; }

    /// <summary>The vessel.</summary>
    public required uint Mmsi { get; init; }

    /// <summary>The other vessel (rendezvous).</summary>
    public uint? OtherMmsi { get; init; }

    /// <summary>When the behaviour starts.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>When it ends.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>The asset involved, when there is one.</summary>
    public string? AssetId { get; init; }

    /// <summary>Writes the label as one JSON line.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("kind", Kind);
        if (Of is not null)
        {
            writer.WriteString("of", Of);
        }

        writer.WriteString("variant", Variant);
        writer.WriteNumber("mmsi", Mmsi);
        if (OtherMmsi is { } other)
        {
            writer.WriteNumber("otherMmsi", other);
        }

        writer.WriteString("start", Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("end", End.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        if (AssetId is not null)
        {
            writer.WriteString("assetId", AssetId);
        }

        writer.WriteEndObject();
    }
}
