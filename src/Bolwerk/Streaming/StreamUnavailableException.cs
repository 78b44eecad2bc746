namespace Bolwerk.Host.Streaming;

/// <summary>The NATS servers could not be reached (the command exits 69, unavailable).</summary>
internal sealed class StreamUnavailableException(string message, Exception inner) : Exception(message, inner);
