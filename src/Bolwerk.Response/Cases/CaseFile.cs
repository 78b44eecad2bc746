using Bolwerk.Grading;
using Bolwerk.Marking;

namespace Bolwerk.Response.Cases;

/// <summary>
/// A case file: an incident, its graded evidence, the attributions stated over time and the
/// responses decided, moving through open → assessing → deciding → responding → monitoring →
/// closed (and reopen). Every command is checked against the case's rules and, if allowed,
/// recorded as a <see cref="CaseEvent"/>; a case is rebuilt from its events (<see cref="Replay"/>),
/// so its history is never overwritten. Not thread-safe: one command at a time per case.
/// </summary>
public sealed partial class CaseFile
{
    private readonly List<CaseEvent> _events = [];
    private readonly List<CaseEvidence> _evidence = [];
    private readonly List<Attribution> _attributions = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<NoteAdded> _notes = [];

    private CaseFile()
    {
    }

    /// <summary>Case id ("case-2026-0001").</summary>
    public string Id { get; private set; } = string.Empty;

    /// <summary>Short title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Incident type.</summary>
    public IncidentType Type { get; private set; }

    /// <summary>Domain (maritime, cyber, information, air, space, economic …).</summary>
    public string Domain { get; private set; } = string.Empty;

    /// <summary>When the incident happened, if known.</summary>
    public DateTimeOffset? OccurredAt { get; private set; }

    /// <summary>Where, in words or coordinates.</summary>
    public string? Place { get; private set; }

    /// <summary>Affected assets (cable, pipeline, system, platform).</summary>
    public IReadOnlyList<string> AffectedAssets { get; private set; } = [];

    /// <summary>Affected sectors (energy, telecom, democracy …).</summary>
    public IReadOnlyList<string> Sectors { get; private set; } = [];

    /// <summary>The organisation that owns the case.</summary>
    public string OwnerOrganisation { get; private set; } = string.Empty;

    /// <summary>The case's own marking.</summary>
    public Tlp Tlp { get; private set; }

    /// <summary>Where the case stands.</summary>
    public CaseState State { get; private set; }

    /// <summary>Every event, oldest first.</summary>
    public IReadOnlyList<CaseEvent> Events => _events;

    /// <summary>The evidence, in the order added.</summary>
    public IReadOnlyList<CaseEvidence> Evidence => _evidence;

    /// <summary>Every attribution stated, oldest first.</summary>
    public IReadOnlyList<Attribution> Attributions => _attributions;

    /// <summary>The newest attribution, or null.</summary>
    public Attribution? CurrentAttribution => _attributions.Count > 0 ? _attributions[^1] : null;

    /// <summary>The responses decided, oldest first.</summary>
    public IReadOnlyList<Decision> Decisions => _decisions;

    /// <summary>Notes, oldest first.</summary>
    public IReadOnlyList<NoteAdded> Notes => _notes;

    /// <summary>Opens a case.</summary>
    public static CaseFile Open(string id, string title, IncidentType type, string domain, DateTimeOffset? occurredAt, string? place,
        IReadOnlyList<string> affectedAssets, IReadOnlyList<string> sectors, string ownerOrganisation, Tlp tlp, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(title))
        {
            throw new CaseRuleException("a case needs an id and a title");
        }

        var opened = new CaseFile();
        opened.Apply(new CaseOpened(1, at, by, id, title.Trim(), type, domain, occurredAt, place, affectedAssets, sectors, ownerOrganisation, tlp));
        return opened;
    }

    /// <summary>Rebuilds a case from its events.</summary>
    public static CaseFile Replay(IEnumerable<CaseEvent> events)
    {
        var rebuilt = new CaseFile();
        foreach (var e in events)
        {
            rebuilt.Apply(e);
        }

        if (rebuilt._events.Count == 0)
        {
            throw new CaseRuleException("a case needs at least its opening event");
        }

        return rebuilt;
    }

    /// <summary>Moves the case to <paramref name="to"/>, if its rules allow.</summary>
    public CaseMoved Move(CaseState to, string? reason, DateTimeOffset at, string by)
    {
        if (!CaseStates.CanMove(State, to))
        {
            throw new CaseRuleException($"case {Id} cannot move from {State.Name()} to {to.Name()} (from {State.Name()} it can go to: {string.Join(", ", CaseStates.Next(State).Select(s => s.Name()))})");
        }

        if (to == CaseState.Deciding && _evidence.Count == 0)
        {
            throw new CaseRuleException($"case {Id} cannot move from {State.Name()} to deciding: it holds no evidence");
        }

        if (to == CaseState.Responding && !_decisions.Any(d => d.At >= LastEnteredDeciding()))
        {
            throw new CaseRuleException($"case {Id} cannot move from {State.Name()} to responding: no response has been decided");
        }

        return (CaseMoved)Apply(new CaseMoved(Next, at, by, State, to, reason));
    }

    /// <summary>Adds an item of evidence; its id is E1, E2 … in order.</summary>
    public EvidenceAdded AddEvidence(EvidenceSource source, string reference, string summary, AdmiraltyGrade grade, string? sha256, Tlp tlp, bool releasable, DateTimeOffset at, string by)
    {
        NotClosed("add evidence to");
        if (string.IsNullOrWhiteSpace(summary))
        {
            throw new CaseRuleException("evidence needs a summary of what it shows");
        }

        var evidence = new CaseEvidence($"E{_evidence.Count + 1}", source, reference, summary.Trim(), grade, sha256, tlp, releasable, [new CustodyStep(at, by, "added")]);
        return (EvidenceAdded)Apply(new EvidenceAdded(Next, at, by, evidence));
    }

    /// <summary>Records a custody step for an item of evidence.</summary>
    public CustodyRecorded RecordCustody(string evidenceId, string action, DateTimeOffset at, string by)
    {
        if (_evidence.All(e => e.Id != evidenceId))
        {
            throw new CaseRuleException($"case {Id} has no evidence {evidenceId}");
        }

        return (CustodyRecorded)Apply(new CustodyRecorded(Next, at, by, evidenceId, action));
    }

    /// <summary>States an attribution (the earlier ones stay in the history).</summary>
    public AttributionStated Attribute(ActorKind kind, string actor, Likelihood confidence, string basis, string? dissent, bool declassifiable, DateTimeOffset at, string by)
    {
        NotClosed("attribute");
        if (string.IsNullOrWhiteSpace(actor) || string.IsNullOrWhiteSpace(basis))
        {
            throw new CaseRuleException("an attribution needs an actor and its basis");
        }

        return (AttributionStated)Apply(new AttributionStated(Next, at, by, new Attribution(kind, actor.Trim(), confidence, basis.Trim(), dissent, declassifiable, at, by)));
    }

    /// <summary>Records a decided response; only while the case is deciding.</summary>
    public DecisionRecorded Decide(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (State != CaseState.Deciding)
        {
            throw new CaseRuleException($"case {Id} is {State.Name()}: decisions are recorded while it is deciding");
        }

        if (string.IsNullOrWhiteSpace(decision.Rationale) || string.IsNullOrWhiteSpace(decision.Decider))
        {
            throw new CaseRuleException("a decision needs its rationale and who decided");
        }

        return (DecisionRecorded)Apply(new DecisionRecorded(Next, decision.At, decision.RecordedBy, decision));
    }

    /// <summary>Adds a note (a coordination step).</summary>
    public NoteAdded AddNote(string text, Tlp tlp, DateTimeOffset at, string by) => (NoteAdded)Apply(new NoteAdded(Next, at, by, text, tlp));

    /// <summary>Records an effect observed of a decided response (monitoring).</summary>
    public NoteAdded RecordEffect(string optionId, string text, Tlp tlp, DateTimeOffset at, string by)
    {
        if (_decisions.All(d => d.OptionId != optionId))
        {
            throw new CaseRuleException($"case {Id} has no decision on '{optionId}' whose effect could be recorded");
        }

        return (NoteAdded)Apply(new NoteAdded(Next, at, by, text, tlp, optionId));
    }

    /// <summary>
    /// Confirms or rejects a DISARM technique (T0xxx or T0xxx.yyy) for the case. Whether the id is
    /// a current DISARM technique is checked by the caller against the framework; the case checks
    /// its form, so an ATT&amp;CK id cannot slip in as one.
    /// </summary>
    public TechniqueTagged TagTechnique(string technique, bool confirmed, string? note, string? source, DateTimeOffset at, string by)
    {
        NotClosed("tag");
        if (!DisarmIdForm().IsMatch(technique ?? string.Empty))
        {
            throw new CaseRuleException($"'{technique}' is not a DISARM technique id (T0xxx or T0xxx.yyy)");
        }

        return (TechniqueTagged)Apply(new TechniqueTagged(Next, at, by, technique!, confirmed, note, source));
    }

    /// <summary>The standing DISARM decisions: the latest per technique, by id.</summary>
    public IReadOnlyList<TechniqueTagged> Techniques =>
        [.. _events.OfType<TechniqueTagged>().GroupBy(t => t.Technique, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(t => t.Technique, StringComparer.Ordinal)];

    [System.Text.RegularExpressions.GeneratedRegex(@"^T0\d{3}(\.\d{3})?$")]
    private static partial System.Text.RegularExpressions.Regex DisarmIdForm();

    private int Next => _events.Count + 1;

    private DateTimeOffset LastEnteredDeciding() =>
        _events.OfType<CaseMoved>().LastOrDefault(m => m.To == CaseState.Deciding)?.At ?? DateTimeOffset.MinValue;

    private void NotClosed(string action)
    {
        if (State == CaseState.Closed)
        {
            throw new CaseRuleException($"case {Id} is closed: reopen it to {action} it");
        }
    }

    private CaseEvent Apply(CaseEvent e)
    {
        if (e.Sequence != _events.Count + 1)
        {
            throw new CaseRuleException($"event {e.Sequence} out of order (expected {_events.Count + 1})");
        }

        switch (e)
        {
            case CaseOpened o:
                (Id, Title, Type, Domain, OccurredAt, Place, AffectedAssets, Sectors, OwnerOrganisation, Tlp, State) =
                    (o.CaseId, o.Title, o.Type, o.Domain, o.OccurredAt, o.Place, o.AffectedAssets, o.Sectors, o.OwnerOrganisation, o.Tlp, CaseState.Open);
                break;
            case CaseMoved m:
                State = m.To;
                break;
            case EvidenceAdded a:
                _evidence.Add(a.Evidence);
                break;
            case CustodyRecorded c:
                var index = _evidence.FindIndex(x => x.Id == c.EvidenceId);
                _evidence[index] = _evidence[index] with { Custody = [.. _evidence[index].Custody, new CustodyStep(c.At, c.By, c.Action)] };
                break;
            case AttributionStated s:
                _attributions.Add(s.Attribution);
                break;
            case DecisionRecorded d:
                _decisions.Add(d.Decision);
                break;
            case NoteAdded n:
                _notes.Add(n);
                break;
        }

        _events.Add(e);
        return e;
    }
}
