using SafeBrowse.Host.Json;

namespace SafeBrowse.Host.Tests.Json;

[TestClass]
public sealed class FirstReplyWarmUpTests
{
    // The warm-up runs unobserved on the thread pool: a hello it no longer reads would throw there unseen, and the
    // first reply would pay the JSON setup again.
    [TestMethod]
    public void Run_TheProtocolsCurrentHello_IsReadAndAnsweredWithoutError() => FirstReplyWarmUp.Run();
}
