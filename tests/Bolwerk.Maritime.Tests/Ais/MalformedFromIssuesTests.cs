using Bolwerk.Maritime.Ais.Decoding;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>
/// The 14 malformed sentences quoted from public issue threads (Fixtures/ais/from_issues), each
/// with the outcome Bolwerk documents in docs/ais.md. Where it differs from gpsd 3.22 the reason
/// is given beside the case.
/// </summary>
public sealed class MalformedFromIssuesTests
{
    public static TheoryData<string, int?, AisErrorReason?> Outcomes => new()
    {
        // Type 24 part A of 160 bits (spare omitted): accepted, as ITU practice and newer gpsd do; gpsd 3.22 drops it.
        { "libais-177-a", 24, null },
        { "libais-177-b", 24, null },
        { "libais-150", 24, null },
        { "tbsalling-47-a", 24, null },
        // Type 1 of 204 bits: accepted (as gpsd does); the extra bits are ignored.
        { "libais-81-a", 1, null },
        { "libais-81-b", 1, null },
        // Wrong checksums: rejected. gpsd 3.22 decodes pyais-28-a anyway; Bolwerk does not accept corrupted sentences.
        { "pyais-28-a", null, AisErrorReason.BadChecksum },
        { "pyais-28-b", null, AisErrorReason.BadChecksum },
        // First fragment without its second.
        { "pyais-85", null, AisErrorReason.IncompleteMessage },
        { "pyais-46", null, AisErrorReason.IncompleteMessage },
        // Second fragment without its first.
        { "tbsalling-47-b", null, AisErrorReason.OrphanFragment },
        // Two-part type 5 with padding characters ('8') and an empty sequential id: decoded, as by gpsd.
        { "bcl-33", 5, null },
        { "bcl-33-b", 5, null },
        { "pyais-70", 5, null },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Decode_IssueCase_HasTheDocumentedOutcome(string id, int? decodedType, AisErrorReason? rejection)
    {
        var row = File.ReadAllLines(AisFixtures.PathOf("from_issues/malformed_from_issues.tsv"))
            .Single(line => line.StartsWith(id + "\t", StringComparison.Ordinal))
            .Split('\t');
        var text = row[1].Replace(" | ", "\n", StringComparison.Ordinal);

        var (messages, errors) = AisFixtures.DecodeText(text);

        if (decodedType is { } type)
        {
            messages.Count.ShouldBe(1);
            messages[0].GetProperty("type").GetInt32().ShouldBe(type);
            errors.ShouldBeEmpty();
        }
        else
        {
            messages.ShouldBeEmpty();
            errors.Select(e => e.Reason).ShouldBe([rejection!.Value]);
            errors[0].LineNumber.ShouldBe(1);
        }
    }

    [Fact]
    public void Fixture_HasFourteenCases() =>
        File.ReadAllLines(AisFixtures.PathOf("from_issues/malformed_from_issues.tsv")).Count(line => !line.StartsWith('#') && line.Length > 0).ShouldBe(14);
}
