using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Messaging;

[TestClass]
public sealed class RequestRouterTests
{
    private static RequestRouter CreateRouter(params IRequestHandler[] handlers) => new(handlers, NullLogger<RequestRouter>.Instance);

    private static async Task<JsonElement> RouteAsync(RequestRouter router, string json) =>
        Replies.Parse((await router.RouteAsync(Encoding.UTF8.GetBytes(json), CancellationToken.None)).Body);

    [TestMethod]
    public async Task RouteAsync_KnownType_ReturnsHandlerReplyWithId()
    {
        var reply = await RouteAsync(CreateRouter(new EchoHandler()), """{"v":1,"id":"r1","type":"echo"}""");

        Assert.AreEqual("r1", Replies.Id(reply));
        Assert.AreEqual("echo", reply.GetProperty("type").GetString());
    }

    [TestMethod]
    [DataRow("not json")]
    [DataRow("{\"v\":1,")]
    [DataRow("\u00ff\u00fe")]
    public async Task RouteAsync_InvalidJson_ReturnsBadJsonWithoutId(string frame)
    {
        var reply = await RouteAsync(CreateRouter(new EchoHandler()), frame);

        Assert.AreEqual("bad_json", Replies.ErrorCode(reply));
        Assert.AreEqual(JsonValueKind.Null, reply.GetProperty("id").ValueKind);
    }

    [TestMethod]
    public async Task RouteAsync_InvalidUtf8_ReturnsBadJson()
    {
        var router = CreateRouter(new EchoHandler());

        var routed = await router.RouteAsync(new byte[] { (byte)'"', 0xC3, 0x28, (byte)'"' }, CancellationToken.None);

        Assert.AreEqual("bad_json", Replies.ErrorCode(Replies.Parse(routed.Body)));
    }

    [TestMethod]
    public async Task RouteAsync_NotAnObject_ReturnsBadJson()
    {
        var reply = await RouteAsync(CreateRouter(new EchoHandler()), "[1,2]");

        Assert.AreEqual("bad_json", Replies.ErrorCode(reply));
    }

    [TestMethod]
    [DataRow("""{"v":1,"type":"echo"}""")]
    [DataRow("""{"v":1,"id":"","type":"echo"}""")]
    [DataRow("""{"v":1,"id":7,"type":"echo"}""")]
    public async Task RouteAsync_MissingOrInvalidId_ReturnsBadRequest(string frame)
    {
        var reply = await RouteAsync(CreateRouter(new EchoHandler()), frame);

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
    }

    [TestMethod]
    public async Task RouteAsync_OtherVersion_ReturnsUnsupportedVersionWithId()
    {
        var reply = await RouteAsync(CreateRouter(new EchoHandler()), """{"v":2,"id":"r2","type":"echo"}""");

        Assert.AreEqual("unsupported_version", Replies.ErrorCode(reply));
        Assert.AreEqual("r2", Replies.Id(reply));
    }

    [TestMethod]
    [DataRow("teleport")]
    [DataRow("toString")]
    [DataRow("__proto__")]
    public async Task RouteAsync_UnknownType_ReturnsUnknownTypeWithId(string type)
    {
        var reply = await RouteAsync(CreateRouter(new EchoHandler()), $$"""{"v":1,"id":"r3","type":"{{type}}"}""");

        Assert.AreEqual("unknown_type", Replies.ErrorCode(reply));
        Assert.AreEqual("r3", Replies.Id(reply));
    }

    [TestMethod]
    public async Task RouteAsync_HandlerRefuses_ReturnsItsCode()
    {
        var reply = await RouteAsync(CreateRouter(new ThrowingHandler(new ProtocolException("bad_request", "'x' is wrong."))), """{"v":1,"id":"r4","type":"throw"}""");

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
        Assert.AreEqual("'x' is wrong.", reply.GetProperty("error").GetProperty("message").GetString());
    }

    [TestMethod]
    public async Task RouteAsync_HandlerCrashes_ReturnsInternalAndKeepsRouting()
    {
        var router = CreateRouter(new ThrowingHandler(new InvalidOperationException("boom")), new EchoHandler());

        var crashed = await RouteAsync(router, """{"v":1,"id":"r5","type":"throw"}""");
        var next = await RouteAsync(router, """{"v":1,"id":"r6","type":"echo"}""");

        Assert.AreEqual("internal", Replies.ErrorCode(crashed));
        Assert.AreEqual("r6", Replies.Id(next));
    }

    [TestMethod]
    public async Task RouteAsync_DeeplyNestedJson_ReturnsBadJson()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);

        var reply = await RouteAsync(CreateRouter(new EchoHandler()), nested);

        Assert.AreEqual("bad_json", Replies.ErrorCode(reply));
    }

    private sealed class EchoHandler : IRequestHandler
    {
        public string Type => "echo";

        public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Encoding.UTF8.GetBytes($$"""{"v":1,"id":"{{envelope.Id}}","type":"echo","ok":true}"""));
    }

    private sealed class ThrowingHandler(Exception failure) : IRequestHandler
    {
        public string Type => "throw";

        public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken) => throw failure;
    }
}
