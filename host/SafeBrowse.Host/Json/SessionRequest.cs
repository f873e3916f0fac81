namespace SafeBrowse.Host.Json;

/// <summary>A parent request that carries nothing but its session (<c>parent.lock</c>).</summary>
internal sealed record SessionRequest(int V, string Id, string Type, string Session);
