using System.Diagnostics;

namespace SafeBrowse.Training;

/// <summary>Prints elapsed time every few seconds while a long silent step runs.</summary>
internal sealed class Heartbeat : IDisposable
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly Timer timer;
    private readonly string step;

    public Heartbeat(string step)
    {
        this.step = step;
        Console.WriteLine($"{step}…");
        timer = new Timer(_ => Console.WriteLine($"  {step}: still working ({watch.Elapsed.TotalSeconds:F0} s)"), null, 10_000, 10_000);
    }

    public TimeSpan Elapsed => watch.Elapsed;

    public void Dispose()
    {
        timer.Dispose();
        Console.WriteLine($"  {step}: done in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
