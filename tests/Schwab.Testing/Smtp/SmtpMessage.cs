namespace Schwab.Testing.Smtp;

/// <summary>One message <see cref="SmtpTestServer"/> accepted: the envelope and the DATA exactly as sent (dot-unstuffed).</summary>
/// <param name="MailFrom">The <c>MAIL FROM</c> address.</param>
/// <param name="Recipients">The <c>RCPT TO</c> addresses.</param>
/// <param name="Data">The raw message: headers, blank line, body (CRLF line ends, still transfer-encoded).</param>
public sealed record SmtpMessage(string MailFrom, IReadOnlyList<string> Recipients, string Data)
{
    /// <summary>The decoded <c>Subject</c> header.</summary>
    public string Subject => Parsed.Subject ?? "";

    /// <summary>The decoded plain-text body.</summary>
    public string Body => Parsed.TextBody ?? "";

    private MimeKit.MimeMessage Parsed => field ??= MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Data)));
}
