namespace RelationsGraph.Extraction.Text;

/// <summary>A period of years such as "giai đoạn 2022 – 2024" or "2021-2025", held by tokens [First, Last).</summary>
public sealed record PeriodMention(int First, int Last, int From, int To);
