using System.Text;

namespace SafeBrowse.Host.Digests;

/// <summary>Where saved digests live (<c>digests/</c> in the data folder), written readable by the user alone.</summary>
internal static class DigestFiles
{
    private const UnixFileMode UserOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode UserOnlyFolder = UserOnlyFile | UnixFileMode.UserExecute;

    public static string PathFor(string dataDirectory, long profileId, string week) =>
        Path.Combine(dataDirectory, "digests", $"{week}-profile{profileId}.html");

    public static void Write(string path, string html)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UserOnlyFolder);
        }

        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UserOnlyFile;
        }

        using (var file = new FileStream(path, options))
        {
            file.Write(Encoding.UTF8.GetBytes(html));
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UserOnlyFile);
        }
    }
}
