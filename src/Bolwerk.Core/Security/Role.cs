namespace Bolwerk.Security;

/// <summary>
/// What a user may do, ordered so that each role includes the rights of those below it.
/// </summary>
public enum Role
{
    /// <summary>Reads objects their marking allows.</summary>
    Viewer = 0,

    /// <summary>Also creates and edits objects: ingests data, raises alerts, writes assessments.</summary>
    Analyst = 1,

    /// <summary>Also runs cases: assigns, escalates, records decisions, releases and exports.</summary>
    Coordinator = 2,

    /// <summary>Also manages users and organisations and reads the audit log. Not a TLP override.</summary>
    Admin = 3,
}
