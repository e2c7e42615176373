using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Compare.Crawling.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Compare.Crawling.Http;

/// <summary>
/// Fetches one URL for an outlet: SSRF check before every hop, redirects followed by hand (each hop checked against
/// the outlet's hosts, loops and chains cut), per-host politeness, conditional GET, limits on time, size and content
/// type, charset decoding. Retries, backoff and Retry-After come from the standard resilience handler on the client.
/// Every failure comes back as a <see cref="FetchResult"/> naming the problem; only cancellation throws.
/// </summary>
public sealed class PageFetcher(HttpClient http, HostGate gate, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<PageFetcher> logger)
{
    private readonly CrawlerOptions _options = options.Value;

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FetchCoreAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Fail(request.Url, request.Url, 0, $"timed out after {Seconds(_options.RequestTimeout)}");
        }
    }

    private async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url;
        var visited = new List<Uri>();
        while (true)
        {
            if (!request.Policy.IsAllowedUrl(url))
            {
                return FetchResult.Refuse(request.Url, url, visited.Count == 0
                    ? $"{url.Host} is not one of this outlet's hosts"
                    : $"redirected to {url}, which is not on one of this outlet's hosts");
            }

            if (await CheckAddressAsync(url, request.Policy.Addresses, cancellationToken).ConfigureAwait(false) is { } blocked)
            {
                return FetchResult.Refuse(request.Url, url, blocked);
            }

            visited.Add(url);
            var authority = url.GetLeftPart(UriPartial.Authority);
            RateLimitLeaseHolder? lease = null;
            if (request.Kind != FetchKind.Robots)
            {
                gate.SetDelay(authority, request.Policy.CrawlDelay);
                lease = new RateLimitLeaseHolder(await gate.EnterAsync(authority, cancellationToken).ConfigureAwait(false));
            }

            using (lease)
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, url);
                message.Headers.Accept.ParseAdd(ContentTypes.AcceptHeader(request.Kind));
                if (request.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                {
                    message.Headers.IfNoneMatch.Add(tag);
                }

                if (request.LastModified is { } lm && DateTimeOffset.TryParse(lm, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
                {
                    message.Headers.IfModifiedSince = since;
                }

                message.Options.Set(GuardedConnector.PolicyKey, request.Policy.Addresses);
                HttpResponseMessage response;
                try
                {
                    response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutRejectedException)
                {
                    return FetchResult.Fail(request.Url, url, 0, $"no response within {Seconds(_options.AttemptTimeout)} (after {_options.MaxRetries} retries)");
                }
                catch (HttpRequestException ex)
                {
                    return ex.InnerException is BlockedAddressException blockedInner
                        ? FetchResult.Refuse(request.Url, url, blockedInner.Message)
                        : FetchResult.Fail(request.Url, url, 0, $"could not connect: {ex.Message}");
                }

                using (response)
                {
                    var code = (int)response.StatusCode;
                    if (code is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified && response.Headers.Location is { } location)
                    {
                        var next = new Uri(url, location);
                        if (visited.Any(v => v == next))
                        {
                            return FetchResult.Fail(request.Url, url, code, $"redirect loop: {string.Join(" -> ", visited.Append(next))}");
                        }

                        if (visited.Count > _options.MaxRedirects)
                        {
                            return FetchResult.Fail(request.Url, url, code, $"more than {_options.MaxRedirects} redirects");
                        }

                        CrawlingLog.Redirected(logger, url, next);
                        url = next;
                        continue;
                    }

                    return await ReadAsync(request, url, response, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<FetchResult> ReadAsync(FetchRequest request, Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var code = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(FetchStatus.NotModified, request.Url, url, code, ReadOnlyMemory<byte>.Empty, null, etag ?? request.ETag,
                lastModified ?? request.LastModified, null);
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = response.Headers.RetryAfter is { } ra ? $" (Retry-After {ra})" : string.Empty;
            return FetchResult.Fail(request.Url, url, code, $"HTTP {code} {response.ReasonPhrase}{retryAfter}");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!ContentTypes.Accepts(request.Kind, mediaType))
        {
            return FetchResult.Fail(request.Url, url, code, $"content type {mediaType} is not accepted for a {request.Kind.ToString().ToLowerInvariant()}");
        }

        if (response.Content.Headers.ContentLength > _options.MaxBodyBytes)
        {
            return FetchResult.Fail(request.Url, url, code, $"body of {response.Content.Headers.ContentLength} bytes is over the limit of {_options.MaxBodyBytes}");
        }

        var body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return FetchResult.Fail(request.Url, url, code, $"body is over the limit of {_options.MaxBodyBytes} bytes (after decompression)");
        }

        var text = request.Kind == FetchKind.Sitemap ? null : CharsetDecoder.Decode(body, response.Content.Headers.ContentType?.CharSet);
        return new FetchResult(FetchStatus.Ok, request.Url, url, code, body, text, etag, lastModified, null);
    }

    /// <summary>Reads at most <see cref="CrawlerOptions.MaxBodyBytes"/>; null when the body is longer (a huge page or a gzip bomb).</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int n;
                while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + n > _options.MaxBodyBytes)
                    {
                        return null;
                    }

                    buffer.Write(chunk, 0, n);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return buffer.ToArray();
        }
    }

    /// <summary>Refuses before any connection when the host is, or resolves only to, addresses the outlet may not reach.</summary>
    private static async Task<string?> CheckAddressAsync(Uri url, AddressPolicy policy, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = await GuardedConnector.ResolveAsync(url.IdnHost, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            return $"could not resolve {url.Host}: {ex.Message}";
        }

        return addresses.Any(policy.Allows) ? null : GuardedConnector.Describe(url.Host, addresses);
    }

    private static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.#} s");
}
