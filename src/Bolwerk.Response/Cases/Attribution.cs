using Bolwerk.Grading;

namespace Bolwerk.Response.Cases;

/// <summary>What sort of actor an incident is attributed to.</summary>
public enum ActorKind
{
    /// <summary>A state.</summary>
    State,

    /// <summary>A proxy acting for a state.</summary>
    Proxy,

    /// <summary>A group (criminal, hacktivist, intrusion set).</summary>
    Group,

    /// <summary>A company.</summary>
    Company,

    /// <summary>A vessel.</summary>
    Vessel,

    /// <summary>A natural person.</summary>
    Person,
}

/// <summary>
/// An attribution as stated at one moment: the actor, the confidence in the yardstick's words
/// and range, the basis, any dissent, and whether the evidence can be declassified for public use.
/// A case keeps every attribution ever stated; the newest is the current one.
/// </summary>
/// <param name="ActorKind">What sort of actor.</param>
/// <param name="Actor">Its name ("Russian Federation", "Eagle S (IMO 9329760)").</param>
/// <param name="Confidence">The likelihood the attribution is right, on the probability yardstick.</param>
/// <param name="Basis">The reasoning and evidence behind it.</param>
/// <param name="Dissent">Views that differ, and whose.</param>
/// <param name="Declassifiable">Whether the evidence behind it can be made public.</param>
/// <param name="At">When it was stated.</param>
/// <param name="By">By whom.</param>
public sealed record Attribution(ActorKind ActorKind, string Actor, Likelihood Confidence, string Basis, string? Dissent, bool Declassifiable, DateTimeOffset At, string By)
{
    /// <summary>"Russian Federation (state), highly likely (80–90 %)".</summary>
    public string Describe() => $"{Actor} ({ActorKind.ToString().ToLowerInvariant()}), {Confidence.Describe()}";
}
