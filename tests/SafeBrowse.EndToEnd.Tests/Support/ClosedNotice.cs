using System.Text.Json;
using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>
/// The notice lives in a closed shadow root that neither the page nor Playwright's locators can enter. The DevTools
/// protocol can: it finds the root and runs a function with the root as <c>this</c>, as a person's click would reach it.
/// </summary>
internal sealed class ClosedNotice(ICDPSession cdp, string rootObjectId)
{
    public static async Task<ClosedNotice> FindAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var document = await cdp.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = -1, ["pierce"] = true });
        var root = ShadowRootOfNotice(document!.Value.GetProperty("root"));
        Assert.IsNotNull(root, "the notice and its shadow root are on the page");
        var resolved = await cdp.SendAsync("DOM.resolveNode", new Dictionary<string, object> { ["backendNodeId"] = root.Value });
        return new ClosedNotice(cdp, resolved!.Value.GetProperty("object").GetProperty("objectId").GetString()!);
    }

    /// <summary>Calls <paramref name="function"/> (a <c>function (...) { }</c> source) with the shadow root as <c>this</c>.</summary>
    public async Task<T> EvaluateAsync<T>(string function, params object[] arguments)
    {
        var reply = await cdp.SendAsync("Runtime.callFunctionOn", new Dictionary<string, object>
        {
            ["objectId"] = rootObjectId,
            ["functionDeclaration"] = function,
            ["arguments"] = arguments.Select(argument => new Dictionary<string, object> { ["value"] = argument }).ToArray(),
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
            ["userGesture"] = true,
        });
        return DevToolsValues.ValueOf<T>(reply!.Value);
    }

    /// <summary>Clicks the notice's button with this text, as a person would, and answers whether it was there.</summary>
    public Task<bool> ClickAsync(string buttonText) =>
        EvaluateAsync<bool>(
            """
            function (text) {
              const button = [...this.querySelectorAll("button")].find((candidate) => candidate.textContent.trim() === text);
              button?.click();
              return button !== undefined;
            }
            """,
            buttonText);

    private static int? ShadowRootOfNotice(JsonElement node)
    {
        if (node.GetProperty("nodeName").GetString() == "SAFEBROWSE-NOTICE"
            && node.TryGetProperty("shadowRoots", out var roots)
            && roots.GetArrayLength() > 0)
        {
            return roots[0].GetProperty("backendNodeId").GetInt32();
        }

        foreach (var children in new[] { "children", "shadowRoots" })
        {
            if (!node.TryGetProperty(children, out var list))
            {
                continue;
            }

            foreach (var child in list.EnumerateArray())
            {
                if (ShadowRootOfNotice(child) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
