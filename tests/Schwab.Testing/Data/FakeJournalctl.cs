namespace Schwab.Testing.Data;

/// <summary>
/// An executable script standing in for journalctl: <c>-n 1</c> (the availability probe) prints the first recorded line,
/// any other query prints them all; every invocation's arguments are appended to <see cref="ArgumentsFile"/>.
/// </summary>
internal sealed class FakeJournalctl : IDisposable
{
    private readonly TempDirectory _directory = new();

    public FakeJournalctl(string lines)
    {
        File.WriteAllText(_directory.File("lines.json"), lines.Trim() + "\n");
        File.WriteAllText(Path, $$"""
            #!/bin/sh
            echo "$*" >> '{{ArgumentsFile}}'
            case " $* " in
              *" -n 1 "*) head -n 1 '{{_directory.File("lines.json")}}' ;;
              *) cat '{{_directory.File("lines.json")}}' ;;
            esac
            """.Replace("\r", "", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>The script to pass as the journalctl executable.</summary>
    public string Path => _directory.File("journalctl");

    /// <summary>One line per invocation: the arguments it was given.</summary>
    public string ArgumentsFile => _directory.File("arguments.txt");

    public void Dispose() => _directory.Dispose();
}
