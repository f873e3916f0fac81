namespace SafeBrowse.Training;

/// <summary>Conversation-level figures on held-out grooming conversations.</summary>
internal sealed record GroomingMetrics(
    int Conversations,
    double RecallNotice,
    double RecallAlert,
    double RecallNoticeWithin50ContactMessages,
    double RecallNoticeWithin200ContactMessages,
    double? MedianFirstNotice,
    double? MedianFirstNoticeContactMessage,
    double? MedianFirstAlert);
