namespace Schwab.Systemd.Tests;

/// <summary>The tests that share one private systemd; they run one after another (a boot is heavy).</summary>
[CollectionDefinition(Name)]
public sealed class SystemdCollection : ICollectionFixture<SystemdFixture>
{
    public const string Name = "private systemd";
}
