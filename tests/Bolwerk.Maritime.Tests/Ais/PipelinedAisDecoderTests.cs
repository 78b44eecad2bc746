using System.Reflection;
using System.Text;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;
using Bolwerk.Maritime.Ais.Output;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>
/// The pipelined decoder must give the slow handler exactly the calls, in exactly the order, that
/// the one-thread decoder gives it, and the inline handler exactly the errors and headers.
/// </summary>
public sealed class PipelinedAisDecoderTests
{
    [Fact]
    public void Recording_OverridesEveryHandlerMethod()
    {
        // A handler method added later and not recorded would silently drop messages in the pipeline.
        var handlerMethods = typeof(AisMessageHandler).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.IsVirtual && method.DeclaringType == typeof(AisMessageHandler)).ToList();
        handlerMethods.Count.ShouldBeGreaterThan(20);
        foreach (var type in new[] { typeof(AisCallRecording), typeof(AisCallForwarder) })
        {
            foreach (var method in handlerMethods)
            {
                type.GetMethod(method.Name, method.GetParameters().Select(p => p.ParameterType).ToArray())!.DeclaringType.ShouldBe(type, $"{type.Name}.{method.Name}");
            }
        }
    }

    [Fact]
    public void Pipeline_WritesTheSameBytesAndErrorsAsOneThread_OverManyBatches()
    {
        // Every fixture sentence plus mutated ones (many errors), several times over: well past
        // one batch of calls, with every message family and error reason in the mix.
        var random = new Random(7);
        var real = AisFuzzTests.RealSentenceLines();
        var lines = Enumerable.Range(0, 4).SelectMany(_ => real)
            .Concat(Enumerable.Range(0, 20_000).Select(_ => AisFuzzTests.Mutate(real[random.Next(real.Length)], random)))
            .ToList();

        var (sequentialJson, sequentialErrors, sequentialHeaders) = Sequential(lines);
        var (pipelinedJson, pipelinedErrors, pipelinedHeaders) = Pipelined(lines);

        sequentialJson.Count(b => b == (byte)'\n').ShouldBeGreaterThan(3 * PipelinedAisDecoder.CallsPerBatch, "several hand-overs");
        pipelinedErrors.Count.ShouldBeGreaterThan(1000);
        pipelinedJson.ShouldBe(sequentialJson);
        pipelinedErrors.ShouldBe(sequentialErrors);
        pipelinedHeaders.ShouldBe(sequentialHeaders);
    }

    [Fact]
    public void SlowHandlerFailure_SurfacesOnTheDecodingThread_WithoutHanging()
    {
        var lines = AisFuzzTests.RealSentenceLines();
        using var pipeline = new PipelinedAisDecoder(new FailsAfter(100), inlineHandler: null, messageTypes: null);
        var thrown = Should.Throw<IOException>(() =>
        {
            for (var pass = 0; pass < 100; pass++)
            {
                foreach (var line in lines)
                {
                    pipeline.DecodeLine(line);
                }
            }

            pipeline.Complete();
        });
        thrown.Message.ShouldBe("output closed");
    }

    [Fact]
    public void Drain_WithoutComplete_DeliversWhatWasDecoded_AndLeavesOpenFragmentsOpen()
    {
        var writer = new Counter();
        var errors = new Counter();
        using var pipeline = new PipelinedAisDecoder(writer, errors, messageTypes: null);
        pipeline.DecodeLine("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23");
        pipeline.DecodeLine("!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C");
        pipeline.Drain();

        writer.Messages.ShouldBe(1);
        errors.Errors.ShouldBe(0); // the open type 5 is only reported by Complete
    }

    private static (byte[] Json, List<string> Errors, List<string> Headers) Sequential(IEnumerable<string> lines)
    {
        using var output = new MemoryStream();
        var inline = new Accounting();
        using (var writer = new GpsdJsonWriter(output, "stdin"))
        {
            var decoder = new AisStreamDecoder(new AisHandlerPair(writer, inline));
            foreach (var line in lines)
            {
                decoder.DecodeLine(line);
            }

            decoder.Complete();
        }

        return (output.ToArray(), inline.Errors, inline.Headers);
    }

    private static (byte[] Json, List<string> Errors, List<string> Headers) Pipelined(IEnumerable<string> lines)
    {
        using var output = new MemoryStream();
        var inline = new Accounting();
        using (var writer = new GpsdJsonWriter(output, "stdin"))
        {
            using var pipeline = new PipelinedAisDecoder(writer, inline, messageTypes: null);
            foreach (var line in lines)
            {
                pipeline.DecodeLine(line);
            }

            pipeline.Complete();
        }

        return (output.ToArray(), inline.Errors, inline.Headers);
    }

    private sealed class Accounting : AisMessageHandler
    {
        public List<string> Errors { get; } = [];

        public List<string> Headers { get; } = [];

        public override void OnError(in AisError failure) => Errors.Add($"{failure.LineNumber} {failure.Reason} {failure.Detail}");

        public override void OnDecoded(in AisContext context, in AisHeader header) => Headers.Add($"{context.LineNumber} {header}");
    }

    private sealed class FailsAfter(int messages) : AisMessageHandler
    {
        private int _seen;

        public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message)
        {
            if (++_seen > messages)
            {
                throw new IOException("output closed");
            }
        }
    }

    private sealed class Counter : AisMessageHandler
    {
        public int Messages { get; private set; }

        public int Errors { get; private set; }

        public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) => Messages++;

        public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) => Messages++;

        public override void OnError(in AisError failure) => Errors++;
    }
}
