using SafeBrowse.Models;

namespace SafeBrowse.Training;

/// <summary><c>tables --model DIR</c>: writes the tables of a model trained before they existed, or after a format change.</summary>
internal static class TablesCommand
{
    public static int Run(string modelDirectory, TextWriter output, TextWriter error)
    {
        try
        {
            ModelTables.Write(modelDirectory);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"tables: {problem.Message}");
            return 1;
        }

        var tables = new FileInfo(Path.Combine(modelDirectory, ModelFiles.TablesFileName));
        output.WriteLine($"Wrote {tables.FullName} ({tables.Length / 1024.0 / 1024.0:F2} MB)");
        return 0;
    }
}
