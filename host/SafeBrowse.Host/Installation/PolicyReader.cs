using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// Reads the native messaging policies a browser is managed with: JSON files on Linux, managed preference plists on
/// macOS (XML ones; binary ones are reported as unreadable) and policy keys in the registry on Windows; and the install
/// policies that keep the extension on, Firefox's policies.json included.
/// </summary>
internal sealed class PolicyReader(InstallLayout layout)
{
    private const string UserLevelHosts = "NativeMessagingUserLevelHosts";
    private const string Blocklist = "NativeMessagingBlocklist";
    private const string Allowlist = "NativeMessagingAllowlist";
    private const string Forcelist = ChromiumPolicyFile.Forcelist;

    public BrowserPolicy Read(BrowserDefinition browser)
    {
        var sources = browser.On(layout.Platform).Policies;
        if (browser.Family == BrowserFamily.Firefox)
        {
            return sources.Select(folder => ReadFirefox(Path.Combine(layout.ExpandOne(folder), FirefoxPolicyFile.FileName))).Aggregate(BrowserPolicy.None, Merge);
        }

        return layout.Platform switch
        {
            HostPlatform.Linux => sources.SelectMany(folder => JsonFiles(layout.ExpandOne(folder))).Select(ReadJson).Aggregate(BrowserPolicy.None, Merge),
            HostPlatform.MacOs => sources.SelectMany(ManagedPreferenceFiles).Where(File.Exists).Select(ReadPlist).Aggregate(BrowserPolicy.None, Merge),
            _ => sources.SelectMany(key => new[] { RegistryHive.LocalMachine, RegistryHive.CurrentUser }.Select(hive => new RegistryKeyPath(hive, key)))
                .Select(ReadRegistry).Aggregate(BrowserPolicy.None, Merge),
        };
    }

    private static BrowserPolicy Merge(BrowserPolicy first, BrowserPolicy second) => first.Merge(second);

    private static IEnumerable<string> JsonFiles(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal) : [];

    private IEnumerable<string> ManagedPreferenceFiles(string domain) =>
    [
        layout.System($"/Library/Managed Preferences/{domain}.plist"),
        layout.System($"/Library/Managed Preferences/{layout.UserName}/{domain}.plist"),
    ];

    private static BrowserPolicy ReadJson(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return BrowserPolicy.None;
            }

            bool? userLevel = root.TryGetProperty(UserLevelHosts, out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False ? flag.GetBoolean() : null;
            return new BrowserPolicy(userLevel, JsonList(root, Blocklist), JsonList(root, Allowlist), [], JsonList(root, Forcelist));
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return BrowserPolicy.None with { Unreadable = [file] };
        }
    }

    private static List<string> JsonList(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)]
            : [];

    private static BrowserPolicy ReadPlist(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var magic = new byte[6];
            if (stream.Read(magic) == 6 && magic.AsSpan().SequenceEqual("bplist"u8))
            {
                return BrowserPolicy.None with { Unreadable = [file] };
            }

            stream.Position = 0;
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var dictionary = XDocument.Load(reader).Root?.Element("dict");
            if (dictionary is null)
            {
                return BrowserPolicy.None;
            }

            var entries = dictionary.Elements().ToList();
            var values = new Dictionary<string, XElement>(StringComparer.Ordinal);
            for (var index = 0; index + 1 < entries.Count; index += 2)
            {
                if (entries[index].Name == "key")
                {
                    values[entries[index].Value] = entries[index + 1];
                }
            }

            bool? userLevel = values.TryGetValue(UserLevelHosts, out var flag) ? flag.Name == "true" ? true : flag.Name == "false" ? false : null : null;
            return new BrowserPolicy(userLevel, PlistList(values, Blocklist), PlistList(values, Allowlist), [], PlistList(values, Forcelist));
        }
        catch (Exception error) when (error is XmlException or IOException or UnauthorizedAccessException)
        {
            return BrowserPolicy.None with { Unreadable = [file] };
        }
    }

    private static List<string> PlistList(Dictionary<string, XElement> values, string name) =>
        values.TryGetValue(name, out var array) && array.Name == "array" ? [.. array.Elements("string").Select(item => item.Value)] : [];

    private BrowserPolicy ReadRegistry(RegistryKeyPath key)
    {
        var registry = layout.Registry;
        if (registry is null)
        {
            return BrowserPolicy.None;
        }

        bool? userLevel = registry.ReadNumber(key, UserLevelHosts) is { } number ? number != 0 : null;
        return new BrowserPolicy(
            userLevel,
            registry.ReadStrings(key with { Path = $@"{key.Path}\{Blocklist}" }),
            registry.ReadStrings(key with { Path = $@"{key.Path}\{Allowlist}" }),
            [],
            registry.ReadStrings(key with { Path = $@"{key.Path}\{Forcelist}" }));
    }

    // Firefox has no native messaging policies; its policies.json only says whether it installs the extension.
    private static BrowserPolicy ReadFirefox(string file)
    {
        try
        {
            return BrowserPolicy.None with { ForcedExtensions = FirefoxPolicyFile.ForceInstalled(file) };
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return BrowserPolicy.None with { Unreadable = [file] };
        }
    }
}
