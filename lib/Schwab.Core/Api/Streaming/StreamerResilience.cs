using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Schwab.Core.Api.Streaming;

/// <summary>The keyed <c>schwab-stream</c> pipeline: reconnect with exponential back-off and jitter.</summary>
internal static class StreamerResilience
{
    public const string PipelineKey = "schwab-stream";

    public static void Configure(ResiliencePipelineBuilder builder, StreamerOptions options, TimeProvider time, ILogger logger)
    {
        builder.TimeProvider = time;
        builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<StreamerException>(static ex => ex.IsTransient),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BackoffBase,
            MaxDelay = options.BackoffMax,
            MaxRetryAttempts = int.MaxValue, // a daemon keeps trying; each failure is logged
            OnRetry = args =>
            {
                Log.StreamerReconnecting(logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception);
                return default;
            },
        });
    }
}
