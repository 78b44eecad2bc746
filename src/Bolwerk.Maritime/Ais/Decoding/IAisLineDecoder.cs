namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>Takes a stream's lines one at a time and is told when the stream ends.</summary>
public interface IAisLineDecoder
{
    /// <summary>Decodes one line (without its line terminator).</summary>
    void DecodeLine(ReadOnlySpan<char> line);

    /// <summary>Ends the stream: open multi-sentence messages are reported as incomplete.</summary>
    void Complete();
}
