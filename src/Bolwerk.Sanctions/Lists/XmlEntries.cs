using System.Xml;
using System.Xml.Linq;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// Streams the entry elements of a list's XML through <see cref="SafeXml"/> (no DTDs, no
/// resolver) and hands each to a mapper as a small <see cref="XElement"/> with its position, so
/// a 25 MB file never sits in memory whole and every error names the line and the element.
/// </summary>
internal static class XmlEntries
{
    /// <summary>Calls <paramref name="root"/> for the document element and <paramref name="entry"/> for each element named one of <paramref name="entryNames"/>.</summary>
    public static void Read(string path, IReadOnlySet<string> entryNames, Action<XmlReader>? root, Action<XElement, string> entry)
    {
        using var reader = SafeXml.Open(path);
        try
        {
            var first = true;
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (first)
                {
                    first = false;
                    root?.Invoke(reader);
                }

                if (entryNames.Contains(reader.LocalName))
                {
                    var where = SafeXml.Where(reader);
                    var element = (XElement)XNode.ReadFrom(reader);
                    try
                    {
                        entry(element, where);
                    }
                    catch (FormatException e)
                    {
                        throw new SanctionsListException(path, $"{where} ({element.Name.LocalName})", e.Message, e);
                    }

                    continue;
                }

                reader.Read();
            }
        }
        catch (XmlException exception)
        {
            var place = exception.LineNumber > 0 ? $"line {exception.LineNumber}, column {exception.LinePosition}" : SafeXml.DoctypePlace(path);
            throw new SanctionsListException(path, place, exception.Message, exception);
        }
    }

    /// <summary>Trimmed text of the child elements named <paramref name="name"/> (any namespace), empty ones left out.</summary>
    public static IEnumerable<string> Values(this XElement element, string name) =>
        element.Elements().Where(e => e.Name.LocalName == name).Select(e => e.Value.Trim()).Where(v => v.Length > 0);

    /// <summary>The first such value, or null.</summary>
    public static string? Value(this XElement element, string name) => element.Values(name).FirstOrDefault();

    /// <summary>Child elements named <paramref name="name"/> (any namespace).</summary>
    public static IEnumerable<XElement> Children(this XElement element, string name) =>
        element.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>Grandchildren: the items of a list element ("akaList/aka").</summary>
    public static IEnumerable<XElement> Items(this XElement element, string list, string item) =>
        element.Children(list).SelectMany(l => l.Children(item));

    /// <summary>A non-empty attribute value, or null.</summary>
    public static string? Attr(this XElement element, string name) =>
        element.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
