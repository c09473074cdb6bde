using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Schwab.Core.Hosting.Journald;
using Schwab.Testing;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace Schwab.Core.Tests.Hosting;

public sealed partial class JournaldSinkTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly Socket _journal;
    private readonly string _socketPath;

    public JournaldSinkTests()
    {
        // A real datagram socket standing in for journald's, so the bytes on the wire are what is checked.
        _socketPath = _dir.File("journal.socket");
        _journal = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        _journal.Bind(new UnixDomainSocketEndPoint(_socketPath));
    }

    public void Dispose()
    {
        _journal.Dispose();
        _dir.Dispose();
    }

    [LoggerMessage(EventId = 1042, Level = LogLevel.Error, Message = "Refresh for {ApiName} failed with status {StatusCode}")]
    private static partial void RefreshFailed(ILogger logger, string apiName, int statusCode, Exception exception);

    [LoggerMessage(EventId = 1043, Level = LogLevel.Information, Message = "Snapshot stored for {Symbol}")]
    private static partial void SnapshotStored(ILogger logger, string symbol);

    private Dictionary<string, string> Receive()
    {
        byte[] buffer = new byte[256 * 1024];
        int length = _journal.Receive(buffer);
        return Parse(buffer.AsSpan(0, length));
    }

    private ILogger CreateLogger()
    {
        var sink = new JournaldSink("schwab-test", _socketPath);
        var serilog = JournaldLogging.CreateLogger(sink, LogEventLevel.Debug);
        var factory = new SerilogLoggerFactory(serilog, dispose: true);
        return factory.CreateLogger("Schwab.Test");
    }

    [Fact]
    public void Emit_LoggerMessageWithException_SendsPriorityIdentifierFieldsAndBinarySafeException()
    {
        ILogger logger = CreateLogger();

        RefreshFailed(logger, "MAIN_DATA", 503, new InvalidOperationException("line one\nline two"));

        Dictionary<string, string> fields = Receive();
        Assert.Equal("Refresh for MAIN_DATA failed with status 503", fields["MESSAGE"]);
        Assert.Equal("3", fields["PRIORITY"]);
        Assert.Equal("schwab-test", fields["SYSLOG_IDENTIFIER"]);
        Assert.Equal("MAIN_DATA", fields["API_NAME"]);
        Assert.Equal("503", fields["STATUS_CODE"]);
        Assert.Equal("1042", fields["EVENT_ID"]);
        Assert.Equal("RefreshFailed", fields["EVENT_NAME"]);
        Assert.Equal("InvalidOperationException: line one line two", fields["EXCEPTION"]);
        Assert.Contains("line one\nline two", fields["EXCEPTION_STACK"], StringComparison.Ordinal);
    }

    [Fact]
    public void Emit_Information_HasPrioritySix()
    {
        ILogger logger = CreateLogger();

        SnapshotStored(logger, "$SPX");

        Dictionary<string, string> fields = Receive();
        Assert.Equal("6", fields["PRIORITY"]);
        Assert.Equal("$SPX", fields["SYMBOL"]);
    }

    [Theory]
    [InlineData("ApiName", "API_NAME")]
    [InlineData("SourceContext", "SOURCE_CONTEXT")]
    [InlineData("http.status", "HTTP_STATUS")]
    [InlineData("_private", "PRIVATE")]
    [InlineData("9lives", null)]
    public void FieldName_PropertyName_BecomesValidJournalField(string property, string? expected)
    {
        Assert.Equal(expected, JournalFields.FieldName(property));
    }

    [Fact]
    public void StderrFallback_WritesPriorityPrefixedLines()
    {
        using var error = new StringWriter();
        var serilog = JournaldLogging.CreateLogger(new StderrPrioritySink(error, withTimestamp: false), LogEventLevel.Information);
        using var factory = new SerilogLoggerFactory(serilog, dispose: true);

        RefreshFailed(factory.CreateLogger("x"), "MAIN_DATA", 401, new InvalidOperationException("boom"));

        string line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("<3>Refresh for MAIN_DATA failed with status 401 [InvalidOperationException: boom]", line);
    }

    [Fact]
    public void StderrFallback_StackTraces_FollowTheLine()
    {
        using var error = new StringWriter();
        var serilog = JournaldLogging.CreateLogger(new StderrPrioritySink(error, withTimestamp: false, stackTraces: true), LogEventLevel.Debug);
        using var factory = new SerilogLoggerFactory(serilog, dispose: true);

        RefreshFailed(factory.CreateLogger("x"), "MAIN_DATA", 401, Thrown(new InvalidOperationException("boom", new TimeoutException("slow"))));

        string[] lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("<3>Refresh for MAIN_DATA failed with status 401", lines[0]);
        Assert.Contains(lines, l => l.Contains(" at ", StringComparison.Ordinal));
    }

    [Fact]
    public void StderrFallback_ExceptionWithCauses_OneLineWithTheMessageChain()
    {
        using var error = new StringWriter();
        var serilog = JournaldLogging.CreateLogger(new StderrPrioritySink(error, withTimestamp: false), LogEventLevel.Information);
        using var factory = new SerilogLoggerFactory(serilog, dispose: true);

        RefreshFailed(factory.CreateLogger("x"), "MAIN_DATA", 500, Thrown(new InvalidOperationException("boom", new TimeoutException("slow"))));

        string line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("[InvalidOperationException: boom ← TimeoutException: slow]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateLogger_InformationLevel_DropsPollyAttemptsBelowWarning()
    {
        using var error = new StringWriter();
        var serilog = JournaldLogging.CreateLogger(new StderrPrioritySink(error, withTimestamp: false), LogEventLevel.Information);
        using var factory = new SerilogLoggerFactory(serilog, dispose: true);
        ILogger polly = factory.CreateLogger("Polly");

#pragma warning disable CA1848 // Stands in for Polly's own telemetry call.
        polly.LogInformation("Execution attempt. Source: 'x', Handled: 'True', Attempt: '0'");
        polly.LogWarning("Resilience event occurred. EventName: 'OnRetry'");
#pragma warning restore CA1848

        string line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("OnRetry", line, StringComparison.Ordinal);
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }

    [Fact]
    public void UnderJournald_NoJournalStream_False()
    {
        Assert.False(JournaldLogging.UnderJournald(_ => null, _socketPath));
        Assert.True(JournaldLogging.UnderJournald(name => name == "JOURNAL_STREAM" ? "8:1234" : null, _socketPath));
    }

    /// <summary>Parses journald's native protocol, both the NAME=value and the binary-safe forms.</summary>
    private static Dictionary<string, string> Parse(ReadOnlySpan<byte> datagram)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!datagram.IsEmpty)
        {
            int newline = datagram.IndexOf((byte)'\n');
            int equals = datagram[..newline].IndexOf((byte)'=');
            if (equals >= 0)
            {
                fields[Encoding.ASCII.GetString(datagram[..equals])] = Encoding.UTF8.GetString(datagram[(equals + 1)..newline]);
                datagram = datagram[(newline + 1)..];
                continue;
            }

            string name = Encoding.ASCII.GetString(datagram[..newline]);
            datagram = datagram[(newline + 1)..];
            int length = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(datagram));
            fields[name] = Encoding.UTF8.GetString(datagram.Slice(8, length));
            Assert.Equal((byte)'\n', datagram[8 + length]);
            datagram = datagram[(8 + length + 1)..];
        }

        return fields;
    }
}
