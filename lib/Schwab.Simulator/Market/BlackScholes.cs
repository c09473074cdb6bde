namespace Schwab.Simulator.Market;

/// <summary>Black–Scholes prices and greeks in Schwab's units (theta per day, vega and rho per 1 %).</summary>
internal static class BlackScholes
{
    public readonly record struct Result(double Value, double Delta, double Gamma, double Theta, double Vega, double Rho);

    public static Result Price(bool call, double spot, double strike, double years, double vol, double rate)
    {
        if (years <= 0 || vol <= 0)
        {
            double intrinsic = Math.Max(0, call ? spot - strike : strike - spot);
            return new Result(intrinsic, call ? (spot > strike ? 1 : 0) : (spot < strike ? -1 : 0), 0, 0, 0, 0);
        }

        double sqrtT = Math.Sqrt(years);
        double d1 = (Math.Log(spot / strike) + ((rate + (vol * vol / 2)) * years)) / (vol * sqrtT);
        double d2 = d1 - (vol * sqrtT);
        double discount = Math.Exp(-rate * years);
        double pdf = Math.Exp(-d1 * d1 / 2) / Math.Sqrt(2 * Math.PI);
        double gamma = pdf / (spot * vol * sqrtT);
        double vega = spot * pdf * sqrtT / 100;
        double decay = -spot * pdf * vol / (2 * sqrtT);
        if (call)
        {
            double nd2 = Cdf(d2);
            return new Result((spot * Cdf(d1)) - (strike * discount * nd2), Cdf(d1), gamma,
                (decay - (rate * strike * discount * nd2)) / 365, vega, strike * years * discount * nd2 / 100);
        }

        double nmd2 = Cdf(-d2);
        return new Result((strike * discount * nmd2) - (spot * Cdf(-d1)), Cdf(d1) - 1, gamma,
            (decay + (rate * strike * discount * nmd2)) / 365, vega, -strike * years * discount * nmd2 / 100);
    }

    /// <summary>Standard normal CDF via the complementary error function (Numerical Recipes erfcc, |ε| &lt; 1.2e-7).</summary>
    public static double Cdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    private static readonly double[] s_erfc =
        [-0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368, -1.26551223];

    private static double Erfc(double x)
    {
        double z = Math.Abs(x);
        double t = 1 / (1 + (0.5 * z));
        double poly = 0.17087277;
        foreach (double c in s_erfc)
        {
            poly = c + (t * poly);
        }

        double r = t * Math.Exp(-(z * z) + poly);
        return x >= 0 ? r : 2 - r;
    }
}
