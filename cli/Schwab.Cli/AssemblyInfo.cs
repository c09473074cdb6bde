// schwabctl runs on Linux only (systemd, journald, Unix file modes).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
