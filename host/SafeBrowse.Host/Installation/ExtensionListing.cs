namespace SafeBrowse.Host.Installation;

/// <summary>Where a browser installs the published extension from, as its install policy names it.</summary>
/// <param name="Id">The store's extension id (Chromium family) or the add-on id (Firefox).</param>
/// <param name="UpdateUrl">The store's update URL (Chromium family) or the URL of the signed .xpi (Firefox).</param>
internal sealed record ExtensionListing(string Id, string UpdateUrl)
{
    /// <summary>An ExtensionInstallForcelist entry: the id, a semicolon, the update URL.</summary>
    public string ForcelistEntry => $"{Id};{UpdateUrl}";
}
