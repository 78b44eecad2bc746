using Bolwerk.Information.Disarm;
using Bolwerk.Response.Sharing;

namespace Bolwerk.Host.Cases;

/// <summary>The shipped DISARM framework as the case export needs it: a technique id to DISARM's own STIX id, name, description and page.</summary>
internal static class CaseDisarm
{
    public static DisarmReference? Resolve(string id) =>
        DisarmFramework.Default.Techniques.TryGetValue(id, out var t) ? new DisarmReference(t.StixId, t.Name, t.Description, t.Url) : null;
}
