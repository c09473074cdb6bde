using System.Security.Cryptography;
using Schwab.Core.Security;

namespace Schwab.Testing.Data;

/// <summary>Random token keys and protectors for tests.</summary>
public static class TestKeys
{
    /// <summary>A new random 32-byte key.</summary>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(TokenKey.KeyLength);

    /// <summary>A protector over <paramref name="key"/> (a new random key when null).</summary>
    internal static TokenProtector Protector(byte[]? key = null)
    {
        byte[] value = key ?? NewKey();
        return new TokenProtector(() => (byte[])value.Clone());
    }
}
