using System.Text;
using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>Problems saving data, since they can leave the digest incomplete; each with what the parent can do.</summary>
internal static class StorageSection
{
    public static void Write(StringBuilder html, DigestPage page)
    {
        var problems = page.Facts.StorageProblems;
        if (problems.Count == 0)
        {
            return;
        }

        html.OpenSection("storage", page.Text("storage.heading")).Append("<ul class=\"problems\">\n");
        foreach (var problem in problems)
        {
            var key = StorageProblemWords.Known.Contains(problem.Kind, StringComparer.Ordinal) ? "storage." + problem.Kind : "storage.other";
            var what = page.Text(
                key,
                ("times", page.Plural("count.times", problem.Count)),
                ("last", page.DateTime(problem.Last)),
                ("kind", HtmlText.Isolate(problem.Kind)));
            html.Append("<li data-kind=\"").Append(HtmlText.Escape(problem.Kind)).Append("\"><p>").Append(what).Append("</p><p>")
                .Append(page.Text(key + ".todo")).Append("</p></li>\n");
        }

        html.Append("</ul>\n").CloseSection();
    }
}
