namespace SafeBrowse.Host.Installation;

/// <summary>One install policy an every-account install wrote, recorded so uninstall takes out exactly that.</summary>
/// <param name="Browser">The browser it makes install SafeBrowse.</param>
/// <param name="Format">How it is stored.</param>
/// <param name="Location">The file, or for <see cref="ExtensionPolicyFormat.Registry"/> the HKLM key holding the list.</param>
/// <param name="Entry">What was added: the forcelist entry (Chromium family) or the add-on id (Firefox).</param>
/// <param name="CreatedFile">Whether the file (or registry key) did not exist before, so uninstall may delete it once nothing else is in it.</param>
internal sealed record ExtensionPolicy(string Browser, ExtensionPolicyFormat Format, string Location, string Entry, bool CreatedFile);
