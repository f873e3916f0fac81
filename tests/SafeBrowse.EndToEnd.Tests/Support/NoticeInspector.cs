using System.Text.Json;
using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>
/// The notice lives in a closed shadow root of the content script's world, out of the page's reach. DevTools can still
/// resolve it: the test hands it to the page's main world as the host's <c>shadowRoot</c>, so axe and the test's scripts
/// read exactly what the child sees. Only the test page's main world changes; the extension does not.
/// </summary>
internal static class NoticeInspector
{
    public const string Root = "window.__safebrowseNoticeRoot";

    public static async Task ExposeAsync(IPage page)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var document = await devTools.SendAsync("DOM.getDocument", new() { ["depth"] = -1, ["pierce"] = true });
            var shadowRoot = FindNoticeShadowRoot(document!.Value.GetProperty("root"))
                ?? throw new InvalidOperationException("No notice with a shadow root in the page.");
            var resolved = await devTools.SendAsync("DOM.resolveNode", new() { ["backendNodeId"] = shadowRoot.GetProperty("backendNodeId").GetInt32() });
            await devTools.SendAsync("Runtime.callFunctionOn", new()
            {
                ["objectId"] = resolved!.Value.GetProperty("object").GetProperty("objectId").GetString()!,
                ["functionDeclaration"] = """
                    function () {
                      const root = this;
                      Object.defineProperty(root.host, "shadowRoot", { get: () => root, configurable: true });
                      window.__safebrowseNoticeRoot = root;
                    }
                    """,
            });
        }
        finally
        {
            await devTools.DetachAsync();
        }
    }

    private static JsonElement? FindNoticeShadowRoot(JsonElement node)
    {
        if (node.GetProperty("nodeName").GetString() == "SAFEBROWSE-NOTICE" && node.TryGetProperty("shadowRoots", out var roots))
        {
            return roots[0];
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                if (FindNoticeShadowRoot(child) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
