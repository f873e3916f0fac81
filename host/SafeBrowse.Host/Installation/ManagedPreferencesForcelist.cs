using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// The ExtensionInstallForcelist of a Chromium-family browser's managed preferences on macOS
/// (<c>/Library/Managed Preferences/&lt;domain&gt;.plist</c>). Other keys of the plist stay as they are; a binary plist
/// is left alone, since only the XML form can be merged here.
/// </summary>
internal static class ManagedPreferencesForcelist
{
    private const string NewPlist = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0"><dict/></plist>
        """;

    /// <returns>The policy written, or null when an existing plist could not be read and was left as it was.</returns>
    public static ExtensionPolicy? Write(string browser, string path, ExtensionListing listing, DirectoryTracker directories, bool createdEarlier)
    {
        var exists = File.Exists(path);
        var plist = exists ? Load(path) : XDocument.Parse(NewPlist);
        if (plist?.Root?.Element("dict") is not { } dictionary)
        {
            return null;
        }

        var list = ForcelistOf(dictionary);
        if (list is null)
        {
            list = new XElement("array");
            dictionary.Add(new XElement("key", ChromiumPolicyFile.Forcelist), list);
        }

        if (!list.Elements("string").Any(item => item.Value == listing.ForcelistEntry))
        {
            list.Add(new XElement("string", listing.ForcelistEntry));
        }

        directories.Ensure(Path.GetDirectoryName(path)!, PolicyFiles.FolderReadableByAll);
        Save(plist, path);
        return new ExtensionPolicy(browser, ExtensionPolicyFormat.ManagedPreferences, path, listing.ForcelistEntry, !exists || createdEarlier);
    }

    public static bool Remove(ExtensionPolicy policy)
    {
        if (!File.Exists(policy.Location) || Load(policy.Location) is not { Root: { } root } plist
            || root.Element("dict") is not { } dictionary || ForcelistOf(dictionary) is not { } list)
        {
            return false;
        }

        var ours = list.Elements("string").Where(item => item.Value == policy.Entry).ToList();
        if (ours.Count == 0)
        {
            return false;
        }

        ours.ForEach(item => item.Remove());
        if (!list.HasElements)
        {
            list.ElementsBeforeSelf().Last().Remove();
            list.Remove();
        }

        if (!dictionary.HasElements && policy.CreatedFile)
        {
            File.Delete(policy.Location);
        }
        else
        {
            Save(plist, policy.Location);
        }

        return true;
    }

    // A plist dict alternates <key> and value elements.
    private static XElement? ForcelistOf(XElement dictionary) =>
        dictionary.Elements("key").FirstOrDefault(key => key.Value == ChromiumPolicyFile.Forcelist)?.ElementsAfterSelf().FirstOrDefault() is { Name.LocalName: "array" } list
            ? list
            : null;

    private static XDocument? Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var magic = new byte[6];
            if (stream.Read(magic) == 6 && magic.AsSpan().SequenceEqual("bplist"u8))
            {
                return null;
            }

            stream.Position = 0;
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (Exception error) when (error is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Save(XDocument plist, string path)
    {
        // An empty internal subset would be written as "[]", which Apple's plist readers do not expect.
        if (plist.DocumentType is { InternalSubset: "" } doctype)
        {
            doctype.InternalSubset = null;
        }

        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            plist.Save(writer);
        }

        PolicyFiles.WriteReadableByAll(path, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{text}\n");
    }
}
