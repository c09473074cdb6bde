using System.Net.Sockets;
using System.Text;

namespace Schwab.Testing.Smtp;

/// <summary>One client connection of <see cref="SmtpTestServer"/>: the SMTP command loop (RFC 5321, the parts clients use).</summary>
internal sealed class SmtpTestSession(SmtpTestServer server, TcpClient client)
{
    private string? _from;
    private readonly List<string> _recipients = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using TcpClient owned = client;
        try
        {
            await using NetworkStream stream = owned.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 127.0.0.1 Schwab test SMTP ready");
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (!await HandleAsync(line, reader, writer, cancellationToken))
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client went away or the server stopped.
        }
    }

    private async Task<bool> HandleAsync(string line, StreamReader reader, StreamWriter writer, CancellationToken cancellationToken)
    {
        string verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
        switch (verb)
        {
            case "EHLO":
                await writer.WriteAsync("250-127.0.0.1\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
                break;
            case "HELO":
                await writer.WriteLineAsync("250 127.0.0.1");
                break;
            case "MAIL" when server.RejectMail:
                await writer.WriteLineAsync("554 5.7.1 mail refused by the test server");
                break;
            case "MAIL":
                _from = Address(line);
                _recipients.Clear();
                await writer.WriteLineAsync("250 2.1.0 OK");
                break;
            case "RCPT" when _from is null:
                await writer.WriteLineAsync("503 5.5.1 MAIL first");
                break;
            case "RCPT":
                _recipients.Add(Address(line));
                await writer.WriteLineAsync("250 2.1.5 OK");
                break;
            case "DATA" when _recipients.Count == 0:
                await writer.WriteLineAsync("503 5.5.1 RCPT first");
                break;
            case "DATA":
                await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                string data = await ReadDataAsync(reader, cancellationToken);
                server.Deliver(new SmtpMessage(_from!, [.. _recipients], data));
                _from = null;
                _recipients.Clear();
                await writer.WriteLineAsync("250 2.0.0 queued");
                break;
            case "RSET":
                _from = null;
                _recipients.Clear();
                await writer.WriteLineAsync("250 2.0.0 OK");
                break;
            case "NOOP":
                await writer.WriteLineAsync("250 2.0.0 OK");
                break;
            case "QUIT":
                await writer.WriteLineAsync("221 2.0.0 bye");
                return false;
            default:
                await writer.WriteLineAsync("502 5.5.2 command not implemented");
                break;
        }

        return true;
    }

    private static async Task<string> ReadDataAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
        {
            // Dot-unstuffing (RFC 5321 §4.5.2): a leading dot was doubled by the client.
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Address(string line)
    {
        int open = line.IndexOf('<', StringComparison.Ordinal);
        int close = line.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? line[(open + 1)..close] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
