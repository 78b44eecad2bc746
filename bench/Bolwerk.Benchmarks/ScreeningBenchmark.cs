using BenchmarkDotNet.Attributes;
using Bolwerk.Sanctions.Evaluation;
using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Screening;

namespace Bolwerk.Benchmarks;

/// <summary>
/// Screening throughput (issue 6: ≥ 10,000 queries per second per core) against the full UN
/// (2026-02-27), OFAC SDN (mid-2021) and EU Annex XLII (2025-10-23) lists from the test
/// fixtures — 10,535 entities, 30,000 names and aliases. One operation screens 1,000 people
/// on no list (the yente synthetic negatives, name only: the hardest case, since every name
/// finds candidates and none stops early), one thread.
/// </summary>
public class ScreeningBenchmark
{
    private ScreeningIndex _index = null!;
    private ScreeningQuery[] _queries = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fixtures = Path.Combine(AisArchiveBenchmark.RepositoryRoot(), "tests", "Bolwerk.Sanctions.Tests", "Fixtures");
        var annex = Path.Combine(AisArchiveBenchmark.RepositoryRoot(), "tests", "Bolwerk.Maritime.Tests", "Fixtures", "watchlists", "eu_annex_xlii_designated_vessels_2025-10-23.csv");
        _index = ScreeningIndex.Build(
        [
            .. SanctionsListFile.Read(Path.Combine(fixtures, "lists", "UN_consolidated_2026-02-27.xml")),
            .. SanctionsListFile.Read(Path.Combine(fixtures, "lists", "ofac_sdn_csv_2021", "sdn.csv")),
            .. SanctionsListFile.Read(annex),
        ]);
        _queries = [.. PersonQueryFile.Read(Path.Combine(fixtures, "eval", "candgen_negatives_us.csv.gz"), withFacts: false).Take(1_000)];
    }

    [Benchmark(OperationsPerInvoke = 1_000)]
    public int ScreenNameOnly()
    {
        var matches = 0;
        foreach (var query in _queries)
        {
            matches += _index.Screen(query).Count;
        }

        return matches;
    }
}
