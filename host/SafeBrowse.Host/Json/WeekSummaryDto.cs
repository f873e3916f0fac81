namespace SafeBrowse.Host.Json;

internal sealed record WeekSummaryDto(int Notices, int Alerts, int ContactsRaised, int Feedback, int InactiveHours);
