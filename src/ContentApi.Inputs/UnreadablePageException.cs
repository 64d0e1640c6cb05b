namespace ContentApi.Inputs;

/// <summary>Why a page's bytes gave no text to parse. The names are stable: clients may branch on them.</summary>
public enum UnreadableReason
{
    /// <summary>The body is not the format it was declared as (a PDF sent as HTML, HTML sent as a PDF, …).</summary>
    WrongMediaType,
    /// <summary>Text that is not valid UTF-8.</summary>
    NotUtf8,
    /// <summary>The bytes do not begin like a PDF.</summary>
    NotPdf,
    /// <summary>The PDF ends before its end-of-file marker: a download or upload was cut short.</summary>
    TruncatedPdf,
    /// <summary>The PDF's structure could not be read.</summary>
    DamagedPdf,
    /// <summary>The PDF is encrypted with a password.</summary>
    EncryptedPdf,
    /// <summary>The PDF has pages but no text on them: a scan without a text layer.</summary>
    NoTextLayer,
    /// <summary>The PDF has more pages than the configured limit.</summary>
    TooManyPages,
    /// <summary>The HTML page has no article text a reader would read.</summary>
    NoMainText,
}

/// <summary>
/// A page whose bytes could not be read into text, with a message fit for the sender (it names the problem,
/// never a library's internals).
/// </summary>
public sealed class UnreadablePageException(UnreadableReason reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public UnreadableReason Reason { get; } = reason;
}
