namespace Bolwerk.Host.Streaming;

/// <summary>A partition's messages did not arrive whole and in order: its runner starts over from the checkpoint.</summary>
internal sealed class DeliveryGapException(string message) : Exception(message);
