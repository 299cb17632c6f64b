namespace GraphExplorer.Storage.Neo4j;

/// <summary>What kind of failure a Neo4j status code reports: its second part.</summary>
public enum Neo4jErrorClass
{
    /// <summary>The request was wrong (syntax, parameters, credentials, constraint); retrying cannot help.</summary>
    ClientError,

    /// <summary>A temporary condition (deadlock, leader switch, memory pressure, unavailable server); retrying may help.</summary>
    TransientError,

    /// <summary>The database failed; retrying is unlikely to help.</summary>
    DatabaseError,
}

/// <summary>
/// A Neo4j Query API call failed. Carries the Neo4j status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>),
/// its class, the server's message and the HTTP status.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string code, string message, int httpStatus)
        : base($"{code}: {message}")
    {
        Code = code;
        ServerMessage = message;
        HttpStatus = httpStatus;
        ErrorClass = Classify(code, httpStatus);
    }

    public Neo4jException()
        : this("Neo.DatabaseError.General.UnknownError", "unknown error", 0)
    {
    }

    public Neo4jException(string message)
        : this("Neo.DatabaseError.General.UnknownError", message, 0)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "Neo.DatabaseError.General.UnknownError";
        ServerMessage = message;
        ErrorClass = Neo4jErrorClass.DatabaseError;
    }

    /// <summary>The Neo4j status code, e.g. <c>Neo.TransientError.Transaction.DeadlockDetected</c>; <c>Http.NNN</c> when the server sent no Neo4j error.</summary>
    public string Code { get; }

    /// <summary>The message as the server wrote it.</summary>
    public string ServerMessage { get; }

    /// <summary>The HTTP status of the response (400, 401, 404, 202 for an error in a streamed result, …).</summary>
    public int HttpStatus { get; }

    /// <summary>The code's class, which says whether a retry can help.</summary>
    public Neo4jErrorClass ErrorClass { get; }

    /// <summary>
    /// The server refused a request on an explicit transaction because it still counted an earlier request as running on
    /// it (seen under load right after the previous answer arrived). The refused request did not run, so sending it
    /// again is safe; Neo4j files the code under client errors, but it is a timing condition.
    /// </summary>
    public const string TransactionBusyCode = "Neo.ClientError.Transaction.TransactionAccessedConcurrently";

    /// <summary>True when the server refused a request because its transaction was still busy with the previous one.</summary>
    public bool IsTransactionBusy => Code == TransactionBusyCode;

    /// <summary>True when retrying the same work may succeed: a transient error, or a transaction that was still busy.</summary>
    public bool IsTransient => ErrorClass == Neo4jErrorClass.TransientError || IsTransactionBusy;

    /// <summary>
    /// The class from the code's second part (<c>Neo.ClientError.…</c>); for non-Neo4j codes the HTTP status decides:
    /// 408, 429, 502, 503 and 504 are transient, other 4xx client errors, the rest database errors.
    /// </summary>
    public static Neo4jErrorClass Classify(string code, int httpStatus)
    {
        var parts = code.Split('.');
        if (parts.Length >= 2 && parts[0] == "Neo")
        {
            switch (parts[1])
            {
                case "ClientError":
                    return Neo4jErrorClass.ClientError;
                case "TransientError":
                    return Neo4jErrorClass.TransientError;
                case "DatabaseError":
                    return Neo4jErrorClass.DatabaseError;
                default:
                    break;
            }
        }

        return httpStatus switch
        {
            408 or 429 or 502 or 503 or 504 => Neo4jErrorClass.TransientError,
            >= 400 and < 500 => Neo4jErrorClass.ClientError,
            _ => Neo4jErrorClass.DatabaseError,
        };
    }
}
