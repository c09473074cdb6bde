using System.Security.Cryptography;
using System.Text;

namespace Schwab.Core.Security;

/// <summary>Loads the 32-byte AES-256 token key and creates new key files.</summary>
/// <remarks>
/// Looks first at <c>$CREDENTIALS_DIRECTORY/token-key</c> (a systemd credential, when a unit provides one), then at
/// <see cref="TokenKeyOptions.KeyFile"/>, which defaults to <c>token.key</c> beside the settings file when that exists. The file holds the key base64-encoded (44 characters, a trailing newline
/// is fine) or as exactly 32 raw bytes. Every failure is a <see cref="TokenKeyException"/> with a one-line message.
/// </remarks>
internal static class TokenKey
{
    /// <summary>The key length: AES-256.</summary>
    public const int KeyLength = 32;

    /// <summary>The systemd credential name (<c>LoadCredential=token-key:...</c>).</summary>
    public const string CredentialName = "token-key";

    /// <summary>The environment variable systemd sets to the unit's credential directory.</summary>
    public const string CredentialsDirectoryVariable = "CREDENTIALS_DIRECTORY";

    /// <summary>Loads the key.</summary>
    /// <param name="options">The configured key file, if any.</param>
    /// <param name="environment">Reads an environment variable (a seam: tests pass a dictionary lookup).</param>
    /// <exception cref="TokenKeyException">No key found, or it is unreadable or not 32 bytes.</exception>
    public static byte[] Load(TokenKeyOptions options, Func<string, string?> environment)
    {
        string? credentials = environment(CredentialsDirectoryVariable);
        string? credentialPath = string.IsNullOrEmpty(credentials) ? null : Path.Combine(credentials, CredentialName);
        if (credentialPath is not null && Path.Exists(credentialPath))
        {
            return Read(credentialPath);
        }

        if (!string.IsNullOrWhiteSpace(options.KeyFile))
        {
            return Path.Exists(options.KeyFile)
                ? Read(options.KeyFile)
                : throw new TokenKeyException(
                    $"token key not found: {Describe(credentialPath)} and {TokenKeyOptions.SectionName}:KeyFile '{options.KeyFile}' does not exist");
        }

        throw new TokenKeyException(
            $"token key not found: {Describe(credentialPath)} and {TokenKeyOptions.SectionName}:KeyFile is not set " +
            "(put token.key beside the settings file, or set Security:KeyFile)");
    }

    /// <summary>Creates a new key file holding 32 random bytes base64-encoded, with mode 0600; never overwrites.</summary>
    /// <exception cref="TokenKeyException">The file already exists or cannot be written.</exception>
    public static void CreateKeyFile(string path)
    {
        string full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new TokenKeyException($"token key file '{full}' already exists; refusing to overwrite it (the stored tokens need it)");
        }

        byte[] key = RandomNumberGenerator.GetBytes(KeyLength);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (FileStream stream = CreateNew(full))
            {
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key) + "\n"));
            }

            if (!OperatingSystem.IsWindows())
            {
                // The create mode is filtered by the umask; set it explicitly so it is exactly 0600.
                File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TokenKeyException($"token key file '{full}' could not be created: {ex.Message}", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static FileStream CreateNew(string path)
    {
        var create = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
        };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            return new FileStream(path, create);
        }
        catch (IOException ex) when (File.Exists(path))
        {
            // Lost a race with another creator: still never overwrite.
            throw new TokenKeyException($"token key file '{path}' already exists; refusing to overwrite it (the stored tokens need it)", ex);
        }
    }

    private static string Describe(string? credentialPath) =>
        credentialPath is null
            ? $"${CredentialsDirectoryVariable} is not set (no systemd credential '{CredentialName}')"
            : Directory.Exists(Path.GetDirectoryName(credentialPath)) && !CanList(Path.GetDirectoryName(credentialPath)!)
                ? $"'{credentialPath}' cannot be read by this user (its folder is not accessible)"
                : $"'{credentialPath}' does not exist";

    private static bool CanList(string directory)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(directory).Any();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static byte[] Read(string path)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TokenKeyException($"token key file '{path}' could not be read: {ex.Message}", ex);
        }

        try
        {
            return Decode(path, content);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(content);
        }
    }

    private static byte[] Decode(string path, byte[] content)
    {
        string text = Encoding.ASCII.GetString(content).Trim();
        bool looksBase64 = text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=');
        if (looksBase64)
        {
            byte[] buffer = new byte[text.Length];
            if (Convert.TryFromBase64String(text, buffer, out int written))
            {
                return written == KeyLength
                    ? buffer[..KeyLength]
                    : throw new TokenKeyException(
                        $"token key in '{path}' is {written} bytes; expected {KeyLength} (44 base64 characters)");
            }
        }

        if (content.Length == KeyLength)
        {
            return (byte[])content.Clone();
        }

        throw new TokenKeyException(
            $"token key in '{path}' is neither base64 nor {KeyLength} raw bytes ({content.Length} bytes read)");
    }
}
