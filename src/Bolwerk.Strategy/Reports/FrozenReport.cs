using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Reports;

/// <summary>The recipe of a frozen report (report.json): every input with its hash, the rule, the output's hash.</summary>
public sealed record ReportManifest(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("asOf")] string AsOf,
    [property: JsonPropertyName("output")] string Output,
    [property: JsonPropertyName("outputSha256")] string OutputSha256,
    [property: JsonPropertyName("generator")] string Generator,
    [property: JsonPropertyName("rule")] ManifestRule Rule,
    [property: JsonPropertyName("inputs")] IReadOnlyList<ManifestInput> Inputs);

/// <summary>The status rule a report was made with.</summary>
public sealed record ManifestRule([property: JsonPropertyName("atRiskShare")] double AtRiskShare, [property: JsonPropertyName("confidenceBands")] IReadOnlyList<double> ConfidenceBands);

/// <summary>One input file of a frozen report, copied into its inputs/ directory.</summary>
public sealed record ManifestInput(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("edition")] string? Edition,
    [property: JsonPropertyName("year")] int? Year = null);

/// <summary>The outcome of regenerating a frozen report.</summary>
public sealed record RegenerationResult(bool Identical, string Detail);

/// <summary>
/// Freezes a report: its inputs are copied into DIR/inputs (the model and the shipped CRM study
/// too, so a later Bolwerk with a newer model can still regenerate it), the report is rendered from
/// those copies, and report.json records every input's SHA-256, the rule, the output's SHA-256 and
/// the Bolwerk version. <see cref="Regenerate"/> checks the input hashes, renders again and
/// compares the bytes.
/// </summary>
public static class FrozenReport
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "report.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Freezes the report of <paramref name="request"/> into <paramref name="directory"/>; returns the manifest.</summary>
    public static ReportManifest Freeze(ReportRequest request, string directory, StatusRule rule)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rule);
        if (request.Format is not ("html" or "md"))
        {
            throw new ArgumentException($"format '{request.Format}' is not html or md", nameof(request));
        }

        var inputsDirectory = Path.Combine(directory, "inputs");
        Directory.CreateDirectory(inputsDirectory);
        var inputs = new List<ManifestInput>();
        ManifestInput Copy(string role, byte[] bytes, string name, string? edition, int? year = null)
        {
            var relative = $"inputs/{name}";
            File.WriteAllBytes(Path.Combine(directory, relative), bytes);
            var input = new ManifestInput(role, relative, Hash(bytes), edition, year);
            inputs.Add(input);
            return input;
        }

        var modelBytes = request.ModelFile is { } m ? File.ReadAllBytes(m) : ShippedData.Bytes(ShippedData.Model);
        Copy("model", modelBytes, "model.yaml", null);
        if (request.ShippedCrm)
        {
            Copy("crm", ShippedData.Bytes(ShippedData.CrmSupplyShares2023), $"crm-{CrmSupplyShares.ShippedYear}.csv", CrmSupplyShares.ShippedEdition, CrmSupplyShares.ShippedYear);
        }

        foreach (var (file, year) in request.CrmFiles)
        {
            Copy("crm", File.ReadAllBytes(file), $"crm-{year}.csv", Path.GetFileName(file), year);
        }

        if (request.NatoFile is { } nato)
        {
            Copy("nato", File.ReadAllBytes(nato), "nato-defence-pct-gdp.csv", request.NatoEdition);
        }

        if (request.SipriFile is { } sipri)
        {
            Copy("sipri", File.ReadAllBytes(sipri), "sipri-milex-pct-gdp.csv", request.SipriEdition);
            Copy("gdp", ShippedData.Bytes(ShippedData.WorldBankGdp), "worldbank-gdp-usd.csv", LongTableSeries.ShippedWorldBankEdition);
        }

        if (request.KielDirectory is { } kiel)
        {
            Directory.CreateDirectory(Path.Combine(inputsDirectory, "kiel"));
            var label = KielSupportTracker.Read(kiel).Label;
            foreach (var file in Directory.GetFiles(kiel, "*.csv").Order(StringComparer.Ordinal))
            {
                Copy("kiel", File.ReadAllBytes(file), $"kiel/{Path.GetFileName(file)}", label);
            }
        }

        var output = request.Format == "html" ? "report.html" : "report.md";
        var draft = new ReportManifest(request.Format, request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), output, string.Empty, Generator,
            new ManifestRule(rule.AtRiskShare, rule.ConfidenceBands), inputs);
        var bytes = Render(draft, directory, out var charts);
        File.WriteAllBytes(Path.Combine(directory, output), bytes);
        if (request.Format == "md")
        {
            foreach (var (path, svg) in charts)
            {
                var target = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, svg);
            }
        }

        var manifest = draft with { OutputSha256 = Hash(bytes) };
        File.WriteAllText(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(manifest, Json) + "\n");
        return manifest;
    }

    /// <summary>Checks the inputs of the frozen report in <paramref name="directory"/> against their hashes and renders it again.</summary>
    public static RegenerationResult Regenerate(string directory)
    {
        var manifestPath = Path.Combine(directory, ManifestFile);
        var manifest = JsonSerializer.Deserialize<ReportManifest>(File.ReadAllText(manifestPath))
            ?? throw new FormatException($"{manifestPath}: empty manifest");
        foreach (var input in manifest.Inputs)
        {
            var path = Path.Combine(directory, input.File);
            if (!File.Exists(path))
            {
                return new RegenerationResult(false, $"{input.File}: the input is missing");
            }

            if (Hash(File.ReadAllBytes(path)) != input.Sha256)
            {
                return new RegenerationResult(false, $"{input.File}: the input has changed since the report was frozen (sha256 differs)");
            }
        }

        var bytes = Render(manifest, directory, out _);
        var stored = Path.Combine(directory, manifest.Output);
        var note = manifest.Generator == Generator ? string.Empty : $" (frozen by {manifest.Generator}, regenerated by {Generator})";
        return Hash(bytes) == manifest.OutputSha256 && File.Exists(stored) && File.ReadAllBytes(stored).AsSpan().SequenceEqual(bytes)
            ? new RegenerationResult(true, $"{manifest.Output}: regenerated byte-identically, sha256 {manifest.OutputSha256}{note}")
            : new RegenerationResult(false, $"{manifest.Output}: the regenerated report differs from the frozen one{note}");
    }

    private static byte[] Render(ReportManifest manifest, string directory, out IReadOnlyDictionary<string, string> charts)
    {
        string PathOf(ManifestInput input) => Path.Combine(directory, input.File);
        var modelInput = manifest.Inputs.Single(i => i.Role == "model");
        var model = StrategyModel.Parse(File.ReadAllText(PathOf(modelInput)), modelInput.File);
        var series = new Dictionary<string, TimeSeries>(StringComparer.Ordinal);
        foreach (var nato in manifest.Inputs.Where(i => i.Role == "nato"))
        {
            foreach (var s in NatoDefenceExpenditure.Read(PathOf(nato), nato.Edition ?? "NATO (edition not stated)"))
            {
                series[s.Key] = s;
            }
        }

        if (manifest.Inputs.FirstOrDefault(i => i.Role == "kiel") is { } kiel)
        {
            foreach (var s in BurdenSharing.YearlySeries(KielSupportTracker.Read(Path.GetDirectoryName(PathOf(kiel))!)))
            {
                series[s.Key] = s;
            }
        }

        var crm = manifest.Inputs.Where(i => i.Role == "crm").Select(i => (i.Year ?? throw new FormatException($"{i.File}: a CRM input needs its year"), i.Edition ?? i.File, CrmSupplyShares.Read(PathOf(i)))).ToList();
        foreach (var s in CrmDependencySeries.From(crm))
        {
            series[s.Key] = s;
        }

        // NATO against SIPRI for the Netherlands, every year both have, the gap priced in World Bank GDP.
        var crossCheck = new List<DefenceComparison>();
        if (manifest.Inputs.FirstOrDefault(i => i.Role == "sipri") is { } sipriInput && series.Keys.Any(k => k.StartsWith(NatoDefenceExpenditure.Dataset + "/", StringComparison.Ordinal)))
        {
            var nato = series.Values.Where(s => s.Key == NatoDefenceExpenditure.Dataset + "/Netherlands").ToList();
            var sipri = LongTableSeries.ReadSipri(PathOf(sipriInput), sipriInput.Edition ?? sipriInput.File);
            var gdp = manifest.Inputs.FirstOrDefault(i => i.Role == "gdp") is { } gdpInput ? LongTableSeries.ReadWorldBankGdp(PathOf(gdpInput), gdpInput.Edition ?? gdpInput.File) : null;
            var years = nato.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order();
            crossCheck.AddRange(years.SelectMany(y => DefenceCrossCheck.Compare(nato, sipri, gdp, y)));
        }

        var rule = new StatusRule { AtRiskShare = manifest.Rule.AtRiskShare, ConfidenceBands = manifest.Rule.ConfidenceBands };
        var asOf = DateOnly.ParseExact(manifest.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var listed = manifest.Inputs.Select(i => new ReportInput(i.Role, i.File, i.Sha256, i.Edition ?? (i.Role == "model" ? $"model {model.Version}" : null))).ToList();
        var report = StrategyReport.Render(model, series, asOf, rule, listed, crossCheck);
        charts = report.Charts;
        return Encoding.UTF8.GetBytes(manifest.Format == "html" ? report.Html : report.Markdown);
    }

    private static string Generator => "bolwerk " + (typeof(FrozenReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
