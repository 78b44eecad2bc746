namespace Bolwerk.Maritime.Ais.Messages;

/// <summary>Type 12: addressed safety related message.</summary>
public readonly record struct AddressedSafetyMessage(AisHeader Header, int Sequence, uint DestinationMmsi, bool Retransmit, string Text);

/// <summary>Type 14: safety related broadcast message.</summary>
public readonly record struct SafetyBroadcastMessage(AisHeader Header, string Text);

/// <summary>The application payload of a binary message: its length in bits and the bits packed MSB first.</summary>
public readonly record struct BinaryPayload(int BitCount, byte[] Bytes)
{
    /// <summary>gpsd's form: "bits:lowercase-hex".</summary>
    public override string ToString() => $"{BitCount}:{Convert.ToHexStringLower(Bytes)}";
}

/// <summary>
/// Type 6: addressed binary message with its designated area code (DAC) and function id (FI);
/// <paramref name="Application"/> holds the decoded content when Bolwerk knows the DAC/FI.
/// </summary>
public readonly record struct AddressedBinaryMessage(AisHeader Header, int Sequence, uint DestinationMmsi, bool Retransmit, int Dac, int Fid, BinaryPayload Data, Applications.AisApplicationMessage? Application);

/// <summary>Type 8: binary broadcast message with DAC and FI, and the decoded content when the DAC/FI is known.</summary>
public readonly record struct BinaryBroadcastMessage(AisHeader Header, int Dac, int Fid, BinaryPayload Data, Applications.AisApplicationMessage? Application);

/// <summary>Type 17: GNSS broadcast binary message (DGNSS corrections).</summary>
public readonly record struct GnssBroadcast(AisHeader Header, int Lon, int Lat, BinaryPayload Data);

/// <summary>Types 25 (single slot) and 26 (multiple slot) binary messages; Radio is only in type 26.</summary>
public readonly record struct SlotBinaryMessage(AisHeader Header, bool Addressed, bool Structured, uint DestinationMmsi, int ApplicationId, BinaryPayload Data, int Radio);
