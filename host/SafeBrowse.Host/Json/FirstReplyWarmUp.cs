using System.Text.Json;

namespace SafeBrowse.Host.Json;

/// <summary>
/// The process's first JSON read and write cost about 20 ms of one-time setup on a 2-core VM, and the first
/// <c>hello</c> paid it after the host was built. Run on the spare core while the host is built, this pays it there.
/// </summary>
internal static class FirstReplyWarmUp
{
    private static readonly byte[] Hello = """{"v":1,"id":"warm-up","type":"hello","install":"warm-up-install-0001","language":"es"}"""u8.ToArray();

    public static void Run()
    {
        using var document = JsonDocument.Parse(Hello);
        var request = document.RootElement.Deserialize(ProtocolJsonContext.Default.HelloRequest)!;
        var profile = new ProfileDto("warm-up", "10_12", request.Language!, "CO");
        var reply = new HelloResponse(request.V, request.Id, request.Type, true, request.V, "warm-up", null, false, "loading", profile, null, false);
        JsonSerializer.SerializeToUtf8Bytes(reply, ProtocolJsonContext.Default.HelloResponse);
    }
}
