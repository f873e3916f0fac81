using System.Text.Json;

namespace SafeBrowse.Host.Json;

internal static class JsonErrorDescription
{
    private const int MaxLength = 300;

    /// <summary>System.Text.Json names the path and the expected type, never the value; drop its position suffix and bound the length.</summary>
    public static string WithoutValues(JsonException invalid)
    {
        var description = invalid.Message.Split([" Path:", " |"], 2, StringSplitOptions.None)[0];
        var withPath = invalid.Path is { } path ? $"{description} (at {path})" : description;
        return withPath.Length <= MaxLength ? withPath : string.Concat(withPath.AsSpan(0, MaxLength), "…");
    }
}
