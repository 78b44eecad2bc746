using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>Keeps every decoded message (boxed) and error, in order, for assertions.</summary>
internal sealed class RecordingHandler : AisMessageHandler
{
    public List<object> Messages { get; } = [];

    public List<AisError> Errors { get; } = [];

    public List<AisContext> Contexts { get; } = [];

    public static RecordingHandler Decode(IEnumerable<string> lines)
    {
        var handler = new RecordingHandler();
        var decoder = new AisStreamDecoder(handler);
        foreach (var line in lines)
        {
            decoder.DecodeLine(line);
        }

        decoder.Complete();
        return handler;
    }

    public override void OnError(in AisError failure) => Errors.Add(failure);

    public override void OnDecoded(in AisContext context, in AisHeader header) => Contexts.Add(context);

    public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) => Messages.Add(message);

    public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) => Messages.Add(message);

    public override void OnPositionReportClassB(in AisContext context, in PositionReportClassB message) => Messages.Add(message);

    public override void OnStaticDataReport(in AisContext context, in StaticDataReport message) => Messages.Add(message);

    public override void OnBinaryBroadcastMessage(in AisContext context, in BinaryBroadcastMessage message) => Messages.Add(message);

    public override void OnAddressedBinaryMessage(in AisContext context, in AddressedBinaryMessage message) => Messages.Add(message);
}
