namespace SafeBrowse.Host.Family;

/// <summary>The setup code this host honours: beside the program for an install for every account, else in its data folder.</summary>
internal sealed class SetupCodes(string programDirectory, string dataDirectory)
{
    public SetupCodeRecord? Current() => SetupCodeFiles.Read(SetupCodeFiles.Locate(programDirectory, dataDirectory));
}
