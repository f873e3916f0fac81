using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>
/// Serves the fixture folder, and the npm packages the chat-kit pages load under <c>/npm/</c>, at an origin of the
/// test's choosing through the browser's request routing: a frame from another origin, or a kit page, with nothing
/// leaving the machine.
/// </summary>
internal static class FixtureOrigin
{
    private const string PackagesPrefix = "/npm/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static Task ServeAsync(IBrowserContext context, Uri origin) =>
        context.RouteAsync($"{origin.Scheme}://{origin.Authority}/**", async route =>
        {
            var file = FileFor(new Uri(route.Request.Url).AbsolutePath);
            if (file is null)
            {
                await route.AbortAsync();
                return;
            }

            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"),
                BodyBytes = await File.ReadAllBytesAsync(file),
            });
        });

    private static string? FileFor(string path)
    {
        var relative = Uri.UnescapeDataString(path);
        return relative.StartsWith(PackagesPrefix, StringComparison.Ordinal)
            ? Inside(Path.Combine(RepositoryPaths.Root, "node_modules"), relative[PackagesPrefix.Length..])
            : Inside(RepositoryPaths.Fixtures, relative.TrimStart('/'));
    }

    private static string? Inside(string folder, string relative)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, relative));
        return file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file) ? file : null;
    }
}
