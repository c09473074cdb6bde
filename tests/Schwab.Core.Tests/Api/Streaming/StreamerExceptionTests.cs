using Schwab.Core.Api;
using Schwab.Core.Api.Streaming;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class StreamerExceptionTests
{
    [Theory]
    [InlineData(StreamerErrorKind.ConnectionLost, true)]
    [InlineData(StreamerErrorKind.Timeout, true)]
    [InlineData(StreamerErrorKind.ConnectionLimit, false)]
    [InlineData(StreamerErrorKind.LoginDenied, false)]
    public void StreamerException_CaughtAsSchwabApiException_KeepsKindCodeAndTransience(StreamerErrorKind kind, bool transient)
    {
        SchwabApiException ex = new StreamerException(kind, "LOGIN ADMIN failed", 12);

        StreamerException streamer = Assert.IsType<StreamerException>(ex);
        Assert.Equal(kind, streamer.Kind);
        Assert.Equal(12, streamer.ResponseCode);
        Assert.Equal(transient, ex.IsTransient);
        Assert.Equal(kind == StreamerErrorKind.Timeout, ex.IsTimeout);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public void StreamerException_TransienceOverridden_BaseClassReportsOverride()
    {
        SchwabApiException ex = new StreamerException(StreamerErrorKind.LoginDenied, "Streamer login denied (code 3)", 3, null, isTransient: true);

        Assert.True(ex.IsTransient);
    }
}
