namespace SafeBrowse.Host.Json;

/// <summary>
/// <c>parent.unlock</c> and <c>parent.set-pin</c>; the session is needed to change a PIN already set, the setup code
/// (printed by the installer or <c>safebrowse-host pin reset</c>) to set the first one.
/// </summary>
internal sealed record PinRequest(int V, string Id, string Type, string Pin, string? Session = null, string? SetupCode = null);
