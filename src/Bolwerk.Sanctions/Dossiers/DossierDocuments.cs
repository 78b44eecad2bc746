using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using Bolwerk.Grading;
using Bolwerk.Sanctions.Model;
using Bolwerk.Text;
using static Bolwerk.Text.MarkdownPage;

namespace Bolwerk.Sanctions.Dossiers;

/// <summary>
/// The listing dossier as documents: Markdown for drafting, a self-contained HTML page for
/// reading and printing, FollowTheMoney JSON lines (the subject and a proposed Sanction) for
/// systems, and the proposed entry in the EU Financial Sanctions Files shape so the Council text
/// and the FSF entry line up.
/// </summary>
public static class DossierDocuments
{
    private static readonly XNamespace Fsf = "http://eu.europa.ec/fpi/fsd/export";

    /// <summary>The dossier in Markdown.</summary>
    public static string Markdown(ListingDossier dossier)
    {
        var d = dossier;
        var s = d.Subject;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Listing proposal: {s.Names[0]}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Regime: **{d.Regime.Title}** ({d.Regime.Key}). Proposed by {d.Proposal.ProposedBy}, {d.Proposal.Date}. Draft for the Council working party; not a Council act.");
        text.AppendLine();
        text.AppendLine("## 1. Identifying information");
        text.AppendLine();
        text.AppendLine("| field | value |");
        text.AppendLine("|---|---|");
        foreach (var (field, value) in Identity(s))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {field} | {Cell(value)} |");
        }

        text.AppendLine();
        text.AppendLine(d.CurrentListings.Count == 0
            ? "Not on any of the lists consulted."
            : "Present listings: " + string.Join("; ", d.CurrentListings.Select(e => $"{e.Id} ({e.Programme ?? "programme not stated"}, {e.Source}{(e.ListedOn is null ? string.Empty : ", listed " + e.ListedOn)})")) + ".");
        text.AppendLine();
        text.AppendLine("## 2. Legal basis and measures");
        text.AppendLine();
        foreach (var act in d.Regime.LegalActs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {act}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measures: {string.Join("; ", d.Regime.Measures)}.");
        text.AppendLine();
        text.AppendLine(d.Regime.Procedure);
        text.AppendLine();
        text.AppendLine("## 3. Listing criteria and the facts that meet them");
        text.AppendLine();
        var evidence = d.Proposal.Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var ground in d.Proposal.Grounds)
        {
            var criterion = d.Regime.Criteria.Single(c => c.Id == ground.Criterion);
            text.AppendLine(CultureInfo.InvariantCulture, $"### {ground.Criterion}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"> {criterion.Text.Trim()} ({criterion.Provision})");
            text.AppendLine();
            foreach (var fact in ground.Facts)
            {
                var cited = fact.Evidence.Count == 0 ? "no evidence cited" : string.Join(", ", fact.Evidence.Select(e => $"{e} ({evidence[e].Grade})"));
                text.AppendLine(CultureInfo.InvariantCulture, $"- {fact.Text.Trim()} — *{cited}*");
            }

            text.AppendLine();
        }

        if (d.Regime.SignificantEffectFactors.Count > 0)
        {
            text.AppendLine("Significant effect is weighed on: " + string.Join("; ", d.Regime.SignificantEffectFactors) + ".");
            text.AppendLine();
        }

        text.AppendLine("## 4. Evidence");
        text.AppendLine();
        text.AppendLine("| id | evidence | source | grade | date | reference | SHA-256 | may be disclosed |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var e in d.Proposal.Evidence)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {e.Id} | {Cell(e.Title)} | {Cell(e.Source)} | {e.Grade} ({Words(e.Grade)}) | {e.Date ?? "-"} | {Cell(e.Reference ?? "-")} | {(e.Sha256 is null ? "-" : "`" + e.Sha256 + "`")} | {(e.PublicUse ? "yes" : "no")} |");
        }

        text.AppendLine();
        text.AppendLine("## 5. Statement of reasons");
        text.AppendLine();
        if (d.StatementGenerated)
        {
            text.AppendLine("*Drawn from the facts whose evidence may be disclosed; edit before submission.*");
            text.AppendLine();
        }

        text.AppendLine(d.StatementOfReasons);
        text.AppendLine();
        text.AppendLine("## 6. Proposed entry (EU Financial Sanctions Files shape)");
        text.AppendLine();
        text.AppendLine("```xml");
        text.AppendLine(FsfEntry(d).ToString());
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("## 7. Checks before submission");
        text.AppendLine();
        text.AppendLine(d.Checks.Count == 0 ? "None: every ground has disclosable, adequately graded evidence." : string.Join(Environment.NewLine, d.Checks.Select(c => "- " + c)));
        return text.ToString();
    }

    /// <summary>The dossier as one self-contained HTML page (no scripts, no external resources).</summary>
    public static string Html(ListingDossier dossier) => MarkdownPage.ToHtml(Markdown(dossier), "Listing proposal: " + dossier.Subject.Names[0]);

    /// <summary>FollowTheMoney JSON lines: the subject, then a Sanction entity marked as proposed.</summary>
    public static string FtmJsonLines(ListingDossier dossier)
    {
        var s = dossier.Subject;
        var subjectId = s.Id;
        var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["name"] = [.. s.Names],
            ["alias"] = [.. s.Aliases],
            ["weakAlias"] = [.. s.WeakAliases],
            [s.Schema == "Person" ? "birthDate" : s.Schema == "Vessel" ? "buildDate" : "incorporationDate"] = [.. s.BirthDates],
            ["nationality"] = [.. s.Nationalities],
            ["country"] = [.. s.Countries],
            ["address"] = [.. s.Addresses],
            ["imoNumber"] = [.. s.Identifiers.Where(i => i.Type == "IMO").Select(i => i.Value)],
            ["mmsi"] = [.. s.Identifiers.Where(i => i.Type == "MMSI").Select(i => i.Value)],
            ["passportNumber"] = [.. s.Identifiers.Where(i => i.Type == "Passport").Select(i => i.Value)],
            ["topics"] = ["sanction"],
        };
        var sanction = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["entity"] = [subjectId],
            ["authority"] = ["Council of the European Union"],
            ["program"] = [dossier.Regime.Title],
            ["programId"] = [dossier.Regime.Key],
            ["provisions"] = [.. dossier.Regime.LegalActs.Take(2)],
            ["reason"] = [dossier.StatementOfReasons],
            ["status"] = ["proposed"],
            ["startDate"] = [dossier.Proposal.Date],
            ["sourceUrl"] = [],
        };
        return Line(subjectId, s.Schema == "Organization" ? "Organization" : s.Schema, s.Names[0], properties)
            + Line($"{subjectId}-proposal-{dossier.Regime.Key.ToLowerInvariant()}", "Sanction", $"{dossier.Regime.Key} (proposed)", sanction);
    }

    /// <summary>The proposed entry as an FSF sanctionEntity element.</summary>
    public static XElement FsfEntry(ListingDossier dossier)
    {
        var s = dossier.Subject;
        var person = s.Schema == "Person";
        var entry = new XElement(Fsf + "sanctionEntity",
            new XAttribute("euReferenceNumber", "(to be assigned)"),
            new XAttribute("designationDate", dossier.Proposal.Date),
            new XElement(Fsf + "remark", dossier.StatementOfReasons.Length > 400 ? dossier.StatementOfReasons[..400] + "…" : dossier.StatementOfReasons),
            new XElement(Fsf + "regulation", new XAttribute("programme", dossier.Regime.FsfProgramme), new XAttribute("numberTitle", dossier.Regime.LegalActs.ElementAtOrDefault(1) ?? dossier.Regime.LegalActs[0])),
            new XElement(Fsf + "subjectType", new XAttribute("code", person ? "person" : "enterprise"), new XAttribute("classificationCode", person ? "P" : "E")));
        foreach (var (name, strong) in s.Names.Select(n => (n, true)).Concat(s.Aliases.Select(a => (a, true))).Concat(s.WeakAliases.Select(a => (a, false))))
        {
            entry.Add(new XElement(Fsf + "nameAlias", new XAttribute("wholeName", name), new XAttribute("strong", strong ? "true" : "false")));
        }

        foreach (var birth in s.BirthDates.Where(_ => person))
        {
            entry.Add(new XElement(Fsf + "birthdate", birth.Length == 10 ? new XAttribute("birthdate", birth) : new XAttribute("year", birth[..4])));
        }

        foreach (var nationality in s.Nationalities)
        {
            entry.Add(new XElement(Fsf + "citizenship", new XAttribute("countryDescription", nationality)));
        }

        foreach (var id in s.Identifiers)
        {
            var code = id.Type switch { "IMO" => "imo", "Passport" => "passport", _ => "other" };
            entry.Add(new XElement(Fsf + "identification", new XAttribute("identificationTypeCode", code), new XAttribute("number", id.Value), new XAttribute("identificationTypeDescription", id.Type)));
        }

        foreach (var address in s.Addresses)
        {
            entry.Add(new XElement(Fsf + "address", new XAttribute("street", address)));
        }

        return entry;
    }

    private static IEnumerable<(string Field, string Value)> Identity(SanctionedEntity s)
    {
        yield return ("name", s.Names[0]);
        yield return ("kind", s.Schema);
        if (s.Aliases.Count > 0)
        {
            yield return ("also known as", string.Join("; ", s.Aliases));
        }

        if (s.WeakAliases.Count > 0)
        {
            yield return ("low-quality aliases", string.Join("; ", s.WeakAliases));
        }

        if (s.BirthDates.Count > 0)
        {
            yield return (s.Schema == "Person" ? "born" : "built / incorporated", string.Join("; ", s.BirthDates));
        }

        if (s.Gender is not null)
        {
            yield return ("gender", s.Gender);
        }

        if (s.Nationalities.Count > 0)
        {
            yield return ("nationality", string.Join("; ", s.Nationalities));
        }

        if (s.Countries.Count > 0)
        {
            yield return ("countries", string.Join("; ", s.Countries));
        }

        foreach (var id in s.Identifiers)
        {
            yield return (id.Type, id.Value + (id.Country is null ? string.Empty : $" ({id.Country})"));
        }

        foreach (var address in s.Addresses)
        {
            yield return ("address", address);
        }

        foreach (var relation in s.Relations)
        {
            yield return (relation.Kind, relation.OtherEntityId + (relation.Role is null ? string.Empty : $" ({relation.Role})"));
        }
    }

    private static string Words(AdmiraltyGrade grade) => $"reliability {grade.Reliability}, credibility {(int)grade.Credibility}";

    private static string Line(string id, string schema, string caption, Dictionary<string, List<string>> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("caption", caption);
            writer.WriteString("schema", schema);
            writer.WriteStartObject("properties");
            foreach (var (name, values) in properties.Where(p => p.Value.Count > 0))
            {
                writer.WriteStartArray(name);
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("datasets");
            writer.WriteStringValue("bolwerk_listing_proposals");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
