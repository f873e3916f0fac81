using System.Text;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>Collects what went wrong, frame by frame, into one failure message that says how to replay it.</summary>
internal sealed class FuzzReport(int seed, int limit = 12)
{
    private readonly List<string> problems = [];

    public bool IsFull => problems.Count >= limit;

    public IReadOnlyList<string> Problems => problems;

    public void Add(int frame, string problem, FuzzCase sent)
    {
        if (!IsFull)
        {
            problems.Add($"frame {frame}: {problem}\n    sent: {sent.Describe()}");
        }
    }

    public void Add(string problem)
    {
        if (!IsFull)
        {
            problems.Add(problem);
        }
    }

    public override string ToString() =>
        new StringBuilder($"{problems.Count} problem(s) with {FuzzSettings.Replay(seed)}")
            .AppendJoin(string.Empty, problems.Select(problem => $"\n- {problem}"))
            .ToString();
}
