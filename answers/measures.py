"""Which sentences of a clause belong to one measure, and which figure is that measure's.

A clause holds several measures ("…给予一次性就业创业服务补助。补助标准为：…200元/人…。对吸纳…的企业，
按2500元/人…"): a follow-up or a "how much" answer quotes the figure of the measure in play, never a
neighbour's, and never a target the government sets itself ("全市发放…总额达到800万元").
"""

from __future__ import annotations

import re

from answers import sentences as S
from knowledge.records import ClauseRecord, Sentence

# A figure the government sets itself ("2019年全市发放创业担保贷款总额达到800万元"): a target, not what
# a person or a firm receives; never the answer to "能贷多少".
# "…困难家庭毕业生实现当年100%就业" (eval70 MB11 heard it as the 见习 amount): an outcome aimed at, not paid
TARGET = re.compile(r"全市|全县|全省|总额达到|力争|目标|累计(?:发放|完成)|实现[^，。；]{0,6}\d+\s*[%％]\s*就业")


def is_target(text: str) -> bool:
    return bool(TARGET.search(S.compact(text))) and S.has_feature(text, "amount")


# A sentence opening a measure of its own ("对…的，给予…", "2019年1月1日至…，…", "从2019年1月1日起，…"):
# the sentences after one about a measure belong to that measure until one of these.
OPENS_MEASURE = re.compile(r"^(?:对|\d{4}年|从\d|自\d|各县|各市|鼓励|支持|加大|加强|落实|实施|推行|全面)")


def opens_measure(text: str) -> bool:
    return bool(OPENS_MEASURE.search(S.compact(text)))


def figure_of(rec: ClauseRecord, s: Sentence) -> Sentence | None:
    """The sentence giving the figure of the measure `s` states without one ("学徒每人每年的补贴标准原则上
    不低于4000元" after "…对开展学徒培训的企业按规定给予职业培训补贴"; "补助标准为：…200元/人…")."""
    return next((x for x in same_measure(rec, s) if a_figure(x)), None)


NAMED = re.compile(r"[\u4e00-\u9fff]{2,10}(?:补贴|补助|贷款|返还|贴息)")


def _named_measures(text: str) -> list[str]:
    """The measure names of a sentence, not one that only qualifies a group ("享受定期定量抚恤和生活补助的优抚对象", eval43 E01
    heard "原文没有写明受定期定量抚恤和生活补助的申请地点")."""
    return [_whole(text, m) for m in NAMED.finditer(text) if not text[m.end() : m.end() + 1] == "的"]


def _whole(text: str, m: re.Match[str]) -> str:
    """A name cut mid-phrase by the length bound ("经营困难且恢复有望企业稳岗返还" read as "难且恢复有望企业稳岗返还", eval62
    EB06) is said by its last four characters ("稳岗返还"), never from inside a word."""
    cut = m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and len(m.group(0)) == 12
    return m.group(0)[-4:] if cut else m.group(0)


def name(s: Sentence | None) -> str:
    """The measure a sentence states, in its own words ("家政服务业岗位补贴", "职业介绍补贴"); "" if none."""
    if s is None:
        return ""
    found = [
        re.split(
            r"给予|予以|享受|申请|发放|按规定|资金|落实|参照|人员|确保|调整|纳入|从|的|予|给|向|可|由|对|按|将|为|要", n
        )[-1]
        for n in _named_measures(S.compact(s.text))
    ]
    names = {n for n in found if len(n) >= 4}
    return names.pop() if len(names) == 1 else ""  # several measures in one sentence: none is "the" one


def same_measure(rec: ClauseRecord, cited: Sentence) -> list[Sentence]:
    """The sentences about the measure `cited` states: those following it until a sentence opens a
    measure of its own ("补助标准为：…200元/人…" after the 服务补助), and those naming it elsewhere
    (聊城 7. "将就业见习补贴标准提高至…60%" for the 见习 sentence). Never another measure's figure."""
    order = [s for s in rec.sentences if not S.is_heading(rec, s)]
    after = [s for s in order if s.index > cited.index]
    out: list[Sentence] = []
    for s in after:
        if opens_measure(s.text):
            break
        out.append(s)
    name_ = name(cited)
    for s in order:
        text = S.compact(s.text)
        if s.index != cited.index and s not in out and name_ and name_ in text and not text.startswith("对"):
            out.append(s)
    return out


def a_figure(s: Sentence) -> bool:
    """A sentence giving a figure someone receives (not a target)."""
    return S.has_feature(s.text, "amount") and not is_target(s.text)


# A sentence that states the period of a measure named elsewhere in its clause ("职业介绍补贴自2020年
# 2月4日起实施，有效期暂定3个月" after the sentence giving the 120元): the measure's name and period words.
MEASURE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:补贴|补助|贷款|返还|贴息)")
# a sentence stating a period: in words, or opening with its span ("2019年1月1日至2020年12月31日，对…给予生活费补贴": the
# next sentence "生活费补贴政策每人每年只享受1次…" is of the same measure, eval48 M12 heard it as 有效期未知 in 2026)
PERIOD_LINE = re.compile(
    r"起实施|实施期限|有效期|执行期限|^\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到)"
)


OWN_WINDOW = re.compile(r"疫情防控期间|疫情期间")


def period_partner(rec: ClauseRecord, s: Sentence) -> Sentence | None:
    """The sentence of `rec` stating the period of the measure `s` names, for a sentence stating none."""
    if s.validity is not None or OWN_WINDOW.search(s.text):
        # "…在疫情防控期间新招用员工…给予不超过1000元…" is bound to the epidemic, not to the next sentence's
        # "实施期限至2020年12月31日" (eval50 Q16 heard that date three times)
        return None
    text = S.compact(s.text)
    for p in rec.sentences:
        if p.index == s.index or p.validity is None or not PERIOD_LINE.search(p.text):
            continue
        if re.match(r"^[^，。；]{0,6}上述企业", p.text) and p.index != s.index + 1:
            # "上述企业的失业保险稳岗返还…延长至2020年12月31日" is the period of the firms of the sentence before it,
            # not of "加大失业保险稳岗返还，对…中小微企业" after it (eval67 JA12 heard that sentence "已到期")
            continue
        # the measure's name, or its last five characters or more ("再给予生活费补贴" names 生活费补贴; "培训补贴" is too wide)
        names = MEASURE.findall(S.compact(p.text))
        if any(len(n) >= 4 and n in text for n in names) or any(
            n[i:] in text for n in names for i in range(max(0, len(n) - 4))
        ):
            return p
    return None
