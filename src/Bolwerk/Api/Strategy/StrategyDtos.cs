namespace Bolwerk.Host.Api.Strategy;

/// <summary>An indicator's status.</summary>
public sealed record IndicatorStatusDto(
    string Id, string Name, string ActionLine, string Section, string Quote, string Unit, string Standing, string? DeliveryConfidence,
    int? LatestYear, double? Latest, double? PathValue, double? RequiredAnnualChange, double? RecentAnnualChange, string Explanation, string? Edition,
    int? BaselineYear, double? Baseline, int? TargetYear, double? Target, string Direction, IReadOnlyList<ObservationDto> Series);

/// <summary>One year's value of an indicator's series (the chart against the trajectory draws these).</summary>
public sealed record ObservationDto(int Year, double Value, bool Estimate);

/// <summary>A milestone's status.</summary>
public sealed record MilestoneStatusDto(string Id, string Name, string ActionLine, string Section, string Quote, string Due, string Status, string? Evidence);

/// <summary>The whole status as of a date.</summary>
public sealed record StrategyStatusDto(string Strategy, string ModelVersion, string AsOf, IReadOnlyList<IndicatorStatusDto> Indicators, IReadOnlyList<MilestoneStatusDto> Milestones);

/// <summary>A concentrated material-stage pair.</summary>
public sealed record DependencyDto(string Material, string Stage, double Hhi, string TopSupplier, double TopShare, string? TopThirdCountry, double? TopThirdCountryShare, bool AboveHhiThreshold, bool AboveSingleThirdCountryCap);

/// <summary>A government donor's aid to Ukraine.</summary>
public sealed record DonorBurdenDto(string Donor, string Iso, double AllocatedBn, double MilitaryBn, double CommittedBn, double PctGdp, double? PctGdpWithEu, double FairShare, int Rank, int Of, int? EuRankWithEu);

/// <summary>The burden-sharing view of the configured Kiel release.</summary>
public sealed record BurdenSharingDto(string Release, string Published, double AllDonorsAllocatedBn, double NatoPurlBn, IReadOnlyList<DonorBurdenDto> Donors);
