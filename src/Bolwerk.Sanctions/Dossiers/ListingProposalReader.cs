using System.Security.Cryptography;
using Bolwerk.Grading;
using Bolwerk.Sanctions.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bolwerk.Sanctions.Dossiers;

/// <summary>
/// Reads a listing proposal YAML file (docs/sanctions.md, "Listing proposals"), checking it as it
/// goes: the regime must exist and every ground must name one of its criteria, every fact must
/// cite evidence that is defined, every grade must be an Admiralty code, and an attached evidence
/// file is hashed (SHA-256). Every error names the file, line and field.
/// </summary>
public static class ListingProposalReader
{
    /// <summary>Reads and checks the proposal at <paramref name="path"/>.</summary>
    public static ListingProposal Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"listing proposal '{path}' does not exist", path);
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ListingProposalException(path, e.Start.Line, "syntax", e.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ListingProposalException(path, 1, "document", "a mapping with regime, subject, grounds and evidence is expected");
        }

        var file = new Node(path, root);
        var regimeKey = file.Required("regime");
        var regime = ListingRegime.Find(regimeKey)
            ?? throw file.Error("regime", $"'{regimeKey}' is not a regime Bolwerk knows ({string.Join(", ", ListingRegime.All.Select(r => r.Key))})");

        var evidence = new List<EvidenceItem>();
        foreach (var item in file.List("evidence"))
        {
            var id = item.Required("id");
            if (evidence.Any(e => e.Id == id))
            {
                throw item.Error("id", $"evidence '{id}' is defined twice");
            }

            var gradeText = item.Required("grade");
            if (!AdmiraltyGrade.TryParse(gradeText, out var grade))
            {
                throw item.Error("grade", $"'{gradeText}' is not an Admiralty code (reliability A–F and credibility 1–6, e.g. B2)");
            }

            string? sha = null;
            if (item.Optional("file") is { } attached)
            {
                var full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, attached);
                if (!File.Exists(full))
                {
                    throw item.Error("file", $"'{attached}' does not exist (relative to the proposal)");
                }

                using var content = File.OpenRead(full);
                sha = Convert.ToHexStringLower(SHA256.HashData(content));
            }

            evidence.Add(new EvidenceItem(id, item.Required("title"), item.Required("source"), grade, item.Optional("date"), item.Optional("reference"),
                sha ?? item.Optional("sha256"), item.Boolean("publicUse")));
        }

        var grounds = new List<ProposedGround>();
        foreach (var ground in file.List("grounds"))
        {
            var criterion = ground.Required("criterion");
            if (regime.Criteria.All(c => c.Id != criterion))
            {
                throw ground.Error("criterion", $"'{criterion}' is not a criterion of {regime.Key} ({string.Join(", ", regime.Criteria.Select(c => c.Id))})");
            }

            var facts = new List<ProposedFact>();
            foreach (var fact in ground.List("facts"))
            {
                var cited = fact.Strings("evidence");
                foreach (var id in cited.Where(id => evidence.All(e => e.Id != id)))
                {
                    throw fact.Error("evidence", $"evidence '{id}' is not defined under evidence:");
                }

                facts.Add(new ProposedFact(fact.Required("text"), cited));
            }

            if (facts.Count == 0)
            {
                throw ground.Error("facts", $"the ground '{criterion}' states no facts");
            }

            grounds.Add(new ProposedGround(criterion, facts));
        }

        if (grounds.Count == 0)
        {
            throw file.Error("grounds", "a proposal needs at least one ground");
        }

        var subject = file.Mapping("subject");
        return new ListingProposal(regime.Key, file.Required("proposedBy"), file.Required("date"), subject.Optional("entity"), Subject(subject),
            grounds, evidence, file.Optional("statementOfReasons"));
    }

    // Identifying facts written in the proposal itself (for a party on no list yet, or to add to one).
    private static SanctionedEntity? Subject(Node subject)
    {
        if (subject.Optional("name") is not { } name)
        {
            return null;
        }

        var identifiers = new List<EntityIdentifier>();
        if (subject.Optional("imo") is { } imo)
        {
            identifiers.Add(new EntityIdentifier("IMO", imo));
        }

        if (subject.Optional("mmsi") is { } mmsi)
        {
            identifiers.Add(new EntityIdentifier("MMSI", mmsi));
        }

        if (subject.Optional("passport") is { } passport)
        {
            identifiers.Add(new EntityIdentifier("Passport", passport));
        }

        return new SanctionedEntity
        {
            Id = subject.Optional("entity") ?? "proposal-subject",
            Schema = subject.Optional("schema") ?? "LegalEntity",
            Names = [name],
            Aliases = subject.Strings("aliases"),
            BirthDates = subject.Optional("birthDate") is { } birth ? [birth] : [],
            Nationalities = subject.Optional("nationality") is { } nationality ? [nationality] : [],
            Addresses = subject.Optional("address") is { } address ? [address] : [],
            Identifiers = identifiers,
            Source = "listing proposal",
        };
    }

    // A mapping node with its file, for located errors.
    private sealed class Node(string path, YamlMappingNode map)
    {
        public ListingProposalException Error(string field, string problem)
        {
            var line = map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var v } && v == field).Key?.Start.Line ?? map.Start.Line;
            return new ListingProposalException(path, line, field, problem);
        }

        public string Required(string field) => Optional(field) ?? throw Error(field, "required");

        public string? Optional(string field) =>
            map.Children.TryGetValue(new YamlScalarNode(field), out var value)
                ? value is YamlScalarNode { Value: { } text } && text.Trim().Length > 0 ? text.Trim() : throw Error(field, "a text value is expected")
                : null;

        public bool Boolean(string field) => Optional(field) switch
        {
            null or "false" or "no" => false,
            "true" or "yes" => true,
            var other => throw Error(field, $"'{other}' is not true or false"),
        };

        public IReadOnlyList<string> Strings(string field) =>
            !map.Children.TryGetValue(new YamlScalarNode(field), out var value) ? []
            : value is YamlSequenceNode list ? [.. list.Children.Select(c => c is YamlScalarNode { Value: { } t } ? t.Trim() : throw Error(field, "a list of texts is expected"))]
            : value is YamlScalarNode { Value: { } single } ? [single.Trim()]
            : throw Error(field, "a list of texts is expected");

        public Node Mapping(string field) =>
            map.Children.TryGetValue(new YamlScalarNode(field), out var value)
                ? value is YamlMappingNode child ? new Node(path, child) : throw Error(field, "a mapping is expected")
                : throw Error(field, "required");

        public IEnumerable<Node> List(string field)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(field), out var value))
            {
                throw Error(field, "required");
            }

            if (value is not YamlSequenceNode list)
            {
                throw Error(field, "a list is expected");
            }

            foreach (var child in list.Children)
            {
                yield return child is YamlMappingNode item ? new Node(path, item) : throw new ListingProposalException(path, child.Start.Line, field, "each item must be a mapping");
            }
        }
    }
}
