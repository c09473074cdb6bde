using System.Security.Cryptography;
using System.Text;

namespace Schwab.Core.Security;

/// <summary>
/// Encrypts secrets for storage (access and refresh tokens, client secrets, account numbers) with AES-256-GCM.
/// </summary>
/// <remarks>
/// <para>
/// Stored form: <c>v1:</c> + base64( key id (8) | nonce (12) | tag (16) | ciphertext ). The key id is the first 8 bytes
/// of SHA-256 over a label and the key, so a wrong key is reported as such instead of as corrupt data. The nonce is
/// random per value. The associated data binds a value to its place (<c>API.access_token:MAIN_DATA</c>): a value
/// copied to another row or column fails to decrypt.
/// </para>
/// <para>The key is loaded on first use, so commands that never touch secrets do not need it.</para>
/// </remarks>
internal sealed class TokenProtector
{
    /// <summary>The version prefix of the stored form.</summary>
    public const string Prefix = "v1:";

    private const int KeyIdLength = 8;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int HeaderLength = KeyIdLength + NonceLength + TagLength;
    private static readonly byte[] s_keyIdLabel = Encoding.ASCII.GetBytes("schwab-token-key-id:v1");

    private readonly Lazy<(byte[] Key, byte[] KeyId)> _key;

    /// <summary>Creates a protector whose key is produced by <paramref name="loadKey"/> on first use.</summary>
    public TokenProtector(Func<byte[]> loadKey)
    {
        // PublicationOnly: a failed load (key file missing) is retried on the next use, not cached forever.
        _key = new Lazy<(byte[], byte[])>(() => WithId(loadKey()), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The associated data for a value stored at <paramref name="table"/>.<paramref name="column"/> of row <paramref name="rowKey"/>.</summary>
    public static string Place(string table, string column, string rowKey) => $"{table}.{column}:{rowKey}";

    /// <summary>Encrypts <paramref name="plaintext"/> for storage at <paramref name="place"/> (see <see cref="Place"/>).</summary>
    public string Protect(string plaintext, string place)
    {
        (byte[] key, byte[] keyId) = _key.Value;
        byte[] plain = Encoding.UTF8.GetBytes(plaintext);
        byte[] blob = new byte[HeaderLength + plain.Length];
        keyId.CopyTo(blob, 0);
        Span<byte> nonce = blob.AsSpan(KeyIdLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key, TagLength))
        {
            aes.Encrypt(nonce, plain, blob.AsSpan(HeaderLength), blob.AsSpan(KeyIdLength + NonceLength, TagLength), Encoding.UTF8.GetBytes(place));
        }

        CryptographicOperations.ZeroMemory(plain);
        return Prefix + Convert.ToBase64String(blob);
    }

    /// <summary>Decrypts a value written by <see cref="Protect"/> for the same <paramref name="place"/>.</summary>
    /// <exception cref="TokenKeyException">The value was encrypted with another key.</exception>
    /// <exception cref="CryptographicException">The value is malformed, altered, or belongs to another place.</exception>
    public string Unprotect(string stored, string place)
    {
        byte[] blob = Decode(stored, place);
        (byte[] key, byte[] keyId) = _key.Value;
        if (!blob.AsSpan(0, KeyIdLength).SequenceEqual(keyId))
        {
            throw new TokenKeyException("token key does not match the key these tokens were encrypted with");
        }

        byte[] plain = new byte[blob.Length - HeaderLength];
        try
        {
            using var aes = new AesGcm(key, TagLength);
            aes.Decrypt(blob.AsSpan(KeyIdLength, NonceLength), blob.AsSpan(HeaderLength), blob.AsSpan(KeyIdLength + NonceLength, TagLength), plain, Encoding.UTF8.GetBytes(place));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new CryptographicException($"encrypted value for {place} failed its integrity check: it was altered or copied from another row", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static byte[] Decode(string stored, string place)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException($"value for {place} is not encrypted (no '{Prefix}' prefix): it was written by something else");
        }

        byte[] blob = new byte[stored.Length];
        if (!Convert.TryFromBase64Chars(stored.AsSpan(Prefix.Length), blob, out int written) || written < HeaderLength)
        {
            throw new CryptographicException($"encrypted value for {place} is truncated or not base64");
        }

        return blob[..written];
    }

    private static (byte[] Key, byte[] KeyId) WithId(byte[] key)
    {
        if (key.Length != TokenKey.KeyLength)
        {
            throw new TokenKeyException($"token key is {key.Length} bytes; expected {TokenKey.KeyLength}");
        }

        byte[] hash = SHA256.HashData([.. s_keyIdLabel, .. key]);
        return (key, hash[..KeyIdLength]);
    }
}
