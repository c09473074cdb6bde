using System.Text;
using Schwab.Simulator.Json;

namespace Schwab.Core.Tests.Simulator;

public sealed class JsonOutTests
{
    [Theory]
    [InlineData("76", "76.0")]
    [InlineData("76.70", "76.7")]
    [InlineData("0.05", "0.05")]
    [InlineData("-999", "-999.0")]
    [InlineData("6871.1234", "6871.1234")]
    [InlineData("0", "0.0")]
    public void NumberValue_Decimal_WritesSchwabStyle(string input, string expected)
    {
        decimal value = decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture);
        string json = Encoding.UTF8.GetString(JsonOut.Write(w => w.NumberValue(value)));
        Assert.Equal(expected, json);
        Assert.Equal(expected, JsonOut.Format(value));
    }

    [Theory]
    [InlineData(-999.0, "-999.0")]
    [InlineData(0.509, "0.509")]
    [InlineData(29.0, "29.0")]
    public void Format_Double_KeepsOneDecimal(double value, string expected) => Assert.Equal(expected, JsonOut.Format(value));

    [Fact]
    public void TraderTime_IsColonLessUtcOffset() =>
        Assert.Equal("2025-01-14T05:15:12+0000", JsonOut.TraderTime(new DateTimeOffset(2025, 1, 14, 0, 15, 12, TimeSpan.FromHours(-5))));
}
