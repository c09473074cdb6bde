namespace Schwab.Simulator.Faults;

/// <summary>One streamer fault rule.</summary>
public sealed record StreamFault
{
    /// <summary>What happens.</summary>
    public StreamFaultKind Kind { get; init; }

    /// <summary>Response code for <see cref="StreamFaultKind.SendCode"/>.</summary>
    /// <value>Default 30.</value>
    public int Code { get; init; } = 30;

    /// <summary>Connection age that triggers <see cref="StreamFaultKind.DropEvery"/>.</summary>
    /// <value>Default 60 seconds.</value>
    public TimeSpan Every { get; init; } = TimeSpan.FromSeconds(60);
}
