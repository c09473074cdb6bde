using System.Text;

namespace Schwab.Core.Tests.Api;

/// <summary>Reads the real Schwab bodies copied into Fixtures/.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name), Encoding.UTF8);

    public static MemoryStream Stream(string name) => new(Bytes(name), writable: false);
}
