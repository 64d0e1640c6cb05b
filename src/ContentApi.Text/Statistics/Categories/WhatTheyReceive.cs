using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// What the predicate after a count says those counted received: aid or a service (24名学生领取资助金, 550多名患者享受到
/// 诊疗服务: the recipient of aid is the one helped, a beneficiary), or an honour whose giver is written between the verb
/// and the honour (700名个人受到某某委员会表彰: 受到 + agent + 表彰 is ordinary word order).
/// </summary>
internal static class WhatTheyReceive
{
    // The verbs of receiving what is handed out: 领取, 领到, 拿到, 享受 (also 享受到), 收到.
    private static readonly string[] Receiving = ["领取", "领到", "拿到", "享受", "收到"];

    // What is handed out as aid or a service: grants and allowances, help, welfare, a service, wages owed. Only the object
    // itself: 收到求助信息 receives a call for help, not help.
    private static readonly string[] HandedOut =
        ["助学金", "资助金", "救助金", "慰问金", "奖学金", "补贴", "补助", "资助", "帮扶", "救济", "福利", "服务", "工资", "血汗钱"];

    // The verbs that take an honour with its giver before it: 受到, 获得, 荣获, 得到.
    private static readonly string[] TakingAnHonour = ["受到", "获得", "荣获", "得到"];

    // The honours given by someone: 表彰, 表扬, 嘉奖.
    private static readonly string[] Commendations = ["表彰", "表扬", "嘉奖"];

    // How far after the verb its object is read: a giver or a few words of manner (网络转账形式, 国家卫生健康委以及受援国政府).
    private const int ObjectReach = 16;

    /// <summary>Whether the predicate says those counted received aid or a service.</summary>
    public static bool Aid(ReadOnlySpan<char> predicate) => ObjectAfter(predicate, Receiving, HandedOut);

    /// <summary>Whether the predicate says those counted took a commendation from someone (受到…表彰, 获得…嘉奖).</summary>
    public static bool Commendation(ReadOnlySpan<char> predicate) => ObjectAfter(predicate, TakingAnHonour, Commendations);

    // Whether one of the verbs stands in the predicate with one of the objects within reach after it.
    private static bool ObjectAfter(ReadOnlySpan<char> predicate, string[] verbs, string[] objects)
    {
        foreach (var verb in verbs)
        {
            var at = predicate.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
            {
                var after = predicate[(at + verb.Length)..];
                if (ContainsAny(after[..Math.Min(after.Length, ObjectReach)], objects))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
