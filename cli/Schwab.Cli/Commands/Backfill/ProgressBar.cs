using System.Globalization;

namespace Schwab.Cli.Commands.Backfill;

/// <summary>A one-line progress bar redrawn in place on stderr; writes nothing unless <paramref name="enabled"/> (stderr is a terminal).</summary>
internal sealed class ProgressBar(TextWriter writer, string label, bool enabled) : IProgress<(int Done, int Total)>
{
    private const int Width = 30;
    private bool _drawn;

    /// <summary>Whether stderr is a terminal, so a bar would be seen rather than land in a log or a pipe.</summary>
    public static bool StderrIsTerminal => !Console.IsErrorRedirected;

    public void Report((int Done, int Total) value)
    {
        if (!enabled || value.Total == 0)
        {
            return;
        }

        writer.Write('\r' + Render(label, value.Done, value.Total));
        writer.Flush();
        _drawn = true;
    }

    /// <summary>Ends the bar's line so later output starts on a fresh one.</summary>
    public void Finish()
    {
        if (_drawn)
        {
            writer.WriteLine();
            _drawn = false;
        }
    }

    public static string Render(string label, int done, int total)
    {
        int filled = total == 0 ? Width : (int)((long)done * Width / total);
        return string.Create(CultureInfo.InvariantCulture, $"{label} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} days");
    }
}
