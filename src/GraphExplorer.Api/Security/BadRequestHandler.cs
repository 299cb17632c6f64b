using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Security;

/// <summary>
/// A request Kestrel refuses while the app reads it (a body slower than the minimum rate: 408; too large: 413;
/// malformed: 400) is the client's fault: it gets its status code as a problem response and one warning line in
/// the log, not a 500 with a stack trace.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems, ILogger<BadRequestHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        logger.LogWarning(
            "{Method} {Path} from {Remote} refused with {Status}: {Reason}",
            httpContext.Request.Method,
            httpContext.Request.Path,
            httpContext.Connection.RemoteIpAddress,
            bad.StatusCode,
            bad.Message);
        if (httpContext.Response.HasStarted)
        {
            return true;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        });
        return true;
    }
}
