using Bolwerk.Marking;
using Bolwerk.Security;

namespace Bolwerk.Core.Tests.Security;

public sealed class AccessPolicyTests
{
    private static readonly Principal Owner = new("u-owner", "owner", "kustwacht", Role.Analyst);
    private static readonly Principal Colleague = new("u-colleague", "colleague", "kustwacht", Role.Viewer);
    private static readonly Principal Partner = new("u-partner", "partner", "nctv", Role.Viewer);
    private static readonly Principal ForeignAdmin = new("u-admin", "admin", "defensie", Role.Admin);

    [Theory]
    [InlineData(Tlp.Clear, true, true, true, true)]
    [InlineData(Tlp.Green, true, true, true, true)]
    [InlineData(Tlp.Amber, true, true, true, false)]
    [InlineData(Tlp.AmberStrict, true, true, false, false)]
    [InlineData(Tlp.Red, true, false, false, false)]
    public void CanRead_FollowsTlp2(Tlp tlp, bool owner, bool colleague, bool partner, bool foreignAdmin)
    {
        var marking = new ObjectMarking(tlp, "kustwacht", ["nctv"], ["u-owner"]);

        AccessPolicy.CanRead(Owner, marking).Allowed.ShouldBe(owner);
        AccessPolicy.CanRead(Colleague, marking).Allowed.ShouldBe(colleague);
        AccessPolicy.CanRead(Partner, marking).Allowed.ShouldBe(partner);
        AccessPolicy.CanRead(ForeignAdmin, marking).Allowed.ShouldBe(foreignAdmin);
    }

    [Fact]
    public void CanRead_RedDenial_GivesReason() =>
        AccessPolicy.CanRead(Partner, ObjectMarking.Of(Tlp.Red, "kustwacht", "u-owner")).Reason.ShouldBe("TLP:RED: not a named recipient");

    [Theory]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.Analyst, true)]
    [InlineData(Role.Coordinator, true)]
    [InlineData(Role.Admin, true)]
    public void CanWrite_NeedsAnalyst(Role role, bool allowed) =>
        AccessPolicy.CanWrite(Owner with { Role = role }).Allowed.ShouldBe(allowed);
}
