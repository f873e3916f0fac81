namespace SafeBrowse.Host.Json;

/// <param name="V">The protocol version.</param>
/// <param name="Id">The correlation id.</param>
/// <param name="Type">Always "hello".</param>
/// <param name="Install">The extension's id for this browser profile; ties the connection to a child profile.</param>
/// <param name="Language">The browser's UI language, "es" or "en"; names the family's first profile.</param>
internal sealed record HelloRequest(int V, string Id, string Type, string? Install = null, string? Language = null);
