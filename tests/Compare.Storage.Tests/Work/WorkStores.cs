using Compare.Storage.Work;

namespace Compare.Storage.Tests.Work;

/// <summary>The work-sharing stores of one handle on a database (one per simulated process).</summary>
public sealed record WorkStores(IWorkItemStore Items, IHostPacing Pacing, INamedLeases Leases);
