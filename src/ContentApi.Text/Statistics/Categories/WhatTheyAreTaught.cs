using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// Predicates of people taught, shown or examined, read by the category rules only (as lexicon outcomes they would keep
/// the counted noun whole: 8名教师接受培训): 90余名小学生接受了红色文化教育 and 12名青少年扮演法官 took part
/// (ANNOTATION.md: taking part or reached); 30余位教师接受全面的眼部检查 were served.
/// </summary>
internal static class WhatTheyAreTaught
{
    private const string Receiving = "接受";
    private const int MaxBetween = 8;

    // What is received as teaching (教育, 培训, 宣讲, 辅导) and as care (检查, 体检, 治疗, 手术, 救治, 诊疗, 矫正).
    private static readonly string[] Teaching = CategoryCues.Words("received-teaching");
    private static readonly string[] Care = CategoryCues.Words("received-care");

    // The verbs of taking part in a lesson or a show: 扮演, 打卡, 齐诵, 聆听, 观摩.
    private static readonly string[] TakingPart = CategoryCues.Words("taking-part-in-a-lesson");

    /// <summary>participants or beneficiaries when the predicate says those counted were taught or examined, else null.</summary>
    public static string? Says(ReadOnlySpan<char> predicate)
    {
        var at = predicate.IndexOf(Receiving, StringComparison.Ordinal);
        if (at >= 0)
        {
            var received = predicate[(at + Receiving.Length)..];
            received = received[..Math.Min(received.Length, MaxBetween + 2)];
            if (ContainsAny(received, Care))
            {
                return StatisticCategory.Beneficiaries;
            }

            if (ContainsAny(received, Teaching))
            {
                return StatisticCategory.Participants;
            }
        }

        return ContainsAny(predicate, TakingPart) ? StatisticCategory.Participants : null;
    }
}
