using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Hosting;

/// <summary>
/// Serves frames from stdin until the browser closes it, then stops the host. Replies are written in the order requests
/// came, except those of slow handlers, written when ready; the writer keeps whole frames from interleaving.
/// </summary>
internal sealed partial class NativeMessagingService(
    NativeMessageReader reader,
    NativeMessageWriter writer,
    RequestRouter router,
    IHostApplicationLifetime lifetime,
    ILogger<NativeMessagingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ServeAsync(stoppingToken);
        }
        catch (EndOfStreamException)
        {
            LogDisconnectedMidFrame(logger);
        }
        catch (IOException failure)
        {
            LogPipeBroken(logger, failure.GetType().Name);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogStopping(logger);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async Task ServeAsync(CancellationToken stoppingToken)
    {
        var answering = new List<Task>();
        try
        {
            while (await reader.ReadAsync(stoppingToken) is { } frame)
            {
                if (frame.IsOversized)
                {
                    LogOversized(logger, frame.DeclaredLength);
                    await WriteAsync(ErrorReplies.Create(null, ErrorCodes.FrameTooLarge, $"A frame of {frame.DeclaredLength} bytes is over the limit of {FrameLimits.MaxInboundBytes} bytes."), stoppingToken);
                    continue;
                }

                var routed = router.Start(frame.Body, stoppingToken);
                if (routed.RunsOffServingLoop)
                {
                    // The extension matches replies to requests by id, so this one may overtake or follow any other.
                    answering.RemoveAll(task => task.IsCompletedSuccessfully);
                    answering.Add(WriteWhenDoneAsync(routed.Reply, stoppingToken));
                    continue;
                }

                await WriteAsync(await routed.Reply, stoppingToken);
            }

            LogInputClosed(logger);
        }
        finally
        {
            // Requests still being worked out are answered before the host stops: the browser is waiting for them.
            await Task.WhenAll(answering);
        }
    }

    private async Task WriteWhenDoneAsync(Task<RoutedReply> reply, CancellationToken stoppingToken) =>
        await WriteAsync(await reply, stoppingToken);

    private async Task WriteAsync(RoutedReply reply, CancellationToken stoppingToken)
    {
        try
        {
            await writer.WriteAsync(reply.Body, stoppingToken);
        }
        catch (FrameTooLargeException tooLarge)
        {
            LogReplyTooLarge(logger, reply.Id, tooLarge.Length);
            var refusal = ErrorReplies.Create(reply.Id, ErrorCodes.ReplyTooLarge, $"The reply would be {tooLarge.Length} bytes, over the limit of {writer.MaxFrameBytes} bytes.");
            await writer.WriteAsync(refusal.Body, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The browser closed stdin; stopping")]
    private static partial void LogInputClosed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The browser disconnected in the middle of a frame; stopping")]
    private static partial void LogDisconnectedMidFrame(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A pipe to the browser broke ({ExceptionType}); stopping")]
    private static partial void LogPipeBroken(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping on request")]
    private static partial void LogStopping(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an inbound frame of {DeclaredLength} bytes")]
    private static partial void LogOversized(ILogger logger, long declaredLength);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply to {RequestId} would be {Length} bytes; sent reply_too_large instead")]
    private static partial void LogReplyTooLarge(ILogger logger, string? requestId, int length);
}
