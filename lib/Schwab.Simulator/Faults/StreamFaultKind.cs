namespace Schwab.Simulator.Faults;

/// <summary>What a streamer fault does.</summary>
public enum StreamFaultKind
{
    /// <summary>Send part of the next data frame, then abort the socket.</summary>
    DropMidMessage,

    /// <summary>Abort each connection once it has been open for <see cref="StreamFault.Every"/>.</summary>
    DropEvery,

    /// <summary>Send an admin notification with <see cref="StreamFault.Code"/> (3, 12, 19 or 30); 3, 12 and 30 then close.</summary>
    SendCode,

    /// <summary>Stop sending data (heartbeats continue) until cleared.</summary>
    StopData,
}
