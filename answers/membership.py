"""'…算不算…' answered yes or no from the sentence that defines the group ("单亲妈妈算不算就业困难人员"
→ 辽宁（十六） "范围包括…单亲抚养未成年人者…" → 算; "连续失业1年以上的退役军人…参照就业困难人员享受相关政策"
→ 可参照). The verdict names the words of the text it rests on; whether a person meets them is for the
office to decide ("以经办部门认定为准"), so the verdict never goes beyond the sentence quoted.
"""

from __future__ import annotations

import re

ASKS = re.compile(r"算不算|算吗|属不属于|属于.{0,12}吗|是不是.{0,12}(?:人员|对象)|能不能算|可以算")
# the words of the question itself, not of the group asked about
QUESTION_PAIRS = {"算不", "不算", "属不", "不属", "算吗", "是不", "不是", "能不", "不能", "可以"}


# the people as the texts name them ("退伍军人算不算就业困难人员": 辽政发（十六）'s "…的退役军人…参照就业困难人员")
TEXT_WORDS = (("退伍军人", "退役军人"), ("退伍士兵", "退役士兵"), ("退伍兵", "退役士兵"), ("复员军人", "退役军人"))


def in_text_words(text: str) -> str:
    for said, written in TEXT_WORDS:
        text = (text or "").replace(said, written)
    return text


def asks_membership(text: str) -> bool:
    return bool(ASKS.search(text or ""))


def pairs(text: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]", "", text or "")
    return {text[i : i + 2] for i in range(len(text) - 1)} - QUESTION_PAIRS


def own_pairs(text: str) -> set[str]:
    """The pairs naming a group of its own: not a word many listed groups share, nor one joined by 的 ("刑满释放的人"
    shares "的人" with "…5年以内的人员", eval63)."""
    return {p for p in pairs(text) if "的" not in p} - GENERIC


# words many listed groups share: "单亲家庭" is not "城镇零就业家庭成员" by its 家庭 (eval45 C13, an agent, heard 算 of
# the 零就业家庭 item; the list names "单亲抚养未成年人者")
GENERIC = {"家庭", "人员", "成员", "人者", "企业", "单位", "城镇", "人口"}


def _item(sentence: str, asked: set[str]) -> str:
    """The listed item the question names ("单亲抚养未成年人者" for "单亲妈妈") by a word of its own, not a shared one."""
    items = [x for x in re.split(r"[、，,；（）()]", sentence) if x]
    own = {p for p in asked if "的" not in p} - GENERIC
    best = max(items, key=lambda x: (len(own & pairs(x)), len(asked & pairs(x))), default="")
    return re.sub(r"^(?:范围包括|包括)", "", best) if own & pairs(best) else ""


# the words of asking about policy, not of the group asked about ("…到底有没有专门的扶持政策")
POLICY_TALK = pairs("到底有没有专门的扶持政策享受相关待遇补贴帮扶")


def verdict(sentence: str, term: str, about: str) -> str:
    """The yes/no line for "X算不算term", or "" when the sentence does not settle it."""
    about = in_text_words(about)
    asked = pairs(about) - pairs(term) - POLICY_TALK
    if not term or not asked or not (asked & pairs(sentence)):
        return ""
    if re.search(r"参照" + re.escape(term), sentence):
        # only a group the sentence lists before its 参照 ("刑满释放人员…算不算" shares no word with "…退役军人…劳动模范
        # …失地农民，参照…", eval63 FB08 heard 可以参照)
        if not ({p for p in asked if "的" not in p} - GENERIC) & pairs(sentence.split("参照")[0]):
            return ""
        return f"可以参照{term}享受相关政策：原文写明，符合下面这句所列条件的，参照{term}享受相关政策（以经办部门认定为准）。"
    item = _item(sentence, asked)
    if any(a in about and b in item and a not in item for a, b in OPPOSED):
        item = ""  # "退役军人算不算" is not "现役军人配偶随军后无工作的" by its 军人 (eval94 KB05 heard 算)
    if item and re.search(r"范围包括|包括|纳入", sentence):
        narrower = [q for q in QUALIFIER.findall(item) if q not in about]
        if narrower:  # "单亲家庭" against "单亲抚养未成年人者": only those the item's own words hold
            return f"要看是否符合原文所列的“{item}”：符合这一条的列入{term}范围，以经办部门认定为准。"
        return f"算。原文把“{item}”列入{term}范围（还须符合原文对{term}的说明，以经办部门认定为准）。"
    return ""


# words of a group that the item's word denies ("退役" is no "现役")
OPPOSED = (("退役", "现役"), ("退伍", "现役"), ("现役", "退役"), ("农村", "城镇"))
# an item's words that narrow the group asked about ("单亲家庭" → "单亲抚养未成年人者": 未成年)
QUALIFIER = re.compile(r"未成年|\d+年以[上内]|半年以上|一年以上|法定劳动年龄内|零就业|建档立卡|残疾")
VERDICT_LED = re.compile(
    r"^(?:可以参照\S+享受相关政策：|算。|要看是否符合原文所列的|原文列出的\S+范围里没有单列|收录的文件都没有提到“)"
)


def verdict_led(text: str) -> bool:
    """The answer opens with a verdict line of `verdict`."""
    return bool(VERDICT_LED.match(text or ""))


FILLERS = re.compile(
    r"^(?:那么|那|像|比如|我是|我|俺是|俺|咱|不清楚|不知道|不确定|不晓得|搞不清)|(?:的|呢|啊|吗|嘛|[?？!！。，,\s])+$"
)


# "刑满释放人员到底有没有专门的扶持政策？算不算…": the question about policy after the group named
POLICY_TAIL = re.compile(r"(?:到底|究竟)?(?:有没有|有无|还有没有|有什么|有啥).*$")


def group_asked(about: str, term: str) -> str:
    """The group "X算不算term" asks about, as said ("那高校毕业生算不算" → 高校毕业生), or "" when unclear; where the
    part asking names no group, the part before it ("刑满释放人员到底有没有专门的扶持政策？算不算就业困难人员")."""
    parts = [p for p in re.split(r"[，,。？?！!；;\s]+", in_text_words(about)) if p]
    asking = [i for i, p in enumerate(parts) if ASKS.search(p)]
    tried = [parts[i] for i in asking] + [POLICY_TAIL.sub("", parts[i - 1]) for i in asking if i > 0]
    for part in tried or [about or ""]:
        rest = FILLERS.sub("", ASKS.sub("", part.replace(term, "")).strip())
        rest = FILLERS.sub("", rest)
        if re.search(r"情况|这样|这种|那种|这类|我们|我家", rest):  # "我这种情况算不算": no group named
            return ""
        if 2 <= len(rest) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+", rest):
            return rest
    return ""


def not_listed(sentences: list[str], term: str, about: str) -> str:
    """ "那高校毕业生算不算" when the defining sentences and their list name nothing like it (eval8 F22): the
    list is what counts, so the group as such is not in it; whether this person falls under a listed item
    is for the office."""
    group = group_asked(about, term)
    asked = own_pairs(group)  # "刑满释放人员": its 人员 is every listed group's
    if not term or not group or not asked or any(asked & pairs(s) for s in sentences):
        return ""
    if not any(re.search(r"范围包括|包括", s) for s in sentences):
        return ""
    from answers.absent_terms import corpus_text

    # "刑满释放人员到底有没有专门的扶持政策" (eval63 FB08): a group no collected text names has no measure of its own there
    unnamed = f"收录的文件都没有提到“{group}”，没有针对他们的专门规定；" if group not in corpus_text() else ""
    return (
        f"{unnamed}原文列出的{term}范围里没有单列“{group}”：只有同时属于所列情形之一的，才按{term}对待"
        "（以经办部门认定为准）。"
    )
