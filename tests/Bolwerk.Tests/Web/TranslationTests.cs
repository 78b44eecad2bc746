using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bolwerk.Tests.Web;

/// <summary>The pages' strings: Dutch and English hold the same keys, and every key a page names exists in both.</summary>
public sealed partial class TranslationTests
{
    private static readonly string WebRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    [Fact]
    public void Dutch_and_English_have_the_same_keys_and_every_key_used_is_defined()
    {
        var nl = Keys("nl");
        var en = Keys("en");
        nl.Except(en).ShouldBeEmpty("keys only in nl.json");
        en.Except(nl).ShouldBeEmpty("keys only in en.json");

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(WebRoot, "*.html").Concat(Directory.GetFiles(WebRoot, "*.js")))
        {
            var text = File.ReadAllText(file);
            used.UnionWith(Attribute().Matches(text).Select(m => m.Groups[1].Value));
            used.UnionWith(Call().Matches(text).Select(m => m.Groups[1].Value));
        }

        used.Count.ShouldBeGreaterThan(100);
        used.Except(nl).ShouldBeEmpty("keys the pages use that no translation defines");
    }

    private static HashSet<string> Keys(string language)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(WebRoot, "i18n", language + ".json")));
        return [.. document.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    // data-i18n="key", data-i18n-label="key", data-i18n-placeholder="key" — also when written from script.
    [GeneratedRegex("data-i18n(?:-label|-placeholder)?=\"([a-zA-Z]+\\.[a-zA-Z]+)\"")]
    private static partial Regex Attribute();

    // bolwerk.t('key') with a literal key.
    [GeneratedRegex("bolwerk\\.t\\('([a-zA-Z]+\\.[a-zA-Z]+)'\\)")]
    private static partial Regex Call();
}
