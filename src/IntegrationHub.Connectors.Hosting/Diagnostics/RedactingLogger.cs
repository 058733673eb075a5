using IntegrationHub.Connectors.Hosting.Secrets;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Hosting.Diagnostics;

/// <summary>
/// The logger connectors receive: messages are formatted here and secret values removed before they reach the real
/// logger. Exceptions are passed as redacted text, because providers would print their unredacted messages.
/// </summary>
internal sealed class RedactingLogger(ILogger inner, ISecretRedactor redactor, IReadOnlyCollection<string> secrets) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(redactor.Redact(state.ToString() ?? string.Empty, secrets));

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, null);
        if (exception is not null)
        {
            message = $"{message}{Environment.NewLine}{exception}";
        }

        var redacted = redactor.Redact(message, secrets);
        inner.Log(logLevel, eventId, redacted, null, static (text, _) => text);
    }
}
