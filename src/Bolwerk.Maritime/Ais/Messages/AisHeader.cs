using Bolwerk.Identifiers;

namespace Bolwerk.Maritime.Ais.Messages;

/// <summary>The first 38 bits of every AIS message.</summary>
/// <param name="MessageType">ITU-R M.1371 message id, 1–27.</param>
/// <param name="Repeat">Repeat indicator, 0–3.</param>
/// <param name="Mmsi">Source MMSI as transmitted (30 bits).</param>
public readonly record struct AisHeader(int MessageType, int Repeat, uint Mmsi)
{
    /// <summary>The source as an <see cref="Identifiers.Mmsi"/>; values above 999,999,999 are clamped to null.</summary>
    public Mmsi? SourceMmsi => Mmsi <= Identifiers.Mmsi.MaxValue ? Identifiers.Mmsi.FromValue(Mmsi) : null;
}
