// The harness, the scripts and the probe are Linux-only (bash, systemd, unix file modes).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
