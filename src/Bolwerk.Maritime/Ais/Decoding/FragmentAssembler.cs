using System.Globalization;
using Bolwerk.Maritime.Ais.Nmea;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Joins multi-sentence messages. Fragments are grouped by source, channel, sequential id and
/// fragment count, so messages interleaved on one feed (or from several stations) do not
/// corrupt each other; parts may arrive in any order. A group that does not complete within
/// <see cref="MaxAgeLines"/> lines, or that is superseded by a repeated part, is given up and
/// reported (orphan when its first part never came, incomplete otherwise).
/// </summary>
internal sealed class FragmentAssembler
{
    public const int MaxAgeLines = 200;

    private readonly Dictionary<GroupKey, Pending> _pending = [];

    /// <summary>Adds a fragment; returns the joined payload and fill bits when the message is complete.</summary>
    /// <param name="sentence">The fragment.</param>
    /// <param name="source">Source station from its tag block, or null.</param>
    /// <param name="tagGroupId">Tag block group id (g:n-m-id), or 0. When present it links the fragments, whose other tag fields may differ (a later part often lacks s:).</param>
    /// <param name="lineNumber">Line of the fragment.</param>
    /// <param name="givenUp">Receives the groups given up on the way.</param>
    public (string Payload, int FillBits)? Add(in AisSentence sentence, string? source, int tagGroupId, long lineNumber, List<AisError> givenUp)
    {
        ExpireOld(lineNumber, givenUp);
        var key = tagGroupId > 0
            ? new GroupKey(null, sentence.Channel, -1, tagGroupId, sentence.FragmentCount)
            : new GroupKey(source, sentence.Channel, sentence.SequenceId, 0, sentence.FragmentCount);
        if (_pending.TryGetValue(key, out var pending) && pending.Parts[sentence.FragmentNumber - 1] is not null)
        {
            // The same part again: the earlier group will never complete.
            givenUp.Add(GiveUp(pending, "superseded by a new message with the same sequential id"));
            _pending.Remove(key);
            pending = null;
        }

        if (pending is null)
        {
            pending = new Pending(sentence.FragmentCount, lineNumber);
            _pending[key] = pending;
        }

        pending.Parts[sentence.FragmentNumber - 1] = sentence.Payload.ToString();
        pending.Received++;
        if (sentence.FragmentNumber == sentence.FragmentCount)
        {
            pending.FillBits = sentence.FillBits;
        }

        if (pending.Received < pending.Parts.Length)
        {
            return null;
        }

        _pending.Remove(key);
        return (string.Concat(pending.Parts), pending.FillBits);
    }

    /// <summary>Gives up every open group (end of input).</summary>
    public void Flush(List<AisError> givenUp)
    {
        foreach (var pending in _pending.Values)
        {
            givenUp.Add(GiveUp(pending, "input ended before the message completed"));
        }

        _pending.Clear();
    }

    private void ExpireOld(long lineNumber, List<AisError> givenUp)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        foreach (var (key, pending) in _pending)
        {
            if (lineNumber - pending.FirstLine > MaxAgeLines)
            {
                givenUp.Add(GiveUp(pending, string.Create(CultureInfo.InvariantCulture, $"not completed within {MaxAgeLines} lines")));
                _pending.Remove(key);
            }
        }
    }

    private static AisError GiveUp(Pending pending, string why)
    {
        var have = string.Join(',', pending.Parts.Select((part, i) => part is null ? null : (i + 1).ToString(CultureInfo.InvariantCulture)).Where(p => p is not null));
        var reason = pending.Parts[0] is null ? AisErrorReason.OrphanFragment : AisErrorReason.IncompleteMessage;
        return new AisError(reason, pending.FirstLine, $"message of {pending.Parts.Length} fragments has only part(s) {have}: {why}");
    }

    // Fragments with a tag block group are linked by the group id alone (a later part often lacks s:).
    private readonly record struct GroupKey(string? Source, char Channel, int SequenceId, int TagGroup, int Count);

    private sealed class Pending(int count, long firstLine)
    {
        public string?[] Parts { get; } = new string?[count];

        public long FirstLine { get; } = firstLine;

        public int Received { get; set; }

        public int FillBits { get; set; }
    }
}
