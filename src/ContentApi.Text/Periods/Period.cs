namespace ContentApi.Text.Periods;

/// <summary>
/// The time a figure describes: <see cref="Year"/> the calendar year, <see cref="From"/>/<see cref="To"/> its first
/// and last day where the text gives them (a running total, 今年以来, ends on the publication date), <see cref="Label"/>
/// how a chart names it (2023年上半年), and <see cref="IsTarget"/> for a figure aimed at (到2025年…), not reached.
/// </summary>
public sealed record Period(int Year, DateOnly? From, DateOnly? To, string Label, bool IsTarget = false);
