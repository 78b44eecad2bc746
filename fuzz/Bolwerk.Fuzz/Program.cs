using Bolwerk.Fuzz;
using SharpFuzz;

// One fuzz input = the bytes of one untrusted file for the target named as the argument
// (ais, geojson, sanctions, stix, posts; default ais). Any exception other than the target's own
// "bad input" error is a finding (SharpFuzz reports it to AFL++ as a crash).
var name = args.Length > 0 ? args[0] : "ais";
if (!FuzzTargets.All.TryGetValue(name, out var target))
{
    Console.Error.WriteLine($"unknown target '{name}': {string.Join(", ", FuzzTargets.All.Keys)}");
    return 64;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
