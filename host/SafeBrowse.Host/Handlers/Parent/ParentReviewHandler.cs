using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Protocol;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>The parent's verdict on a child's "this was wrong": agree (the notice was wrong) or disagree.</summary>
internal sealed class ParentReviewHandler(ParentAccess access, FamilyStorage storage) : IRequestHandler
{
    public string Type => "parent.review";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var review = ProtocolFields.Read(request, ProtocolJsonContext.Default.ReviewRequest);
        access.Require(review.Session);
        var verdict = FeedbackVerdicts.Parse(review.Verdict)
            ?? throw ProtocolFields.BadRequest($"'verdict' must be '{FeedbackVerdictWords.Agree}' or '{FeedbackVerdictWords.Disagree}'.");
        if (!storage.Require().Feedback.Review(review.FeedbackId, verdict))
        {
            throw new ProtocolException(ErrorCodes.NotFound, "There is no such feedback item.");
        }

        return ValueTask.FromResult(SessionReplies.Done(envelope));
    }
}
