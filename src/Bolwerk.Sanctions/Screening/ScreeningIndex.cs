using Bolwerk.Sanctions.Matching;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Screening;

/// <summary>
/// Screens queries against loaded lists without scanning them: an inverted index from name
/// keys (each word's consonant skeleton and four-letter prefix, so typos and transliteration
/// variants still share one) to every listed name and alias, and from IMO numbers and MMSIs to
/// entities. A query's candidates are the names sharing the most (inverse-frequency weighted)
/// keys with it — at most <see cref="MatchOptions.CandidateLimit"/> — and only those names are
/// compared; an entity found by identifier is compared on all its names.
/// </summary>
public sealed class ScreeningIndex
{
    private const int CommonKeyShare = 50;

    private readonly IndexedEntity[] _entities;
    private readonly (int Entity, int Name)[] _names;
    private readonly Dictionary<string, int[]> _postings;
    private readonly Dictionary<string, int[]> _byIdentifier;
    private readonly NameAnalyser _analyser;
    private readonly EntityMatcher _matcher;

    // One accumulator per thread, shared by every index the thread uses (each query clears what it touched).
    [ThreadStatic]
    private static Scratch? t_scratch;

    private ScreeningIndex(IndexedEntity[] entities, NameAnalyser analyser, MatchOptions options)
    {
        _entities = entities;
        _analyser = analyser;
        _matcher = new EntityMatcher(options);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var names = new List<(int, int)>();
        for (var e = 0; e < entities.Length; e++)
        {
            for (var n = 0; n < entities[e].Names.Count; n++)
            {
                foreach (var key in Keys(entities[e].Names[n].Name))
                {
                    Add(postings, key, names.Count);
                }

                names.Add((e, n));
            }

            foreach (var imo in entities[e].Imos)
            {
                Add(identifiers, "imo:" + imo, e);
            }

            foreach (var mmsi in entities[e].Mmsis)
            {
                Add(identifiers, "mmsi:" + mmsi, e);
            }
        }

        _names = [.. names];
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byIdentifier = identifiers.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>How many entities are loaded.</summary>
    public int Count => _entities.Length;

    /// <summary>How many distinct name keys the index holds.</summary>
    public int KeyCount => _postings.Count;

    /// <summary>The options the index scores with.</summary>
    public MatchOptions Options => _matcher.Options;

    /// <summary>The loaded entities.</summary>
    public IEnumerable<SanctionedEntity> Entities => _entities.Select(e => e.Entity);

    /// <summary>Builds the index over <paramref name="entities"/>.</summary>
    public static ScreeningIndex Build(IEnumerable<SanctionedEntity> entities, MatchOptions? options = null, NameAnalyser? analyser = null)
    {
        analyser ??= NameAnalyser.Default;
        var indexed = entities.Select(e => new IndexedEntity(e, analyser)).Where(e => e.Names.Count > 0).ToArray();
        return new ScreeningIndex(indexed, analyser, options ?? MatchOptions.Default);
    }

    /// <summary>
    /// The entities matching <paramref name="query"/> at or above the threshold (the index's
    /// unless given), best first, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<ScreeningMatch> Screen(ScreeningQuery query, double? threshold = null, int limit = 10)
    {
        var prepared = new PreparedQuery(query, _analyser);
        var matcher = threshold is { } t && t != _matcher.Options.Threshold
            ? new EntityMatcher(_matcher.Options with { Threshold = t })
            : _matcher;
        var matches = new List<ScreeningMatch>();
        foreach (var (entity, names) in Candidates(prepared))
        {
            if (matcher.Match(prepared, _entities[entity], names) is { } match)
            {
                matches.Add(match);
            }
        }

        matches.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.EntityId, b.EntityId));
        return matches.Count > limit ? matches.GetRange(0, limit) : matches;
    }

    /// <summary>How many entities a query will be scored against (for measurements).</summary>
    public int CandidatesForBenchmark(PreparedQuery query) => Candidates(query).Count;

    // Entities to score, each with the names that share keys with the query (null: all names,
    // for entities found by identifier).
    private Dictionary<int, List<int>?> Candidates(PreparedQuery query)
    {
        if (t_scratch is null || t_scratch.Size < _names.Length)
        {
            t_scratch = new Scratch(_names.Length);
        }

        var scratch = t_scratch;
        scratch.Clear();
        var candidates = new Dictionary<int, List<int>?>();
        foreach (var identifier in new[] { query.Imo is null ? null : "imo:" + query.Imo, query.Mmsi is null ? null : "mmsi:" + query.Mmsi })
        {
            if (identifier is not null && _byIdentifier.TryGetValue(identifier, out var entities))
            {
                foreach (var entity in entities)
                {
                    candidates[entity] = null;
                }
            }
        }

        var postings = new List<int[]>();
        var rareKeys = 0;
        foreach (var key in Keys(query.Name))
        {
            if (_postings.TryGetValue(key, out var posting))
            {
                postings.Add(posting);
                rareKeys += posting.Length <= _names.Length / CommonKeyShare ? 1 : 0;
            }
        }

        foreach (var posting in postings)
        {
            // A key on more than one name in CommonKeyShare ("mohammad", "ali") only adds
            // candidates when the query has nothing rarer; the scores would pass it over anyway.
            if (rareKeys == 0 || posting.Length <= _names.Length / CommonKeyShare)
            {
                // Rare keys say more: inverse document frequency, as in text retrieval.
                scratch.Add(posting, (float)Math.Log((double)_names.Length / posting.Length + 1.0));
            }
        }

        foreach (var name in scratch.Top(_matcher.Options.CandidateLimit))
        {
            var (entity, index) = _names[name];
            if (!candidates.TryGetValue(entity, out var names))
            {
                candidates[entity] = [index];
            }
            else
            {
                names?.Add(index);
            }
        }

        return candidates;
    }

    private static IEnumerable<string> Keys(AnalysedName name)
    {
        foreach (var part in name.PhraseParts is null ? name.Parts : name.Parts.Concat(name.PhraseParts))
        {
            if (part.Exact)
            {
                yield return "x:" + part.Text;
                continue;
            }

            if (part.Canonical.Length < 2 || part.Weight < 1.0)
            {
                continue;
            }

            yield return "s:" + part.Skeleton;
            if (part.Canonical.Length >= 4)
            {
                yield return "p:" + part.Canonical[..4];
            }

            foreach (var symbol in part.Symbols)
            {
                yield return "y:" + symbol;
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int entity)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != entity)
        {
            list.Add(entity);
        }
    }

    // Per-thread accumulator over all entities, reset by the list of touched slots, so a query
    // allocates nothing in proportion to the index size.
    private sealed class Scratch(int size)
    {
        private readonly float[] _scores = new float[size];
        private readonly List<int> _touched = [];
        private readonly PriorityQueue<int, float> _heap = new();

        public int Size => _scores.Length;

        public void Clear()
        {
            foreach (var e in _touched)
            {
                _scores[e] = 0;
            }

            _touched.Clear();
        }

        public void Add(int[] posting, float weight)
        {
            foreach (var e in posting)
            {
                if (_scores[e] == 0)
                {
                    _touched.Add(e);
                }

                _scores[e] += weight;
            }
        }

        public List<int> Top(int limit)
        {
            _heap.Clear();
            foreach (var e in _touched)
            {
                if (_heap.Count < limit)
                {
                    _heap.Enqueue(e, _scores[e]);
                }
                else if (_heap.TryPeek(out _, out var lowest) && _scores[e] > lowest)
                {
                    _heap.DequeueEnqueue(e, _scores[e]);
                }
            }

            var top = new List<int>(_heap.Count);
            while (_heap.TryDequeue(out var e, out _))
            {
                top.Add(e);
            }

            return top;
        }
    }
}
