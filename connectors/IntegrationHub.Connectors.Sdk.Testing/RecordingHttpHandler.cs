using System.Net.Http.Headers;

namespace IntegrationHub.Connectors.Sdk.Testing;

/// <summary>Captures every request a connector sends and its response; optionally answers requests itself instead of the network.</summary>
public sealed class RecordingHttpHandler : DelegatingHandler
{
    private readonly Lock _gate = new();
    private readonly List<HttpExchange> _exchanges = [];
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? _responder;

    /// <summary>Initializes a new instance of the <see cref="RecordingHttpHandler"/> class.</summary>
    /// <param name="innerHandler">The handler that sends to the network (the SSRF-guarded one in the harness).</param>
    public RecordingHttpHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <summary>Gets a snapshot of the captured exchanges, oldest first.</summary>
    public IReadOnlyList<HttpExchange> Exchanges
    {
        get
        {
            lock (_gate)
            {
                return [.. _exchanges];
            }
        }
    }

    /// <summary>Answers every following request with <paramref name="responder"/> instead of the network (the SSRF guard is then not involved).</summary>
    /// <param name="responder">Produces the response of a request.</param>
    public void Respond(Func<HttpRequestMessage, HttpResponseMessage> responder)
    {
        ArgumentNullException.ThrowIfNull(responder);
        _responder = (request, _) => Task.FromResult(responder(request));
    }

    /// <summary>Sends following requests to the network again.</summary>
    public void ClearResponder() => _responder = null;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? requestBody = null;
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            requestBody = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }

        var requestHeaders = Flatten(request.Headers, request.Content?.Headers);
        try
        {
            var responder = _responder;
            var response = responder is null
                ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false)
                : await responder(request, cancellationToken).ConfigureAwait(false);
            response.RequestMessage ??= request;
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var responseBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            Add(new HttpExchange(request.Method, request.RequestUri!, requestHeaders, requestBody, response.StatusCode, Flatten(response.Headers, response.Content.Headers), responseBody, null));
            return response;
        }
        catch (Exception ex)
        {
            Add(new HttpExchange(request.Method, request.RequestUri!, requestHeaders, requestBody, null, new Dictionary<string, string>(), null, ex));
            throw;
        }
    }

    private static Dictionary<string, string> Flatten(HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers.Concat(contentHeaders ?? (IEnumerable<KeyValuePair<string, IEnumerable<string>>>)[]))
        {
            result[header.Key] = string.Join(", ", header.Value);
        }

        return result;
    }

    private void Add(HttpExchange exchange)
    {
        lock (_gate)
        {
            _exchanges.Add(exchange);
        }
    }
}
