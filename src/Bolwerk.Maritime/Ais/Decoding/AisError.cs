namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>A line or message that could not be decoded, with where and why.</summary>
/// <param name="Reason">The category.</param>
/// <param name="LineNumber">1-based line in the input.</param>
/// <param name="Detail">A human sentence naming the field or value at fault.</param>
public readonly record struct AisError(AisErrorReason Reason, long LineNumber, string Detail);
