namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// Multi-word phrases (folded words joined by single spaces) with a value each, found in a word
/// sequence longest first: "limited liability company" wins over "company".
/// </summary>
public sealed class PhraseTable<TValue>
{
    private readonly Dictionary<string, TValue> _phrases = new(StringComparer.Ordinal);

    /// <summary>The most words any phrase has.</summary>
    public int MaxWords { get; private set; }

    /// <summary>How many phrases the table holds.</summary>
    public int Count => _phrases.Count;

    /// <summary>Adds a phrase (already folded words) unless it is empty or present.</summary>
    public void TryAdd(IReadOnlyList<string> words, TValue value)
    {
        if (words.Count == 0 || !_phrases.TryAdd(string.Join(' ', words), value))
        {
            return;
        }

        MaxWords = Math.Max(MaxWords, words.Count);
    }

    /// <summary>The value of the phrase made of exactly these words, if any.</summary>
    public bool TryGet(string joinedWords, out TValue value) => _phrases.TryGetValue(joinedWords, out value!);

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/>: its length in words and value.
    /// </summary>
    public bool TryMatchAt(IReadOnlyList<string> words, int start, out int length, out TValue value)
    {
        var longest = Math.Min(MaxWords, words.Count - start);
        for (length = longest; length >= 1; length--)
        {
            var key = length == 1 ? words[start] : string.Join(' ', Slice(words, start, length));
            if (_phrases.TryGetValue(key, out value!))
            {
                return true;
            }
        }

        length = 0;
        value = default!;
        return false;
    }

    private static IEnumerable<string> Slice(IReadOnlyList<string> words, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            yield return words[i];
        }
    }
}
