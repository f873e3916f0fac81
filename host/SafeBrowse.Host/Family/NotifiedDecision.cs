using SafeBrowse.Detection;

namespace SafeBrowse.Host.Family;

/// <summary>A decision that told the extension to show a notice, with the incoming message that caused it.</summary>
internal sealed record NotifiedDecision(ConversationDecision Decision, string TriggeringText);
