namespace Schwab.Core.Configuration;

/// <summary>
/// Options whose list defaults are applied after binding: the configuration binder appends to a list that
/// already has items, so a default list set in an initializer could never be replaced by the settings file.
/// </summary>
internal interface IDefaultedOptions
{
    /// <summary>Fills every list the settings left empty with its documented default.</summary>
    void ApplyDefaults();
}
