using System.Text;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// Policy files are read by the browser running as any account, so they are readable by all and writable by the
/// administrator who wrote them alone.
/// </summary>
internal static class PolicyFiles
{
    public const UnixFileMode ReadableByAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    public const UnixFileMode FolderReadableByAll = ReadableByAll | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static void WriteReadableByAll(string path, string text)
    {
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, ReadableByAll);
        }
    }
}
