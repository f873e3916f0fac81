using System.Text.Json;

namespace SafeBrowse.Host.Installation;

/// <summary>Reads and writes <see cref="InstallReceipt"/> in the app folder.</summary>
internal static class InstallReceipts
{
    public static string PathIn(string appDirectory) => Path.Combine(appDirectory, InstallLayout.ReceiptFileName);

    /// <summary>The receipt, or null when there is none or it cannot be read (then nothing is known to have been written).</summary>
    public static InstallReceipt? Read(string appDirectory)
    {
        var path = PathIn(appDirectory);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), ManifestJsonContext.Default.InstallReceipt);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Write(string appDirectory, InstallReceipt receipt) =>
        File.WriteAllBytes(PathIn(appDirectory), JsonSerializer.SerializeToUtf8Bytes(receipt, ManifestJsonContext.Default.InstallReceipt));
}
