using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;
using Schwab.Cli.Commands.Accounts;
using Schwab.Core.Data.Tokens;

namespace Schwab.Cli.Commands.Auth;

/// <summary>
/// <c>schwabctl auth --api NAME</c>: the browser login that starts a new 7-day refresh token. Prints the authorize URL and
/// reads the redirected address pasted back (works over SSH); or, in two steps, <c>--print-url</c> then
/// <c>--redirect-url URL</c>; or <c>--code CODE</c>. Stores the tokens and then links the account hashes.
/// </summary>
internal sealed class AuthCommand : SchwabCommand
{
    private readonly Option<string> _api = CommonOptions.Api();
    private readonly Option<string?> _redirectUrl = new("--redirect-url") { Description = "The address the browser was sent to after login (from an earlier --print-url)" };
    private readonly Option<string?> _code = new("--code") { Description = "The authorization code itself (the state cannot be checked)" };
    private readonly Option<bool> _printUrl = new("--print-url") { Description = "Only print the authorize URL; finish later with --redirect-url" };

    public AuthCommand()
        : base("auth", "Log in to Schwab in a browser and store new tokens (needed every 7 days)")
    {
        Add(_api);
        Add(_redirectUrl);
        Add(_code);
        Add(_printUrl);
        Validators.Add(result =>
        {
            int given = new[] { result.GetResult(_redirectUrl), result.GetResult(_code), result.GetResult(_printUrl) }.Count(r => r is not null);
            if (given > 1)
            {
                result.AddError("use only one of --redirect-url, --code and --print-url");
            }
        });
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        string apiName = parseResult.GetValue(_api)!;
        TextWriter output = parseResult.InvocationConfiguration.Output;
        TextWriter error = parseResult.InvocationConfiguration.Error;
        await using AsyncServiceScope scope = services.Provider.CreateAsyncScope();
        OAuthClient oauth = scope.ServiceProvider.GetRequiredService<OAuthClient>();
        TimeProvider time = services.Get<TimeProvider>();

        string? code = parseResult.GetValue(_code);
        string? redirect = parseResult.GetValue(_redirectUrl);
        if (code is not null)
        {
            await error.WriteLineAsync("schwabctl: warning: with --code the OAuth state cannot be checked");
        }
        else if (redirect is not null)
        {
            string state = PendingAuthorization.Take(apiName, time)
                ?? throw new InvalidOperationException($"no authorization is pending for {apiName} (or it is older than 15 minutes): run 'schwabctl auth --api {apiName} --print-url' first");
            code = OAuthClient.ParseRedirect(redirect, state);
        }
        else
        {
            string state = PendingAuthorization.NewState();
            Uri url = oauth.BuildAuthorizeUrl(apiName, state);
            if (parseResult.GetValue(_printUrl))
            {
                PendingAuthorization.Save(apiName, state);
                await output.WriteLineAsync(url.AbsoluteUri);
                await error.WriteLineAsync($"Open the URL, log in, then run: schwabctl auth --api {apiName} --redirect-url '<the address you were sent to>'");
                return ExitCodes.Success;
            }

            await error.WriteLineAsync("Open this URL in a browser, log in and approve the accounts:");
            await output.WriteLineAsync(url.AbsoluteUri);
            await error.WriteLineAsync("Then paste the whole address the browser was sent to (the page may fail to load; that is fine):");
            string pasted = await CliInput.Reader.ReadLineAsync(cancellationToken)
                ?? throw new InvalidOperationException("no redirect address was pasted");
            code = OAuthClient.ParseRedirect(pasted.Trim(), state);
        }

        OAuthTokens tokens = await oauth.ExchangeCodeAsync(apiName, code, cancellationToken);
        TokenSet stored = await scope.ServiceProvider.GetRequiredService<TokenRefresher>().StoreLoginAsync(apiName, tokens, cancellationToken);
        await output.WriteLineAsync($"stored tokens for {apiName}: access token valid until {stored.ExpiresAt:u}, refresh token until {stored.RefreshExpiresAt:u}");
        try
        {
            foreach (string line in await AccountLinker.LinkAsync(scope.ServiceProvider, apiName, cancellationToken))
            {
                await output.WriteLineAsync(line);
            }
        }
        catch (SchwabApiException ex)
        {
            await error.WriteLineAsync($"schwabctl: warning: tokens are stored, but linking accounts failed: {ex.Message} (retry with 'schwabctl accounts link --api {apiName}')");
        }

        return ExitCodes.Success;
    }
}
