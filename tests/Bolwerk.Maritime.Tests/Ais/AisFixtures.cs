using System.Text;
using System.Text.Json;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Output;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>Decodes fixture files with Bolwerk into gpsd-style JSON lines.</summary>
internal static class AisFixtures
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ais", relative);

    public static (List<JsonElement> Messages, List<AisError> Errors) Decode(string relative) => DecodeText(File.ReadAllText(PathOf(relative), Encoding.Latin1));

    public static (List<JsonElement> Messages, List<AisError> Errors) DecodeText(string text)
    {
        var (messages, _, errors) = DecodeWithContexts(text);
        return (messages, errors);
    }

    /// <summary>Also returns each message's context (same order as the messages) and whether the text ends without a newline.</summary>
    public static (List<JsonElement> Messages, List<AisContext> Contexts, List<AisError> Errors) DecodeWithContexts(string text)
    {
        using var output = new MemoryStream();
        var errors = new ErrorCollector();
        using (var writer = new GpsdJsonWriter(output, "stdin"))
        {
            var decoder = new AisStreamDecoder(new AisHandlerPair(writer, errors));
            foreach (var line in text.Split('\n'))
            {
                decoder.DecodeLine(line);
            }

            decoder.Complete();
        }

        var messages = Encoding.UTF8.GetString(output.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return (messages, errors.Contexts, errors.Errors);
    }

    public static List<JsonElement> ReadGpsdJson(string relative) =>
        File.ReadAllLines(PathOf(relative))
            .Where(line => line.StartsWith("{\"class\":\"AIS\"", StringComparison.Ordinal))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    private sealed class ErrorCollector : AisMessageHandler
    {
        public List<AisError> Errors { get; } = [];

        public List<AisContext> Contexts { get; } = [];

        public override void OnError(in AisError failure) => Errors.Add(failure);

        public override void OnDecoded(in AisContext context, in Bolwerk.Maritime.Ais.Messages.AisHeader header) => Contexts.Add(context);
    }
}
