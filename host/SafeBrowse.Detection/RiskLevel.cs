namespace SafeBrowse.Detection;

public enum RiskLevel
{
    None,
    Notice,
    Alert,
}
