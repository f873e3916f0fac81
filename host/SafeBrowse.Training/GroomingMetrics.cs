namespace SafeBrowse.Training;

/// <summary>Conversation-level figures on held-out grooming conversations.</summary>
internal sealed record GroomingMetrics(
    int Conversations,
    double RecallNotice,
    double RecallAlert,
    double RecallNoticeWithin50ContactMessages,
    double RecallNoticeWithin200ContactMessages,
    double? MedianFirstNoticeMessage,
    double? MedianFirstNoticeContactMessage,
    double? MedianFirstAlertMessage);
