using System.Xml;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// The only way this library opens XML: no DTD processing at all (a document declaring one is
/// refused — no external entities, no entity expansion, so no XXE and no billion laughs), no
/// resolver, line numbers kept for error messages. Sanctions lists are published without DTDs.
/// </summary>
public static class SafeXml
{
    /// <summary>Reader settings for untrusted XML.</summary>
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>Opens <paramref name="path"/> for reading with <see cref="Settings"/>.</summary>
    public static XmlReader Open(string path) => XmlReader.Create(File.OpenRead(path), Settings, path);

    /// <summary>
    /// Where a refused DTD sits: XmlReader reports the refusal without a position, so the first
    /// 64 KB are searched for the DOCTYPE declaration.
    /// </summary>
    public static string DoctypePlace(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[65_536];
        var text = new string(buffer, 0, reader.Read(buffer, 0, buffer.Length));
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        return at < 0 ? "document type declaration" : $"line {text.AsSpan(0, at).Count('\n') + 1} (DOCTYPE)";
    }

    /// <summary>"line L, column C" of the reader's position.</summary>
    public static string Where(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}, column {info.LinePosition}" : "unknown position";
}
