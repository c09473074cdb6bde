using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration;

/// <summary>The one way options are registered: bound (by the caller, so the binding generator sees the type), defaulted, validated at start.</summary>
public static class OptionsBuilderExtensions
{
    /// <summary>
    /// Adds <typeparamref name="TValidator"/>, applies list defaults after binding and validates when the host starts,
    /// so a bad setting stops a daemon before READY with every problem listed.
    /// </summary>
    /// <returns>The builder, for chaining.</returns>
    public static OptionsBuilder<TOptions> WithSchwabValidation<TOptions, TValidator>(this OptionsBuilder<TOptions> builder)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        if (typeof(IDefaultedOptions).IsAssignableFrom(typeof(TOptions)))
        {
            builder.PostConfigure(options => ((IDefaultedOptions)options).ApplyDefaults());
        }

        return builder.ValidateOnStart();
    }
}
