namespace SafeBrowse.Host.Family;

/// <summary>
/// Which browser profile this host process serves: the browser starts one host per profile, and the extension
/// names its profile in <c>hello</c>.
/// </summary>
internal sealed class BrowserProfileContext
{
    public string? InstallId { get; set; }

    public string Language { get; set; } = FamilyLanguages.Default;
}
