using Bolwerk.Alerts;

namespace Bolwerk.Core.Tests.Alerts;

public sealed class IngestKeysTests
{
    [Fact]
    public void From_SameParts_SameKey() =>
        IngestKeys.From("cable-slow-transit", "244123456", "2026-11-28T12:00:00Z").ShouldBe(IngestKeys.From("cable-slow-transit", "244123456", "2026-11-28T12:00:00Z"));

    [Fact]
    public void From_PartsThatConcatenateEqually_DifferentKeys() =>
        IngestKeys.From("ab", "c").ShouldNotBe(IngestKeys.From("a", "bc"));

    [Fact]
    public void From_Is32HexCharacters() => IngestKeys.From("x").ShouldMatch("^[0-9a-f]{32}$");

    [Fact]
    public void From_PartWithSeparator_Throws() => Should.Throw<ArgumentException>(() => IngestKeys.From("a\u001fb"));
}
