using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// What the words after a count say those counted received: aid or a service (24名学生领取资助金, 550多名患者享受到
/// 诊疗服务: the recipient of aid is the one helped, a beneficiary), an honour whose giver is written between the verb
/// and the honour (700名个人受到某某委员会表彰: 受到 + agent + 表彰 is ordinary word order), or an honour handed to them
/// (为4家爱心企业颁发荣誉牌: an object of honour given is the act of honouring).
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

    // The verbs of handing something over: 颁 (颁发, 颁授, 颁奖), 授予, 送上.
    private static readonly string[] Handing = ["颁", "授予", "送上"];

    // The objects that honour: a certificate of honour, a plaque, a medal, a cup, a silk banner, a decoration, a title;
    // not a letter of appointment (聘书) nor a certificate of anything else.
    private static readonly string[] Honours = ["荣誉证书", "牌匾", "荣誉牌", "奖牌", "奖杯", "锦旗", "勋章", "奖状", "称号"];

    // An award named by its last character (正能量特别奖, “优秀志愿者”奖, 颁奖), not money named after one (奖学金, 奖金,
    // 奖教金) nor a ceremony (颁奖仪式).
    private const char Award = '奖';

    // A grant given is aid, whatever it is named after (资助颁奖仪式, 助学奖).
    private static readonly string[] OfAid = ["资助", "助学"];

    // How far after the verb its object is read: a giver or a few words of manner (银行转账方式, 某部委和外国政府).
    private const int ObjectReach = 16;

    /// <summary>Whether the predicate says those counted received aid or a service.</summary>
    public static bool Aid(ReadOnlySpan<char> predicate) => ObjectAfter(predicate, Receiving, HandedOut);

    /// <summary>Whether the predicate says those counted took a commendation from someone (受到…表彰, 获得…嘉奖).</summary>
    public static bool Commendation(ReadOnlySpan<char> predicate) => ObjectAfter(predicate, TakingAnHonour, Commendations);

    /// <summary>
    /// Whether the words after a count of those something is done for (为, 向) hand them an honour: 为4家爱心企业颁发荣誉牌,
    /// 为两人送上见义勇为奖.
    /// </summary>
    public static bool HonourHandedOver(ReadOnlySpan<char> words) => !ContainsAny(words, OfAid) && ObjectAfter(words, Handing, Honours, awards: true);

    private static bool NamesAnAward(ReadOnlySpan<char> words)
    {
        for (var at = 0; at < words.Length; at++)
        {
            if (words[at] == Award && (at + 1 == words.Length || !Parsing.ChineseText.IsIdeograph(words[at + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // Whether one of the verbs stands in the words with one of the objects (or an award named, when awards are honours)
    // within reach after it.
    private static bool ObjectAfter(ReadOnlySpan<char> words, string[] verbs, string[] objects, bool awards = false)
    {
        foreach (var verb in verbs)
        {
            var at = words.IndexOf(verb, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var after = words[(at + verb.Length)..];
            after = after[..Math.Min(after.Length, ObjectReach)];
            if (ContainsAny(after, objects) || (awards && NamesAnAward(after)))
            {
                return true;
            }
        }

        return false;
    }
}
