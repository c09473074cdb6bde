using System.Globalization;
using System.Net.Sockets;
using Serilog.Core;
using Serilog.Events;

namespace Schwab.Core.Hosting.Journald;

/// <summary>
/// A Serilog sink that speaks journald's native protocol: one datagram per event to
/// <c>/run/systemd/journal/socket</c> with <c>MESSAGE</c>, <c>PRIORITY</c>, <c>SYSLOG_IDENTIFIER</c>, the
/// exception's message chain in one line (<c>EXCEPTION</c>) and its stack trace apart (<c>EXCEPTION_STACK</c>, which
/// <c>journalctl</c> shows only with <c>-o verbose</c> or <c>-o json</c>), and every structured property as an upper-case field (so <c>journalctl -o json</c> and
/// <c>journalctl API_NAME=MAIN_DATA</c> work).
/// </summary>
/// <remarks>Events larger than one datagram have their message and exception cut to fit rather than be lost;
/// the kernel limit is the socket's send buffer (about 208 KiB by default).</remarks>
internal sealed class JournaldSink : ILogEventSink, IDisposable
{
    /// <summary>journald's socket.</summary>
    public const string DefaultSocketPath = "/run/systemd/journal/socket";

    private const int MaxDatagram = 192 * 1024;
    private const int MaxFieldLength = 48 * 1024;

    private readonly Socket _socket;
    private readonly UnixDomainSocketEndPoint _endPoint;
    private readonly string _identifier;
    private readonly Lock _gate = new();

    public JournaldSink(string identifier, string socketPath = DefaultSocketPath)
    {
        _identifier = identifier;
        _endPoint = new UnixDomainSocketEndPoint(socketPath);
        _socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    }

    public void Emit(LogEvent logEvent)
    {
        ReadOnlyMemory<byte> datagram = Format(logEvent, _identifier, MaxFieldLength);
        if (datagram.Length > MaxDatagram)
        {
            datagram = Format(logEvent, _identifier, MaxDatagram / 8);
        }

        lock (_gate)
        {
            try
            {
                _socket.SendTo(datagram.Span, _endPoint);
            }
            catch (SocketException)
            {
                // journald is restarting or gone; a logger must never take the daemon down with it.
            }
        }
    }

    public void Dispose() => _socket.Dispose();

    internal static ReadOnlyMemory<byte> Format(LogEvent logEvent, string identifier, int maxFieldLength)
    {
        var fields = new JournalFields();
        fields.Add("MESSAGE", Cut(PlainMessage.Render(logEvent), maxFieldLength));
        fields.Add("PRIORITY", Priority(logEvent.Level).ToString(CultureInfo.InvariantCulture));
        fields.Add("SYSLOG_IDENTIFIER", identifier);
        fields.Add("MESSAGE_TEMPLATE", Cut(logEvent.MessageTemplate.Text, maxFieldLength));
        if (logEvent.Exception is not null)
        {
            fields.Add("EXCEPTION", Cut(ExceptionText.Chain(logEvent.Exception), maxFieldLength));
            fields.Add("EXCEPTION_STACK", Cut(logEvent.Exception.ToString(), maxFieldLength));
        }

        foreach ((string name, LogEventPropertyValue value) in logEvent.Properties)
        {
            if (name == "EventId" && value is StructureValue eventId)
            {
                AddEventId(fields, eventId);
                continue;
            }

            string? field = JournalFields.FieldName(name);
            if (field is not null && !IsReserved(field))
            {
                fields.Add(field, Cut(PropertyText(value), maxFieldLength));
            }
        }

        return fields.ToMemory();
    }

    /// <summary>Maps a Serilog level to a syslog priority (what <c>journalctl -p</c> filters on).</summary>
    public static int Priority(LogEventLevel level) => level switch
    {
        LogEventLevel.Fatal => 2,
        LogEventLevel.Error => 3,
        LogEventLevel.Warning => 4,
        LogEventLevel.Information => 6,
        _ => 7,
    };

    private static void AddEventId(JournalFields fields, StructureValue eventId)
    {
        foreach (LogEventProperty property in eventId.Properties)
        {
            string field = property.Name == "Id" ? "EVENT_ID" : "EVENT_NAME";
            fields.Add(field, PropertyText(property.Value));
        }
    }

    private static string PropertyText(LogEventPropertyValue value) =>
        value is ScalarValue { Value: string text } ? text : value.ToString(null, CultureInfo.InvariantCulture);

    private static bool IsReserved(string field) =>
        field is "MESSAGE" or "PRIORITY" or "SYSLOG_IDENTIFIER" or "MESSAGE_TEMPLATE" or "EXCEPTION" or "EXCEPTION_STACK";

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), " [truncated]");
}
