namespace Schwab.Core.Alerts;

/// <summary>An alert mail could not be delivered; the message is one line, names the server and never holds a secret.</summary>
internal sealed class AlertDeliveryException(string message, Exception? innerException = null) : Exception(message, innerException);
