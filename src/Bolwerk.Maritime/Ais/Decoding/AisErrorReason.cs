namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>Why a line or message was not decoded. Counted by reason in statistics.</summary>
public enum AisErrorReason
{
    /// <summary>The line is not an AIS sentence and not a known receiver line (e.g. $GPGSA).</summary>
    NotAis,

    /// <summary>The sentence lacks the *hh checksum.</summary>
    MissingChecksum,

    /// <summary>The sentence checksum does not match its content.</summary>
    BadChecksum,

    /// <summary>A tag block's fields are malformed; the sentence is still decoded, without them.</summary>
    BadTagBlock,

    /// <summary>
    /// A tag block's checksum is missing, malformed or does not match. Reported, but the sentence
    /// (which has its own checksum) is still decoded with the tag block's fields: real feeds do this.
    /// </summary>
    BadTagBlockChecksum,

    /// <summary>Fields are missing, or fragment count, number or sequence id is not a valid digit.</summary>
    MalformedSentence,

    /// <summary>The payload has a character outside the six-bit armour alphabet.</summary>
    BadPayloadCharacter,

    /// <summary>Fill bits are not 0–5, or exceed the payload.</summary>
    BadFillBits,

    /// <summary>The payload exceeds the longest message this decoder accepts.</summary>
    PayloadTooLong,

    /// <summary>A later fragment arrived without the earlier ones.</summary>
    OrphanFragment,

    /// <summary>A multi-sentence message never completed (superseded or timed out).</summary>
    IncompleteMessage,

    /// <summary>The message type is 0 or above 27.</summary>
    UnknownMessageType,

    /// <summary>The payload is shorter (or longer) than its message type allows.</summary>
    BadLength,

    /// <summary>A row of a CSV archive (DMA layout) with a missing or malformed field; the detail names it.</summary>
    BadCsvRow,

    /// <summary>A type 24 message whose part number is neither A (0) nor B (1).</summary>
    BadPartNumber,
}
