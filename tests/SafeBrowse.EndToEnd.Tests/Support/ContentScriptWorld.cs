using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>
/// Runs an expression in the extension's content-script world of a page through the DevTools protocol: the page's
/// own scripts cannot see that world, and Playwright's evaluate runs in the page's.
/// </summary>
internal static class ContentScriptWorld
{
    public static async Task<T> EvaluateAsync<T>(IPage page, string expression, TimeSpan timeout) =>
        (await EvaluateInWorldsAsync<T>(page, expression, timeout, firstOnly: true))[0];

    /// <summary>
    /// Runs an expression in each of the extension's worlds in the page: after an update it holds the old copy's world
    /// and the new one's, in no promised order.
    /// </summary>
    public static Task<IReadOnlyList<T>> EvaluateInEachAsync<T>(IPage page, string expression, TimeSpan timeout) =>
        EvaluateInWorldsAsync<T>(page, expression, timeout, firstOnly: false);

    private static async Task<IReadOnlyList<T>> EvaluateInWorldsAsync<T>(IPage page, string expression, TimeSpan timeout, bool firstOnly)
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
            List<int> chosen;
            lock (worlds)
            {
                chosen = firstOnly ? [worlds[0]] : [.. worlds];
            }

            var values = new List<T>();
            foreach (var world in chosen)
            {
                var reply = await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object>
                {
                    ["expression"] = expression,
                    ["contextId"] = world,
                    ["returnByValue"] = true,
                    ["awaitPromise"] = true,
                });
                values.Add(DevToolsValues.ValueOf<T>(reply!.Value));
            }

            return values;
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
