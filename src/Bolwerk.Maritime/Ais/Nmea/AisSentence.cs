namespace Bolwerk.Maritime.Ais.Nmea;

/// <summary>
/// One framed and checksum-verified <c>!xxVDM</c>/<c>!xxVDO</c> sentence, pointing into the line
/// it was parsed from (no copy). Valid only while that line is.
/// </summary>
public readonly ref struct AisSentence
{
    /// <summary>Creates a sentence view.</summary>
    public AisSentence(ReadOnlySpan<char> talker, bool ownShip, int fragmentCount, int fragmentNumber, int sequenceId, char channel, ReadOnlySpan<char> payload, int fillBits, ReadOnlySpan<char> trailer = default)
    {
        Trailer = trailer;
        Talker = talker;
        OwnShip = ownShip;
        FragmentCount = fragmentCount;
        FragmentNumber = fragmentNumber;
        SequenceId = sequenceId;
        Channel = channel;
        Payload = payload;
        FillBits = fillBits;
    }

    /// <summary>The two-letter talker, e.g. "AI", "BS", "AB".</summary>
    public ReadOnlySpan<char> Talker { get; }

    /// <summary>True for VDO (own ship), false for VDM.</summary>
    public bool OwnShip { get; }

    /// <summary>Number of sentences in the message, 1–9.</summary>
    public int FragmentCount { get; }

    /// <summary>This sentence's number, 1 to <see cref="FragmentCount"/>.</summary>
    public int FragmentNumber { get; }

    /// <summary>Sequential message id 0–9 linking fragments, or -1 when empty.</summary>
    public int SequenceId { get; }

    /// <summary>Radio channel 'A', 'B', '1', '2', or '\0' when empty.</summary>
    public char Channel { get; }

    /// <summary>The six-bit armoured payload characters.</summary>
    public ReadOnlySpan<char> Payload { get; }

    /// <summary>Padding bits at the end of the payload, 0–5.</summary>
    public int FillBits { get; }

    /// <summary>What follows the two checksum digits on the line (some feeds append ",unix-time"); usually empty.</summary>
    public ReadOnlySpan<char> Trailer { get; }
}
