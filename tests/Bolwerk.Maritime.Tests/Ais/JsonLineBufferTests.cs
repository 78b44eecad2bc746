using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bolwerk.Maritime.Ais.Output;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>The hand-written JSON line builder must write what Utf8JsonWriter (relaxed escaping) wrote before it.</summary>
public sealed class JsonLineBufferTests
{
    public static TheoryData<string?> Strings =>
    [
        null, "", "EVER GIVEN", "QUOTE\"IN NAME", "BACK\\SLASH", "TAB\tAND\nNEWLINE\u0001", "<&'>+`", "\u007F\u0080\u00E9", "ZÜRICH", "日本丸", "😀 SHIP", "A\uD800B",
    ];

    [Theory]
    [MemberData(nameof(Strings))]
    public void WriteString_MatchesUtf8JsonWriter(string? value)
    {
        var buffer = new JsonLineBuffer(8);
        buffer.WriteStartObject();
        buffer.WriteString("name"u8, value);
        buffer.WriteEndObject();

        Encoding.UTF8.GetString(buffer.WrittenSpan).ShouldBe(Reference(writer => writer.WriteString("name"u8, value)));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(9L)]
    [InlineData(10L)]
    [InlineData(-1L)]
    [InlineData(-128L)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(4294967295L)]
    public void WriteNumber_MatchesUtf8JsonWriter(long value)
    {
        var buffer = new JsonLineBuffer(4);
        buffer.WriteStartObject();
        buffer.WriteNumber("n"u8, value);
        buffer.WriteBoolean("b"u8, value > 0);
        buffer.WriteStartArray("a"u8);
        buffer.WriteStartObject();
        buffer.WriteNumber("x"u8, value);
        buffer.WriteEndObject();
        buffer.WriteStartObject();
        buffer.WriteEndObject();
        buffer.WriteEndArray();
        buffer.WriteEndObject();

        Encoding.UTF8.GetString(buffer.WrittenSpan).ShouldBe(Reference(writer =>
        {
            writer.WriteNumber("n"u8, value);
            writer.WriteBoolean("b"u8, value > 0);
            writer.WriteStartArray("a"u8);
            writer.WriteStartObject();
            writer.WriteNumber("x"u8, value);
            writer.WriteEndObject();
            writer.WriteStartObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }));
    }

    [Fact]
    public void WriteNumber_ValuesOfEveryDigitCount_AreTheirInvariantDecimal()
    {
        var random = new Random(42);
        var values = Enumerable.Range(0, 19).SelectMany(k => new[] { (long)Math.Pow(10, k), (long)Math.Pow(10, k) - 1, -(long)Math.Pow(10, k), 1 - (long)Math.Pow(10, k) })
            .Concat(Enumerable.Range(0, 5000).Select(_ => (random.NextInt64() >> random.Next(63)) * ((random.Next(2) * 2) - 1)));
        foreach (var value in values)
        {
            var buffer = new JsonLineBuffer(4);
            buffer.WriteNumber("v"u8, value);
            Encoding.UTF8.GetString(buffer.WrittenSpan).ShouldBe("\"v\":" + value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Reference(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
