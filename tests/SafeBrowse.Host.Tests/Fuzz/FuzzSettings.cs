using System.Globalization;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>How long to fuzz and from which seed: a quick pass in the normal suite, a long one on request, any run replayable.</summary>
internal static class FuzzSettings
{
    public const string IterationsVariable = "SAFEBROWSE_FUZZ_ITERATIONS";
    public const string SeedVariable = "SAFEBROWSE_FUZZ_SEED";

    /// <summary>The iterations asked for in <see cref="IterationsVariable"/>, else <paramref name="quick"/>.</summary>
    public static int Iterations(int quick) => ReadPositive(IterationsVariable) ?? quick;

    /// <summary>True when a long run was asked for; samples that are costly per frame grow with it.</summary>
    public static bool IsLongRun => ReadPositive(IterationsVariable) is not null;

    /// <summary>The seed in <see cref="SeedVariable"/> to replay a run, else a fresh one (every run explores new frames).</summary>
    public static int Seed() => ReadPositive(SeedVariable) ?? Random.Shared.Next(1, int.MaxValue);

    public static string Replay(int seed) => $"seed {seed} (replay: {SeedVariable}={seed})";

    private static int? ReadPositive(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}
