namespace Schwab.Core.Tests.Api.Streaming;

/// <summary>Answers like Schwab: LOGIN code 0, commands "… command succeeded", LOGOUT "SUCCESS".</summary>
internal static class StreamerResponder
{
    public static IEnumerable<string> Answer(string frame)
    {
        string command = StreamerFrames.Command(frame);
        string id = StreamerFrames.RequestId(frame);
        string service = StreamerFrames.Service(frame);
        return command switch
        {
            "LOGIN" => [StreamerFrames.LoginOk(id)],
            "LOGOUT" => [StreamerFrames.Response(service, command, id, 0, "SUCCESS")],
            _ => [StreamerFrames.Response(service, command, id, 0, $"{command} command succeeded")],
        };
    }
}
