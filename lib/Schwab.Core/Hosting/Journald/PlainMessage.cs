using System.Globalization;
using System.Text;
using Serilog.Events;
using Serilog.Parsing;

namespace Schwab.Core.Hosting.Journald;

/// <summary>Renders an event's message the way an operator reads it: string values without Serilog's quotes.</summary>
internal static class PlainMessage
{
    public static string Render(LogEvent logEvent)
    {
        var builder = new StringBuilder();
        using var writer = new StringWriter(builder, CultureInfo.InvariantCulture);
        foreach (MessageTemplateToken token in logEvent.MessageTemplate.Tokens)
        {
            if (token is PropertyToken property && logEvent.Properties.TryGetValue(property.PropertyName, out LogEventPropertyValue? value))
            {
                if (value is ScalarValue { Value: string text })
                {
                    builder.Append(text);
                }
                else
                {
                    value.Render(writer, property.Format, CultureInfo.InvariantCulture);
                }
            }
            else
            {
                token.Render(logEvent.Properties, writer, CultureInfo.InvariantCulture);
            }
        }

        writer.Flush();
        return builder.ToString();
    }
}
