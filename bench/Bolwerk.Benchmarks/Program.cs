using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

// The host project (referenced for the stored forensic query) has its own top-level Program,
// so this assembly is named through one of its own types.
BenchmarkSwitcher.FromAssembly(typeof(Bolwerk.Benchmarks.AssetIndexBenchmark).Assembly)
    .Run(args, DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default));
