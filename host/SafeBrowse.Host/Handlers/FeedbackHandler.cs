using System.Text.Json;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers;

/// <summary>
/// The child pressed "this was wrong" on a notice: quiet that contact for those patterns, unless they are serious
/// (<see cref="SeriousPatterns"/>), and always keep the feedback (site, contact, time, categories; never text) for the
/// parent to review.
/// </summary>
internal sealed class FeedbackHandler(RiskEngine riskEngine, ChildProfileResolver profiles, FamilyStorage storage, TimeProvider clock) : IRequestHandler
{
    private static readonly HashSet<string> KnownCategories = [.. DetectionCategories.All];

    public string Type => "feedback";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var feedback = ProtocolFields.Read(request, ProtocolJsonContext.Default.FeedbackRequest);
        var site = ProtocolFields.Text(feedback.Site, "site", 1, ProtocolFields.MaxSiteLength);
        var conversation = ProtocolFields.Text(feedback.Conversation, "conversation", 1, ProtocolFields.MaxIdentifierLength);
        var contact = ProtocolFields.Text(feedback.Contact, "contact", 1, ProtocolFields.MaxIdentifierLength);
        if (feedback.Categories.Count > KnownCategories.Count || feedback.Categories.Any(category => !KnownCategories.Contains(category)))
        {
            throw ProtocolFields.BadRequest("'categories' must list category ids from docs/protocol.md.");
        }

        var categories = feedback.Categories.Distinct(StringComparer.Ordinal).ToList();
        var quieted = riskEngine.DismissNotice(conversation, contact, categories);
        if (profiles.Current() is { } profile)
        {
            var entry = new FeedbackEntry(0, profile.Id, site, contact, clock.GetUtcNow(), categories, Verdict: null);
            storage.TryWrite("feedback", database => database.Feedback.Record(entry));
        }

        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(
            new FeedbackResponse(RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, quieted),
            ProtocolJsonContext.Default.FeedbackResponse));
    }
}
