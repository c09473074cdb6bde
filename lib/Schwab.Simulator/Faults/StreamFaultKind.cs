namespace Schwab.Simulator.Faults;

/// <summary>What a streamer fault does.</summary>
public enum StreamFaultKind
{
    /// <summary>Send part of the next data frame, then abort the socket.</summary>
    DropMidMessage,

    /// <summary>Abort each connection once it has been open for <see cref="StreamFault.Every"/>.</summary>
    DropEvery,

    /// <summary>
    /// Send an admin notification with <see cref="StreamFault.Code"/>; the codes that sever the connection (3, 12, 20, 30,
    /// schwab-api.md §4.4) then close it, the others (19, 21, …) do not.
    /// </summary>
    SendCode,

    /// <summary>Stop sending data (heartbeats continue) until cleared.</summary>
    StopData,

    /// <summary>Answer the next SUBS/ADD/UNSUBS/VIEW with <see cref="StreamFault.Code"/> (e.g. 21) and leave the subscription unchanged.</summary>
    RejectCommand,
}
