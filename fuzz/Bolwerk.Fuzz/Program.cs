using System.Text;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Output;
using SharpFuzz;

// One fuzz input = a byte stream fed through the whole AIS path: line splitting, framing, tag
// blocks, reassembly, six-bit unpacking, every message decoder and the gpsd JSON writer. Any
// exception is a finding (SharpFuzz reports it to AFL as a crash).
Fuzzer.OutOfProcess.Run(stream =>
{
    using var writer = new GpsdJsonWriter(Stream.Null, null);
    var decoder = new AisStreamDecoder(writer);
    AsciiLineReader.ReadLines(stream, line =>
    {
        decoder.DecodeLine(line);
        return true;
    });
    decoder.Complete();
});
