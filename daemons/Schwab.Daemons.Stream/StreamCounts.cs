using System.Globalization;

namespace Schwab.Daemons.Stream;

/// <summary>
/// Where every row is: <see cref="Received"/> + <see cref="Carried"/> = <see cref="Committed"/> + <see cref="Spilled"/> +
/// <see cref="InMemory"/> + <see cref="Lost"/>, so a summary never suggests rows vanished.
/// </summary>
/// <param name="Received">Updates received by this process.</param>
/// <param name="Carried">Rows found in the spill file at start, left by an earlier process.</param>
/// <param name="Committed">Rows committed to the database (replayed ones included).</param>
/// <param name="Spilled">Rows waiting in the spill file.</param>
/// <param name="Lost">Rows neither the database nor the spill file could take (the spill folder's disk was full).</param>
internal readonly record struct StreamCounts(long Received, long Carried, long Committed, long Spilled, long Lost)
{
    /// <summary>Received and not yet committed, spilled or lost: buffered or in a batch being written (0 once the writer returned).</summary>
    public long InMemory => Received + Carried - Committed - Spilled - Lost;

    /// <summary>The STATUS wording: "12 rows stored + 3 in the spill file + 1 in memory = 16 received".</summary>
    public string Describe()
    {
        string carried = Carried > 0 ? string.Create(CultureInfo.InvariantCulture, $" + {Carried} from an earlier run") : "";
        string lost = Lost > 0 ? string.Create(CultureInfo.InvariantCulture, $" + {Lost} lost (spill folder full)") : "";
        return string.Create(CultureInfo.InvariantCulture, $"{Committed} rows stored + {Spilled} in the spill file + {InMemory} in memory{lost} = {Received} received{carried}");
    }
}
