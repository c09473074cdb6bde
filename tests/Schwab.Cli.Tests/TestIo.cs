using System.Text;

namespace Schwab.Cli.Tests;

/// <summary>A reader whose one line is produced on demand (after the command has printed what the line depends on).</summary>
internal sealed class DeferredReader(Func<Task<string>> line) : TextReader
{
    private bool _read;

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        if (_read)
        {
            return null;
        }

        _read = true;
        return await line();
    }

    public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
}

/// <summary>A StringWriter that reports each completed line.</summary>
internal sealed class NotifyingWriter(Action<string> onLine) : StringWriter
{
    private readonly StringBuilder _line = new();

    public override void Write(char value)
    {
        base.Write(value);
        if (value == '\n')
        {
            onLine(_line.ToString().TrimEnd('\r'));
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (char c in value ?? "")
        {
            Write(c);
        }
    }

    public override Task WriteLineAsync(string? value)
    {
        Write(value);
        Write('\n');
        return Task.CompletedTask;
    }
}
