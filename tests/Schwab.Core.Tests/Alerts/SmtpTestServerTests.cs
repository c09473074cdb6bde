using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Schwab.Testing.Smtp;

namespace Schwab.Core.Tests.Alerts;

public sealed class SmtpTestServerTests
{
    [Fact]
    public async Task Send_BodyWithLeadingDots_IsDeliveredUnstuffedWithEnvelope()
    {
        await using SmtpTestServer server = SmtpTestServer.Start();
        var message = new MimeMessage { Subject = "dots" };
        message.From.Add(MailboxAddress.Parse("a@example.test"));
        message.To.Add(MailboxAddress.Parse("b@example.test"));
        message.To.Add(MailboxAddress.Parse("c@example.test"));
        message.Body = new TextPart("plain") { Text = "line one\n.leading dot\n..two dots\n.\nend" };

        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", server.Port, SecureSocketOptions.None);
            await client.NoOpAsync();
            await client.SendAsync(message);
            await client.DisconnectAsync(quit: true);
        }

        SmtpMessage delivered = Assert.Single(await server.WaitForMessagesAsync(1));
        Assert.Equal("a@example.test", delivered.MailFrom);
        Assert.Equal(["b@example.test", "c@example.test"], delivered.Recipients);
        Assert.Equal("dots", delivered.Subject);
        Assert.Equal("line one\n.leading dot\n..two dots\n.\nend", delivered.Body.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public async Task WaitForMessagesAsync_TooFewMessages_TimesOut()
    {
        await using SmtpTestServer server = SmtpTestServer.Start();

        await Assert.ThrowsAsync<TimeoutException>(() => server.WaitForMessagesAsync(1, TimeSpan.FromMilliseconds(50)));
    }
}
