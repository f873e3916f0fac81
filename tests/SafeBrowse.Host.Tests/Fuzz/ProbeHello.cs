using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>The plain hello sent after every fuzzed frame: the host must still answer it, and answer it ok.</summary>
internal static class ProbeHello
{
    public static FuzzCase For(int frame) =>
        FuzzCase.Of("probe hello", Encoding.UTF8.GetBytes(Json(frame)), "hello");

    public static string Json(int frame) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"v":1,"id":"probe-{{frame}}","type":"hello"}""");

    /// <returns>What is wrong with the reply to the probe after <paramref name="frame"/>, or null.</returns>
    public static string? Violation(int frame, ReadOnlySpan<byte> reply)
    {
        if (ReplyContract.Violation(For(frame), reply) is { } broken)
        {
            return $"probe hello after it: {broken}";
        }

        using var document = JsonDocument.Parse(reply.ToArray());
        return document.RootElement.GetProperty("ok").GetBoolean() ? null : "probe hello after it was refused: the host stopped serving";
    }
}
