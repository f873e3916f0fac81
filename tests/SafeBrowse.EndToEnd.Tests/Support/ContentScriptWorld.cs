using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>
/// Runs an expression in the extension's content-script world of a page through the DevTools protocol: the page's
/// own scripts cannot see that world, and Playwright's evaluate runs in the page's.
/// </summary>
internal static class ContentScriptWorld
{
    public static async Task<T> EvaluateAsync<T>(IPage page, string expression, TimeSpan timeout)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var worlds = new List<int>();
        cdp.Event("Runtime.executionContextCreated").OnEvent += (_, created) =>
        {
            var context = created!.Value.GetProperty("context");
            if (context.GetProperty("origin").GetString() == ExtensionBrowser.Origin)
            {
                lock (worlds)
                {
                    worlds.Add(context.GetProperty("id").GetInt32());
                }
            }
        };
        try
        {
            await cdp.SendAsync("Runtime.enable");
            var deadline = DateTime.UtcNow + timeout;
            while (CountOf(worlds) == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.AreNotEqual(0, CountOf(worlds), $"the extension's content script did not run in {page.Url}");
            int world;
            lock (worlds)
            {
                world = worlds[0];
            }

            var reply = await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object>
            {
                ["expression"] = expression,
                ["contextId"] = world,
                ["returnByValue"] = true,
                ["awaitPromise"] = true,
            });
            return DevToolsValues.ValueOf<T>(reply!.Value);
        }
        finally
        {
            await cdp.DetachAsync();
        }
    }

    private static int CountOf(List<int> worlds)
    {
        lock (worlds)
        {
            return worlds.Count;
        }
    }
}
