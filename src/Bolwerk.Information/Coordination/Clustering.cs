namespace Bolwerk.Information.Coordination;

/// <summary>How accounts linked by kept edges are grouped into networks.</summary>
public enum Clustering
{
    /// <summary>Connected components: every account reachable through kept edges is one network (what the QUT toolkit and CooRTweet report).</summary>
    Components,

    /// <summary>Louvain communities within each component: a component that chance edges glued together splits into its dense parts.</summary>
    Communities,
}
