namespace SafeBrowse.Models;

/// <summary>Reads one file of a model folder whole, with a cap on its size; never throws for the file's sake.</summary>
internal static class ModelFileReader
{
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">A file larger than this is not one Training wrote, and is not read into memory.</param>
    /// <returns>The bytes, or null and why not, naming the file by its name alone.</returns>
    public static (byte[]? Bytes, string? Problem) Read(string path, long maxBytes)
    {
        var name = Path.GetFileName(path);
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return (null, $"{name} not found");
            }

            return file.Length > maxBytes ? (null, $"{name} is too large") : (File.ReadAllBytes(path), null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, $"{name} is unreadable ({error.GetType().Name})");
        }
    }
}
