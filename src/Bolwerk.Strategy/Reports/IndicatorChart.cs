using System.Globalization;
using System.Net;
using System.Text;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Reports;

/// <summary>
/// One indicator as a self-contained SVG line chart: the observations (estimates hollow), the
/// linear path from baseline to target (dashed), the target, and the as-of year. Written by hand,
/// not by a charting library, so the bytes depend only on the data (a frozen report must
/// regenerate byte-identically) and the report needs no script.
/// </summary>
public static class IndicatorChart
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 28;
    private const int Bottom = 32;

    /// <summary>The chart of <paramref name="indicator"/> on <paramref name="series"/>, as of <paramref name="asOf"/>.</summary>
    public static string Svg(IndicatorDefinition indicator, TimeSeries series, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        var c = CultureInfo.InvariantCulture;
        var points = series.Observations.Where(o => o.Year <= asOf.Year).OrderBy(o => o.Year).ToList();
        var years = points.Select(o => o.Year).Append(asOf.Year);
        var values = points.Select(o => o.Value).Append(0.0);
        if (indicator.Baseline is { } b)
        {
            years = years.Append(b.Year);
            values = values.Append(b.Value);
        }

        if (indicator.Target is { } t)
        {
            years = years.Append(t.Year);
            values = values.Append(t.Value);
        }

        var (minYear, maxYear) = (years.Min(), Math.Max(years.Max(), years.Min() + 1));
        var maxValue = NiceCeiling(values.Max() * 1.1);
        double X(double year) => Left + ((year - minYear) / (maxYear - minYear) * (Width - Left - Right));
        double Y(double value) => Height - Bottom - (value / maxValue * (Height - Top - Bottom));
        string F(double v) => v.ToString("0.#", c);

        var svg = new StringBuilder();
        svg.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Encode(indicator.Name)}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(c, $"<title>{Encode(indicator.Name)}</title><rect width=\"{Width}\" height=\"{Height}\" fill=\"#fff\"/>");
        for (var i = 0; i <= 4; i++)
        {
            var v = maxValue * i / 4;
            svg.Append(c, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y(v))}\" y2=\"{F(Y(v))}\" stroke=\"#ddd\"/><text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{v.ToString("0.##", c)}</text>");
        }

        var step = Math.Max(1, (int)Math.Ceiling((maxYear - minYear) / 10.0));
        for (var year = minYear; year <= maxYear; year += step)
        {
            svg.Append(c, $"<text x=\"{F(X(year))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{year}</text>");
        }

        svg.Append(c, $"<line x1=\"{F(X(asOf.Year))}\" x2=\"{F(X(asOf.Year))}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#888\" stroke-dasharray=\"2 3\"/><text x=\"{F(X(asOf.Year) + 3)}\" y=\"{Top - 4}\" fill=\"#555\">{asOf:yyyy-MM-dd}</text>");
        if (indicator.Baseline is { } baseline && indicator.Target is { } target)
        {
            svg.Append(c, $"<line class=\"path\" x1=\"{F(X(baseline.Year))}\" y1=\"{F(Y(baseline.Value))}\" x2=\"{F(X(target.Year))}\" y2=\"{F(Y(target.Value))}\" stroke=\"#c47900\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.Append(c, $"<circle class=\"target\" cx=\"{F(X(target.Year))}\" cy=\"{F(Y(target.Value))}\" r=\"5\" fill=\"#c47900\"/><text x=\"{F(X(target.Year) - 6)}\" y=\"{F(Y(target.Value) - 8)}\" text-anchor=\"end\" fill=\"#c47900\">target {target.Value.ToString("0.##", c)} ({target.Year})</text>");
        }

        if (points.Count > 1)
        {
            svg.Append("<polyline class=\"data\" fill=\"none\" stroke=\"#1f4e9c\" stroke-width=\"2\" points=\"").AppendJoin(' ', points.Select(p => $"{F(X(p.Year))},{F(Y(p.Value))}")).Append("\"/>");
        }

        foreach (var p in points)
        {
            svg.Append(c, $"<circle cx=\"{F(X(p.Year))}\" cy=\"{F(Y(p.Value))}\" r=\"3\" fill=\"{(p.Estimate ? "#fff" : "#1f4e9c")}\" stroke=\"#1f4e9c\"><title>{p.Year}: {p.Value.ToString("0.###", c)}{(p.Estimate ? " (estimate)" : string.Empty)}</title></circle>");
        }

        svg.Append(c, $"<text x=\"{Left}\" y=\"14\" fill=\"#333\">{Encode(indicator.Unit)} — {Encode(series.Edition)}</text></svg>");
        return svg.ToString();
    }

    private static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(n => n >= value);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
