using System.Text.Json;
using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>
/// A committed copy of one chat site's page (<c>Fixtures/sites/&lt;id&gt;/</c>), served at the site's real address through
/// the browser's request routing, so the extension's match patterns pick it as they would the real site.
/// </summary>
internal sealed class SiteFixture
{
    private const string ConversationsPrefix = "/safebrowse-fixtures/conversations/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    private SiteFixture(string id, string adapter, string folder, Uri url, IReadOnlyList<ExpectedMessage> expected)
    {
        Id = id;
        Adapter = adapter;
        Folder = folder;
        Url = url;
        Expected = expected;
    }

    public string Id { get; }

    /// <summary>The adapter that must read the page: the folder's id, or a variant's <c>adapter</c> (e.g. <c>x-rtl</c> is read by <c>x</c>).</summary>
    public string Adapter { get; }

    public string Folder { get; }

    /// <summary>The real address the page is served at.</summary>
    public Uri Url { get; }

    /// <summary>The messages the site's adapter must read from the page as first loaded, in page order.</summary>
    public IReadOnlyList<ExpectedMessage> Expected { get; }

    public static string SitesFolder => Path.Combine(RepositoryPaths.Fixtures, "sites");

    /// <summary>Every fixture folder with a <c>site.json</c>: a new site's folder is tested with no code change.</summary>
    public static IEnumerable<string> AllIds() =>
        Directory.Exists(SitesFolder)
            ? Directory.EnumerateDirectories(SitesFolder)
                .Where(folder => File.Exists(Path.Combine(folder, "site.json")))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
            : [];

    public static SiteFixture Load(string id)
    {
        var folder = Path.Combine(SitesFolder, id);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "site.json")));
        var root = json.RootElement;
        var expected = root.GetProperty("expected").EnumerateArray()
            .Select(message => new ExpectedMessage(
                message.GetProperty("conversation").GetString()!,
                message.GetProperty("contact").GetString()!,
                message.GetProperty("direction").GetString()!,
                message.GetProperty("text").GetString()!))
            .ToList();
        var adapter = root.TryGetProperty("adapter", out var variantOf) ? variantOf.GetString()! : id;
        return new SiteFixture(id, adapter, folder, new Uri(root.GetProperty("url").GetString()!), expected);
    }

    /// <summary>The page's address with a query (e.g. <c>c=grooming-en</c>) and fragment kept as the real site has it.</summary>
    public string UrlWith(string query)
    {
        var builder = new UriBuilder(Url) { Query = query };
        return builder.Uri.AbsoluteUri;
    }

    /// <summary>
    /// Answers every request to the site's origin: its page for the page's path, the folder's own files by name, the
    /// shared conversations under <c>/safebrowse-fixtures/conversations/</c>; everything else on that origin is aborted,
    /// so nothing leaves the machine.
    /// </summary>
    public Task ServeAsync(IBrowserContext context) =>
        context.RouteAsync($"{Url.Scheme}://{Url.Authority}/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = FileFor(path);
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

    private string? FileFor(string path)
    {
        if (path == Url.AbsolutePath)
        {
            return Path.Combine(Folder, "page.html");
        }

        if (path.StartsWith(ConversationsPrefix, StringComparison.Ordinal))
        {
            return Inside(Path.Combine(RepositoryPaths.Fixtures, "conversations"), path[ConversationsPrefix.Length..]);
        }

        return Inside(Folder, path[(path.LastIndexOf('/') + 1)..]);
    }

    private static string? Inside(string folder, string name)
    {
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.StartsWith('.'))
        {
            return null;
        }

        var file = Path.Combine(folder, Uri.UnescapeDataString(name));
        return File.Exists(file) && Path.GetDirectoryName(Path.GetFullPath(file)) == Path.GetFullPath(folder) ? file : null;
    }
}

internal sealed record ExpectedMessage(string Conversation, string Contact, string Direction, string Text);
