using Schwab.Core.Api.Http;
using Schwab.Core.Api.Mapping;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api;

/// <summary>Accounts (<c>/trader/v1/accounts</c>): number↔hash links, balances and positions.</summary>
public sealed class AccountsApi
{
    private readonly SchwabHttp _http;

    internal AccountsApi(SchwabHttp http, string apiName)
    {
        _http = http;
        ApiName = apiName;
    }

    /// <summary>Gets the app whose credentials and rate budget these calls use.</summary>
    public string ApiName { get; }

    /// <summary>Gets the linked accounts' plain numbers and hashes (the hash is what every path needs).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The links.</returns>
    public async Task<IReadOnlyList<AccountLink>> GetAccountNumbersAsync(CancellationToken cancellationToken = default)
    {
        List<AccountNumberDto> dto = await _http.GetJsonAsync(ApiName, "/trader/v1/accounts/accountNumbers", SchwabJsonContext.Default.ListAccountNumberDto, cancellationToken);
        return [.. dto.Select(AccountMapper.ToLink)];
    }

    /// <summary>Gets every linked account (two requests: accounts, then account numbers to attach each hash).</summary>
    /// <param name="includePositions">Whether to request <c>fields=positions</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accounts.</returns>
    public async Task<IReadOnlyList<Account>> GetAccountsAsync(bool includePositions = true, CancellationToken cancellationToken = default)
    {
        string path = new QueryString("/trader/v1/accounts").Add("fields", includePositions ? "positions" : null).ToString();
        List<AccountEnvelopeDto> dto = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.ListAccountEnvelopeDto, cancellationToken);
        IReadOnlyList<AccountLink> links = await GetAccountNumbersAsync(cancellationToken);
        Dictionary<string, string> hashes = links.ToDictionary(l => l.AccountNumber, l => l.AccountHash, StringComparer.Ordinal);
        return [.. dto.Select(a => AccountMapper.ToAccount(a, hashes.GetValueOrDefault(a.SecuritiesAccount?.AccountNumber ?? "", "")))];
    }

    /// <summary>Gets one account by hash.</summary>
    /// <param name="accountHash">The account hash.</param>
    /// <param name="includePositions">Whether to request <c>fields=positions</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    public async Task<Account> GetAccountAsync(string accountHash, bool includePositions = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountHash);
        string path = new QueryString("/trader/v1/accounts/" + QueryString.Segment(accountHash)).Add("fields", includePositions ? "positions" : null).ToString();
        AccountEnvelopeDto dto = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.AccountEnvelopeDto, cancellationToken);
        return AccountMapper.ToAccount(dto, accountHash);
    }
}
