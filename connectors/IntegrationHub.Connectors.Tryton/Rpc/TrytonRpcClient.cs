using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Tryton.Rpc;

/// <summary>
/// Tryton's JSON-RPC protocol: one session per client, logged in lazily, logged in again once when
/// the server answers 401 (expired or revoked session), and every failure turned into a
/// <see cref="TrytonException"/> with its category.
/// </summary>
internal sealed class TrytonRpcClient(HttpClient http, TrytonConnectionOptions options, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _loginLock = new(1, 1);
    private Session? _session;
    private long _nextId;

    public async Task<JsonNode?> CallAsync(string method, JsonArray parameters, CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(null, cancellationToken).ConfigureAwait(false);
        var reply = await SendAsync(method, parameters, session, cancellationToken).ConfigureAwait(false);
        if (reply.StatusCode == HttpStatusCode.Unauthorized)
        {
            Log.SessionRejected(logger, method);
            session = await GetSessionAsync(session, cancellationToken).ConfigureAwait(false);
            reply = await SendAsync(method, parameters, session, cancellationToken).ConfigureAwait(false);
            if (reply.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new TrytonException(ErrorCategory.Platform,
                    $"Tryton rejected a fresh session of user '{options.User}' for {method} (HTTP 401).", "Unauthorized");
            }
        }

        return Unwrap(method, reply);
    }

    /// <summary>The context Tryton's clients send with every call (company, language), from the user's preferences.</summary>
    public async Task<JsonObject> GetContextAsync(CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(null, cancellationToken).ConfigureAwait(false);
        return (JsonObject)session.Context.DeepClone();
    }

    /// <summary>Ends the current session on the server (the next call logs in again).</summary>
    public async Task LogoutAsync(CancellationToken cancellationToken)
    {
        var session = _session;
        if (session is null)
        {
            return;
        }

        var reply = await SendAsync("common.db.logout", [], session, cancellationToken).ConfigureAwait(false);
        if (reply.StatusCode != HttpStatusCode.Unauthorized)
        {
            Unwrap("common.db.logout", reply);
        }
    }

    public void Dispose()
    {
        _loginLock.Dispose();
    }

    private async Task<Session> GetSessionAsync(Session? rejected, CancellationToken cancellationToken)
    {
        var current = _session;
        if (current is not null && current != rejected)
        {
            return current;
        }

        await _loginLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _session;
            if (current is not null && current != rejected)
            {
                return current;
            }

            _session = await LoginAsync(cancellationToken).ConfigureAwait(false);
            return _session;
        }
        finally
        {
            _loginLock.Release();
        }
    }

    private async Task<Session> LoginAsync(CancellationToken cancellationToken)
    {
        JsonArray parameters = [options.User, new JsonObject { ["password"] = options.Password }, options.Language];
        var reply = await SendAsync("common.db.login", parameters, null, cancellationToken).ConfigureAwait(false);
        if (reply.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new TrytonException(ErrorCategory.Platform,
                $"Tryton refused the login of user '{options.User}' (HTTP {(int)reply.StatusCode}): check the connection's user and password.", "LoginFailed");
        }

        var result = Unwrap("common.db.login", reply);
        if (result is not JsonArray { Count: 2 } pair || pair[0] is null || pair[1] is null)
        {
            throw new TrytonException(ErrorCategory.Platform,
                $"Tryton refused the login of user '{options.User}': check the connection's user and password.", "LoginFailed");
        }

        var userId = pair[0]!.GetValue<long>();
        var key = pair[1]!.GetValue<string>();
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{options.User}:{userId}:{key}")));
        var session = new Session(token, []);
        var preferences = await SendAsync("model.res.user.get_preferences", [true, new JsonObject()], session, cancellationToken).ConfigureAwait(false);
        if (Unwrap("model.res.user.get_preferences", preferences) is not JsonObject context)
        {
            throw new TrytonException(ErrorCategory.Platform, "Tryton returned no user preferences after login.", "LoginFailed");
        }

        // The group list only feeds the client's UI; the server works it out itself.
        context.Remove("groups");
        if (context["company"] is null)
        {
            throw new TrytonException(ErrorCategory.Platform,
                $"Tryton user '{options.User}' has no current company: set one in the user's preferences.", "NoCompany");
        }

        Log.LoggedIn(logger, options.User, options.DatabaseUrl);
        return session with { Context = context };
    }

    private async Task<Reply> SendAsync(string method, JsonArray parameters, Session? session, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["id"] = Interlocked.Increment(ref _nextId),
            ["method"] = method,
            ["params"] = parameters.DeepClone(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, options.DatabaseUrl)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (session is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Session", session.Token);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return new Reply(response.StatusCode, text, response.Headers.RetryAfter?.Delta);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TrytonException(ErrorCategory.Transient,
                $"Tryton did not answer {method} within {options.RequestTimeout.TotalSeconds:0.#} s ({options.DatabaseUrl}).", "Timeout", ex);
        }
        catch (HttpRequestException ex)
        {
            var detail = ex.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : ex.HttpRequestError.ToString();
            throw new TrytonException(ErrorCategory.Transient,
                $"Cannot reach Tryton at {options.DatabaseUrl} for {method}: {detail} ({ex.Message}).", "ConnectionFailed", ex);
        }
    }

    private static JsonNode? Unwrap(string method, Reply reply)
    {
        switch (reply.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                throw new TrytonException(ErrorCategory.Transient, $"Tryton throttled {method} (HTTP 429).", "TooManyRequests") { RetryAfter = reply.RetryAfter };
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                throw new TrytonException(ErrorCategory.Platform, $"Tryton denied {method} (HTTP {(int)reply.StatusCode}).", "AccessDenied");
            case >= HttpStatusCode.InternalServerError:
                throw new TrytonException(ErrorCategory.Transient, $"Tryton failed {method} with HTTP {(int)reply.StatusCode}: {Truncate(reply.Body)}", "ServerError");
            case HttpStatusCode.NotFound:
                throw new TrytonException(ErrorCategory.Platform, $"Tryton answered 404 for {method}: check the database name in the URL.", "NotFound");
            case not HttpStatusCode.OK:
                throw new TrytonException(ErrorCategory.Platform, $"Tryton answered HTTP {(int)reply.StatusCode} to {method}: {Truncate(reply.Body)}", "UnexpectedStatus");
        }

        JsonNode? envelope;
        try
        {
            envelope = JsonNode.Parse(reply.Body);
        }
        catch (JsonException ex)
        {
            throw new TrytonException(ErrorCategory.Platform, $"Tryton answered {method} with something that is not JSON: {Truncate(reply.Body)}", "InvalidResponse", ex);
        }

        if (envelope is not JsonObject obj)
        {
            throw new TrytonException(ErrorCategory.Platform, $"Tryton answered {method} with an unexpected body: {Truncate(reply.Body)}", "InvalidResponse");
        }

        if (obj["error"] is JsonArray error)
        {
            throw MapError(method, error);
        }

        return obj["result"];
    }

    private static TrytonException MapError(string method, JsonArray error)
    {
        var type = error.Count > 0 ? error[0]?.ToString() ?? "?" : "?";
        var args = error.Count > 1 ? error[1] as JsonArray : null;
        string Arg(int i) => args is not null && args.Count > i && args[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;

        switch (type)
        {
            case "UserError":
                {
                    var text = Join(Arg(0), Arg(1));
                    return new TrytonException(ErrorCategory.DataQuality, $"Tryton rejected {method}: {text}", "UserError");
                }

            case "UserWarning":
                {
                    // A warning asks a person to confirm (credit limit exceeded, for instance): for a flow it is a business hold.
                    var text = Join(Arg(1), Arg(2));
                    return new TrytonException(ErrorCategory.Business, $"Tryton needs confirmation for {method}: {text} (warning '{Arg(0)}')", "UserWarning");
                }

            case "ConcurrencyException":
                return new TrytonException(ErrorCategory.Transient, $"Tryton reported a concurrent change during {method}: {Arg(0)}", type);
            case "LoginException" or "AccessError" or "RateLimitException":
                return new TrytonException(ErrorCategory.Platform, $"Tryton denied {method}: {Join(Arg(0), Arg(1))}", type);
            default:
                // Anything else is a server-side exception (unknown model or method, bad arguments, a bug): ours to fix, not to retry.
                var detail = args is null ? error.Count > 1 ? error[1]?.ToString() : null : null;
                return new TrytonException(ErrorCategory.Platform, $"Tryton failed {method}: {type} {Truncate(detail ?? string.Empty)}".TrimEnd(), "ServerException");
        }
    }

    private static string Join(string message, string description) =>
        string.IsNullOrWhiteSpace(description) ? message.Trim() : $"{message.Trim()} {description.Trim()}";

    private static string Truncate(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");

    private sealed record Session(string Token, JsonObject Context);

    private sealed record Reply(HttpStatusCode StatusCode, string Body, TimeSpan? RetryAfter);
}
