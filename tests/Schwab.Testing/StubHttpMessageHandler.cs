using System.Collections.Concurrent;
using System.Net;

namespace Schwab.Testing;

/// <summary>
/// A scripted HTTP transport: responses are queued (or produced by a responder), every request is recorded with
/// its body and the (fake) time it was sent. Replaces the primary handler of a client under test.
/// </summary>
public sealed class StubHttpMessageHandler(TimeProvider? time = null) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _responses = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly SemaphoreSlim _signal = new(0);

    /// <summary>Gets or sets the responder used when the queue is empty (default: 500 "no response queued").</summary>
    public Func<HttpRequestMessage, HttpResponseMessage>? Fallback { get; set; }

    /// <summary>Gets the requests received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Queues a response produced by <paramref name="responder"/>.</summary>
    public StubHttpMessageHandler Enqueue(Func<HttpRequestMessage, HttpResponseMessage> responder) =>
        EnqueueAsync((request, _) => Task.FromResult(responder(request)));

    /// <summary>Queues an asynchronous responder (e.g. one that never answers until cancelled).</summary>
    public StubHttpMessageHandler EnqueueAsync(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        _responses.Enqueue(responder);
        return this;
    }

    /// <summary>Queues a request that never gets an answer: it completes only when its token is cancelled.</summary>
    public StubHttpMessageHandler EnqueueHang() =>
        EnqueueAsync(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });

    /// <summary>Queues a response with a body (JSON by default) and optional headers.</summary>
    public StubHttpMessageHandler Enqueue(HttpStatusCode status, string body = "", string mediaType = "application/json", params (string Name, string Value)[] headers) =>
        Enqueue(_ => Respond(status, body, mediaType, headers));

    /// <summary>Queues a 200 response with <paramref name="json"/>.</summary>
    public StubHttpMessageHandler EnqueueJson(string json) => Enqueue(HttpStatusCode.OK, json);

    /// <summary>Completes when at least <paramref name="count"/> requests have been received.</summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken = default)
    {
        while (_requests.Count < count)
        {
            await _signal.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Builds a response.</summary>
    public static HttpResponseMessage Respond(HttpStatusCode status, string body = "", string mediaType = "application/json", params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) };
        foreach ((string name, string value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(),
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), body, _time.GetUtcNow()));
        _signal.Release();
        cancellationToken.ThrowIfCancellationRequested();
        HttpResponseMessage response = _responses.TryDequeue(out var next)
            ? await next(request, cancellationToken)
            : (Fallback ?? (_ => Respond(HttpStatusCode.InternalServerError, "no response queued", "text/plain")))(request);
        response.RequestMessage = request;
        return response;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _signal.Dispose();
        }

        base.Dispose(disposing);
    }
}
