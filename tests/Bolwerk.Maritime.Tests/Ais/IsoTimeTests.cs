using System.Globalization;
using Bolwerk.Maritime.Ais.Output;

namespace Bolwerk.Maritime.Tests.Ais;

public sealed class IsoTimeTests
{
    [Fact]
    public void Format_EqualsTheCustomFormatString_ForAnyInstant()
    {
        var random = new Random(11);
        var instants = new[] { DateTimeOffset.UnixEpoch, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTimeOffset(2019, 8, 7, 23, 0, 27, 120, TimeSpan.Zero), new DateTimeOffset(2010, 6, 11, 11, 46, 10, 5, TimeSpan.FromHours(2)) }
            .Concat(Enumerable.Range(0, 20_000).Select(_ => DateTimeOffset.FromUnixTimeMilliseconds(random.NextInt64(-62_135_596_800_000, 253_402_300_799_999)).AddTicks(random.Next(10_000))));
        Span<char> text = stackalloc char[24];
        foreach (var instant in instants)
        {
            var expected = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);
            text[..IsoTime.Format(instant, text)].ToString().ShouldBe(expected);
        }
    }
}
