using Bolwerk.Sanctions.Matching;

namespace Bolwerk.Sanctions.Tests.Matching;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Евгений Пригожин", "evgeniy prigozhin")]
    [InlineData("Κυριάκος Μητσοτάκης", "kyriakos mitsotakis")]
    [InlineData("Зінько Віктор", "zinko viktor")]
    [InlineData("Volkswagen Bank G.m.b.H.", "volkswagen bank gmbh")]
    [InlineData("S.C. Johnson & Son, Inc.", "sc johnson and son inc")]
    [InlineData("A. Khamenei", "a khamenei")]
    [InlineData("NURISTANI, Abdul Aziz", "nuristani abdul aziz")]
    [InlineData("Andrej Plenković", "andrej plenkovic")]
    public void Names_in_any_script_fold_to_lower_case_ascii_words(string name, string expected) =>
        NameFolding.Text(name).ShouldBe(expected);

    [Fact]
    public void Han_and_Hangul_signs_stay_one_word_each_and_romanise_on_request()
    {
        NameFolding.Words("习近平").ShouldBe(["习", "近", "平"]);
        NameFolding.Words("김정은").Length.ShouldBe(3);
        NameFolding.Romanise("习").ShouldBe("xi");
        NameFolding.Romanise("xi").ShouldBe("xi");
    }

    [Theory]
    [InlineData("Yevgeniy", "Evgenii")]
    [InlineData("Evgeniy", "Jewgenij")]
    [InlineData("Muhammad", "Muhamad")]
    [InlineData("Gazprom", "Gasprom")]
    [InlineData("Sergej", "Sergei")]
    [InlineData("Khodorkovsky", "Hodorkovskiy")]
    public void Transliteration_variants_share_a_canonical_spelling_or_come_within_one_edit(string a, string b)
    {
        var x = Spelling.Canonical(NameFolding.Text(a));
        var y = Spelling.Canonical(NameFolding.Text(b));
        EditDistance.HalfEdits(x, y).ShouldBeLessThanOrEqualTo(2, $"{x} vs {y}");
    }

    [Fact]
    public void The_skeleton_keeps_the_first_letter_and_the_consonants()
    {
        Spelling.Skeleton(Spelling.Canonical("mohammed")).ShouldBe(Spelling.Skeleton(Spelling.Canonical("muhamad")));
        Spelling.Skeleton("obama").ShouldBe("obm");
    }
}
