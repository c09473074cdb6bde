using System.CommandLine;
using Schwab.Core.Configuration;

namespace Schwab.Cli;

/// <summary>
/// A schwabctl command: builds the services from <c>--config</c>, runs, and turns any failure into one
/// line on stderr ("schwabctl: …") and exit code 1 (the full exception only with <c>--verbose</c>).
/// </summary>
internal abstract class SchwabCommand : Command
{
    protected SchwabCommand(string name, string description)
        : base(name, description)
    {
        SetAction(InvokeAsync);
    }

    /// <summary>Whether the command needs a settings file; those that do not (key create, simulate, demo) run with the environment only when none is found.</summary>
    protected virtual bool NeedsSettings => true;

    /// <summary>The exit code when the settings cannot be used or the command fails unexpectedly (health: 3, UNKNOWN).</summary>
    protected virtual int FailureExitCode => ExitCodes.Failure;

    protected abstract Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken);

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        TextWriter error = parseResult.InvocationConfiguration.Error;
        try
        {
            await using CliServices services = CliServices.Create(parseResult.GetValue(CommonOptions.Config), error, NeedsSettings);
            return await ExecuteAsync(parseResult, services, cancellationToken);
        }
        catch (ConfigurationProblemException ex)
        {
            foreach (string problem in ex.Problems)
            {
                await error.WriteLineAsync($"schwabctl: {problem}");
            }

            return FailureExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("schwabctl: cancelled");
            return FailureExitCode;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync(parseResult.GetValue(CommonOptions.Verbose) ? $"schwabctl: {ex}" : $"schwabctl: {OneLine(ex)}");
            return FailureExitCode;
        }
    }

    // ArgumentException appends " (Parameter 'name')" to its message: the parameter is ours, not the operator's.
    private static string OneLine(Exception exception) =>
        (exception is ArgumentException { ParamName: { } name } argument
            ? argument.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
            : exception.Message).ReplaceLineEndings(" ");
}
