using System.Text.Json;

namespace SafeBrowse.EndToEnd.Tests.Support;

internal static class DevToolsValues
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The value of a <c>Runtime.evaluate</c> or <c>Runtime.callFunctionOn</c> reply made with <c>returnByValue</c>.</summary>
    public static T ValueOf<T>(JsonElement reply)
    {
        if (reply.TryGetProperty("exceptionDetails", out var thrown))
        {
            Assert.Fail($"the script threw: {thrown}");
        }

        var result = reply.GetProperty("result");
        return result.TryGetProperty("value", out var value) ? value.Deserialize<T>(Web)! : default!;
    }
}
