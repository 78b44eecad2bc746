using System.Text.Json;
using System.Text.Json.Serialization;
using Bolwerk.Grading;

namespace Bolwerk.Response.Cases;

/// <summary>
/// Case events as (kind, JSON) for storage: the kind names the event type ("case-moved"), the body
/// holds its fields; grades as "B2", enums as names. Reading an unknown kind is an error, never a
/// silent skip: a case must replay whole.
/// </summary>
public static class CaseEventJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new AdmiraltyGradeJsonConverter() },
    };

    private static readonly (string Kind, Type Type)[] Kinds =
    [
        ("case-opened", typeof(CaseOpened)),
        ("case-moved", typeof(CaseMoved)),
        ("evidence-added", typeof(EvidenceAdded)),
        ("custody-recorded", typeof(CustodyRecorded)),
        ("attribution-stated", typeof(AttributionStated)),
        ("decision-recorded", typeof(DecisionRecorded)),
        ("note-added", typeof(NoteAdded)),
        ("technique-tagged", typeof(TechniqueTagged)),
    ];

    /// <summary>The kind name of an event.</summary>
    public static string KindOf(CaseEvent e) => Kinds.First(k => k.Type == e.GetType()).Kind;

    /// <summary>The event's body as JSON.</summary>
    public static string Write(CaseEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    /// <summary>Reads an event of <paramref name="kind"/> from its JSON.</summary>
    public static CaseEvent Read(string kind, string json)
    {
        var type = Kinds.FirstOrDefault(k => k.Kind == kind).Type ?? throw new JsonException($"unknown case event kind '{kind}'");
        return (CaseEvent)(JsonSerializer.Deserialize(json, type, Options) ?? throw new JsonException($"case event '{kind}' is null"));
    }
}
