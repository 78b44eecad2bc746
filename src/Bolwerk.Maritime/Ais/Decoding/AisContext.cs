namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>Where a decoded message came from: the input line, receiver time and radio details.</summary>
/// <param name="LineNumber">1-based line of the (last) sentence of the message.</param>
/// <param name="ReceivedAt">Receiver time from the tag block, a $PGHP line or a line prefix; null when the input has none (never the system clock).</param>
/// <param name="Talker">Talker of the sentence, e.g. "AI" or "BS".</param>
/// <param name="Channel">Radio channel, or '\0'.</param>
/// <param name="Source">Source station from the tag block, or null.</param>
/// <param name="OwnShip">True for VDO sentences.</param>
public readonly record struct AisContext(long LineNumber, DateTimeOffset? ReceivedAt, string Talker, char Channel, string? Source, bool OwnShip);
