using BenchmarkDotNet.Attributes;
using Bolwerk.Identifiers;

namespace Bolwerk.Benchmarks;

/// <summary>Parsing and classifying identifiers as list screening and AIS decoding do, per identifier.</summary>
public class IdentifierBenchmark
{
    private const int Count = 1024;
    private readonly string[] _imos = new string[Count];
    private readonly string[] _mmsis = new string[Count];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261128);
        for (var i = 0; i < Count; i++)
        {
            var six = random.Next(100_000, 1_000_000);
            _imos[i] = $"IMO {(six * 10) + ImoNumber.ComputeCheckDigit(six)}";
            _mmsis[i] = random.Next(201_000_000, 776_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseImo()
    {
        var valid = 0;
        foreach (var text in _imos)
        {
            valid += ImoNumber.TryParse(text, out _) ? 1 : 0;
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseMmsiAndFlag()
    {
        var flagged = 0;
        foreach (var text in _mmsis)
        {
            if (Mmsi.TryParse(text, out var mmsi) && mmsi.FlagState is not null)
            {
                flagged++;
            }
        }

        return flagged;
    }
}
