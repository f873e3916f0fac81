namespace SafeBrowse.Host.Json;

/// <summary><c>modelState</c> as in <c>hello</c>: a model that failed after the hello still reaches the extension.</summary>
internal sealed record HeartbeatResponse(int V, string Id, string Type, bool Ok, string ModelState);
