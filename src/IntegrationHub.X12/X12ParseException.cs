using IntegrationHub.X12.Model;

namespace IntegrationHub.X12;

/// <summary>X12 input that cannot be read. <see cref="Issue"/> says where (segment position, id, element, byte offset) and what is wrong.</summary>
public sealed class X12ParseException : Exception
{
    /// <summary>Initializes the exception from an issue.</summary>
    /// <param name="issue">The problem.</param>
    public X12ParseException(X12Issue issue)
        : base($"X12 error at {issue?.Location}: {issue?.Message}")
    {
        ArgumentNullException.ThrowIfNull(issue);
        Issue = issue;
    }

    /// <summary>Initializes the exception (for serializers and tooling).</summary>
    public X12ParseException()
        : this("X12 input is invalid.")
    {
    }

    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public X12ParseException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public X12ParseException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Issue = new X12Issue
        {
            Level = X12IssueLevel.Interchange,
            Severity = X12IssueSeverity.Error,
            Position = 0,
            Offset = 0,
            SegmentId = string.Empty,
            Code = "024",
            Message = message,
        };
    }

    /// <summary>Gets the problem.</summary>
    public X12Issue Issue { get; }

    /// <summary>Gets the 1-based segment position.</summary>
    public long Position => Issue.Position;

    /// <summary>Gets the segment id.</summary>
    public string SegmentId => Issue.SegmentId;

    /// <summary>Gets the 1-based element index, if any.</summary>
    public int? ElementIndex => Issue.ElementIndex;
}
