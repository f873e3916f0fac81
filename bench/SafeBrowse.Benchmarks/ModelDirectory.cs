namespace SafeBrowse.Benchmarks;

/// <summary>Where the committed model lands in the build output (copied there by SafeBrowse.Detection).</summary>
internal static class ModelDirectory
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Model");
}
