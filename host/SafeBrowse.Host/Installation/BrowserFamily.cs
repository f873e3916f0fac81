namespace SafeBrowse.Host.Installation;

internal enum BrowserFamily
{
    Chromium,
    Firefox,
}
