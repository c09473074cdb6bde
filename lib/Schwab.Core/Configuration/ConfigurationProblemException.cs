namespace Schwab.Core.Configuration;

/// <summary>The configuration cannot be used; <see cref="Exception.Message"/> lists every problem, one per line.</summary>
public sealed class ConfigurationProblemException : Exception
{
    /// <summary>Creates the exception for one problem.</summary>
    public ConfigurationProblemException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception for one problem with its cause.</summary>
    public ConfigurationProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception for several problems.</summary>
    public ConfigurationProblemException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Creates an exception with no detail (for serializers and analyzers).</summary>
    public ConfigurationProblemException()
        : this("the configuration is not valid")
    {
    }

    /// <summary>Every problem found, each a one-line message that starts with the setting's key.</summary>
    public IReadOnlyList<string> Problems { get; }
}
