namespace Bolwerk.Sharing;

/// <summary>A STIX file that cannot be read; the message names the file, the place and the field.</summary>
public sealed class StixFormatException(string message, Exception? inner = null) : Exception(message, inner);
