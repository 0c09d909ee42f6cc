""" "A和B能一起拿吗": the yes/no the rules' data gives, with the sentence that rules on it (12345 evaluation 6, A3).

"对同一个人，2500和那1000能一起拿吗" after the 庄河 enterprise's summary got the 12500元 summary again, twice, and
no answer. The two measures are the ones the person names — by their figure ("2500", "那1000") or their
words — among the measures of their conversation (those said in the last replies first); whether they
combine is knowledge/eligibility/combining.py: the same `pays_for` pairing the package totals by.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.dialogue_state import bot_messages_back
from actions.profile import evaluate, profile_from_slots
from actions.profile_facts import numeric_text
from answers import citations
from answers.models import Reply
from knowledge import regions
from knowledge.eligibility.combining import combining
from knowledge.eligibility.engine import default_engine

TOGETHER = re.compile(
    r"(?:一起|同时|一块儿?|都|叠加|兼)(?:能|可以|可)?(?:拿|领|享受|享|申请|申领|要)|能不能同时|(?:能|可以)叠加|兼得|重复(?:享受|领)|"
    r"(?:拿了|领了|享受了)[^，。？?]{2,24}(?:还能|能不能|可不可以)再?(?:拿|领|享受|申请)|冲突|冲不冲突"
)
# "按6个月失业金那个返还能和这个50%一起拿吗" (eval9 G34): a rate or a number of months its name carries
NAMED_BY = re.compile(r"(?<![\d.])(\d{3,6})(?![\d.%％个])|(?<![\d.])(\d{1,3})\s*[%％]|(?<![\d.])(\d{1,2})\s*个月")
RECENT = 3  # turns back: the measures the person has just read


def _said_recently(tracker: Tracker) -> str:
    out = []
    for event in bot_messages_back(tracker, RECENT):
        answer = ((event.get("data") or {}).get("custom") or {}).get("answer") or {}
        out.append(answer.get("text") or event.get("text") or "")
    return "\n".join(out)


def named(text: str, benefits: list[dict], recent: str) -> list[dict]:
    """The measures the message names, in its order: by a figure in the measure's name ("每人2500元"), the
    one just read first where several carry it (four measures of 大连 pay 1000元 a head)."""
    out: list[dict] = []
    for m in NAMED_BY.finditer(numeric_text(text)):
        carried = f"{m.group(1)}元" if m.group(1) else f"{m.group(2)}%" if m.group(2) else f"{m.group(3)}个月"
        have = [b for b in benefits if re.search(rf"(?<!\d){re.escape(carried)}", b["name"]) and b not in out] or [
            b  # "每人每年7800的扣税" (eval27 Y15): a figure of the measure's standard, not its name
            for b in benefits
            if re.search(rf"(?<!\d){re.escape(carried)}", (b.get("amount") or {}).get("text") or "") and b not in out
        ]
        read = [b for b in have if b["name"] in recent]
        pick = read or have
        if len(pick) > 1 and out:
            pick = _one_ruling(out[0], pick, recent)
        if len(pick) == 1:
            out.append(pick[0])
    return out


def _one_ruling(first: dict, pick: list[dict], recent: str) -> list[dict]:
    """ "2500和那1000": several 1000元 measures were read; those that share what they pay for with the 2500元
    one are the ones meant (each 1000元 for the same hires). Where all of them are ruled on by one sentence,
    the answer is the same for each, so the one read first is named; else the question stays open."""
    rulings = {b["benefit_id"]: combining(first["benefit_id"], b["benefit_id"]) for b in pick}
    ruled = [b for b in pick if rulings[b["benefit_id"]] is not None]
    said = {(how.base, (how.citation or {}).get("quote")) for how in (rulings[b["benefit_id"]] for b in ruled) if how}
    if len(said) != 1:
        return pick
    return sorted(ruled, key=lambda b: recent.find(b["name"]) if b["name"] in recent else len(recent))[:1]


# "稳岗返还拿了 招就业困难人员的社保补贴还能不能再拿" (eval17 O21 heard "…文件里没有…的规定"): measures
# named by their kind, each kind possibly several measures of the person's
KINDS = {
    "稳岗返还": "稳岗返还",
    "社保补贴": "社会保险补贴",
    "社会保险补贴": "社会保险补贴",
    "吸纳就业补贴": "吸纳就业补",
    "岗位补贴": "岗位补贴",
    "创业担保贷款": "创业担保贷款",
    "场地补贴": "场地补贴",
    "见习补贴": "见习补贴",
    "培训补贴": "培训补贴",
    "求职创业补贴": "求职创业补贴",
}


def _kinds(text: str, benefits: list[dict]) -> list[tuple[str, list[dict]]]:
    """The kinds of measure the message names, in its order, each with the person's measures of that kind."""
    said = sorted((text.find(w), w) for w in KINDS if w in text)
    out: list[tuple[str, list[dict]]] = []
    for _, word in said:
        if any(KINDS[word] == KINDS[w] for w, _ in out):
            continue
        out.append((word, [b for b in benefits if KINDS[word] in b["name"]]))
    return out


def _kinds_apart(text: str, benefits: list[dict]) -> Reply | None:
    """Two kinds named, every measure of one pays for something else than every measure of the other:
    the texts do not forbid both (the answer never promises either)."""
    kinds = _kinds(text, benefits)
    if len(kinds) != 2 or not all(found for _, found in kinds):
        return None
    (a, left), (b, right) = kinds
    if any(combining(x["benefit_id"], y["benefit_id"]) is not None for x in left for y in right):
        return None  # some pair is ruled on: which one is meant decides the answer
    return Reply(
        f"“{a}”和“{b}”用于不同事项，收录的文件没有规定二者不能同时享受；符合各自条件的，可以分别申请，"
        "以经办部门认定为准。",
        meta={"combining": "apart"},
    )


NOT_BOTH = re.compile(r"不可同时享受|不得重复享受|不重复享受|只能享受其中")


def _nearest_rule(a: dict, b: dict) -> str:
    """The sentence of either measure's clause that forbids two together, quoted for what it is (eval23 U15: the
    ruling read as invented; 大政发〔2020〕18号（九） says "对同一类人员的补助或补贴不可同时享受" of its own measures)."""
    from answers.sentences import record_of

    for cite in [*(a.get("citations") or [])[:1], *(b.get("citations") or [])[:1]]:
        rec = record_of(cite.get("clause_id") or "")
        said = next((x.text.strip() for x in rec.sentences if NOT_BOTH.search(x.text)), None) if rec else None
        if said:
            where = f"{cite.get('doc_number') or ''}{cite.get('clause_ref') or ''}"
            return f"{where}写明：“{said}”（该句是否也及于另一项，以经办部门认定为准）。"
    return ""


THESE_TWO = re.compile(r"这两|这俩|两个|两项|二者|俩")


def _named_before(tracker: Tracker, benefits: list[dict]) -> tuple[str, list[dict]] | None:
    """The person's latest earlier message naming two measures ("那个2500一个人的补贴和大学生的社保补贴…"), and them."""
    from actions.form_plan import said_so_far  # form_plan reads the eligibility engine through actions.profile

    recent = _said_recently(tracker)
    for earlier in reversed(said_so_far(tracker)[:-1]):
        pair = _pair(earlier, benefits, recent)
        if len(pair) == 2 or len(_kinds(earlier, benefits)) == 2:
            return earlier, pair
    return None


def _one_now_one_before(text: str, tracker: Tracker, benefits: list[dict]) -> tuple[str, list[dict]] | None:
    from actions.form_plan import said_so_far

    now = _kinds(text, benefits)
    if len(now) != 1:
        return None
    for earlier in reversed(said_so_far(tracker)[:-1]):
        before = [k for k in _kinds(earlier, benefits) if KINDS[k[0]] != KINDS[now[0][0]]]
        if before:
            joined = f"{earlier} {text}"
            return joined, _pair(joined, benefits, _said_recently(tracker))
    return None


# the group a kind of measure is for, as said ("大学生的社保补贴") and as its name writes it
GROUP_SAID = (
    (r"大学生|毕业生|应届", "毕业"),
    (r"就业困难|困难人员", "就业困难"),
    (r"残疾", "残疾"),
    (r"灵活就业", "灵活就业"),
)


def _pair(text: str, benefits: list[dict], recent: str) -> list[dict]:
    """The two measures named: by figures, or one by its figure and the other by its kind and group ("那个2500一个人
    的补贴和大学生的社保补贴": 2500元 and 毕业生's 社会保险补贴)."""
    pair = named(text, benefits, recent)
    if len(pair) != 1:
        return pair
    for _, found in _kinds(text, benefits):
        left = [b for b in found if b not in pair]
        for said, written in GROUP_SAID:
            if re.search(said, text):
                left = [b for b in left if written in b["name"]] or left
        if len(left) == 1:
            return pair + left
    return pair


# one measure named by the document or the level that sets it ("18号和9号的吸纳就业补贴", "市里2500那个和省里那个")
DOC_SHORT = re.compile(r"(?<![\d月日.])(\d{1,3})\s*号(?!线)")
LEVELS = ((re.compile(r"省里|省的|省级|省政府|全省"), 1), (re.compile(r"市里|市的|市级|市政府|我们市|本市"), 2))


def _documents_said(text: str, benefits: list[dict]) -> list[set[str]]:
    """The measures of each document or level the message names, in its order (a document by its short number: "18号",
    "9号"; a level: "省里" the province's, "市里" a city's)."""
    found: list[tuple[int, set[str]]] = []
    for m in DOC_SHORT.finditer(text):
        ids = {
            b["benefit_id"]
            for b in benefits
            if any(
                re.search(rf"〔\d{{4}}〕{m.group(1)}号$", c.get("doc_number") or "") for c in b.get("citations") or []
            )
        }
        if ids:
            found.append((m.start(), ids))
    for pattern, depth in LEVELS:
        m = pattern.search(text)
        if m:
            ids = {
                b["benefit_id"]
                for b in benefits
                if (len(regions.ancestors(b.get("jurisdiction") or "")) > 1) == (depth > 1)
            }
            found.append((m.start(), ids))
    return [ids for _, ids in sorted(found, key=lambda x: x[0])]


def _by_documents(text: str, benefits: list[dict], pair: list[dict]) -> list[dict]:
    """Two measures of one kind, one from each document or level named ("18号和9号的吸纳就业补贴能叠加吗", eval103 TB05
    heard the 2000/1000元 sentences three times): of the pairs across the two, the one whose names share the most."""
    from answers.in_force_first import longest_shared

    said = _documents_said(text, benefits)
    if len(said) != 2 or not said[0] or not said[1] or said[0] == said[1]:
        return pair
    kinds = [found for _, found in _kinds(text, benefits)]
    pool = {b["benefit_id"]: b for b in (kinds[0] if kinds else pair) + pair}
    if not pool:
        return pair
    left = [b for b in benefits if b["benefit_id"] in said[0] and (b["benefit_id"] in pool or not kinds and not pair)]
    right = [b for b in benefits if b["benefit_id"] in said[1] and b["benefit_id"] not in said[0]]
    if pair:  # the one named by its figure is on its own side; the other side's is the nearest in name
        own = pair[0]
        left, right = (
            ([own], right) if own["benefit_id"] in said[0] else ([own], left if own["benefit_id"] in said[1] else [])
        )
    else:
        right = [b for b in right if b["benefit_id"] in pool]
    scored = sorted(
        ((len(longest_shared(x["name"], y["name"])), x, y) for x in left for y in right if x is not y),
        key=lambda t: -t[0],
    )
    if not scored or scored[0][0] < 8 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return pair
    return [scored[0][1], scored[0][2]]


def _benefits(profile: dict, as_of: date) -> list[dict]:
    """The measures of the conversation; for one who has not said who asks (a hotline agent's "18号和9号的…能叠加吗"),
    those of a person and of an employer alike."""
    kinds = (
        [profile]
        if profile.get("applicant_type")
        else [{**profile, "applicant_type": t} for t in ("enterprise", "person")]
    )
    seen: dict[str, dict] = {}
    for p in kinds:
        for b in evaluate(p, as_of)["benefits"]:
            if b["status"] != "not_eligible":
                seen.setdefault(b["benefit_id"], b)
    return list(seen.values())


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The answer to "能一起拿吗" about two measures of the conversation, or None (not that question)."""
    if not TOGETHER.search(text or ""):
        return None
    profile = profile_from_slots(tracker.slots)
    if not profile.get("applicant_type") and len(_documents_said(text, _benefits(profile, as_of))) != 2:
        return None
    benefits = _benefits(profile, as_of)
    pair = _by_documents(text, benefits, _pair(text, benefits, _said_recently(tracker)))
    if not pair and THESE_TWO.search(text) and len(_kinds(text, benefits)) < 2:
        # "这两个能不能一起拿" (eval19 Q15 heard "能。" on the 2500 alone): the two named in an earlier message; "那稳岗
        # 返还呢？俩能一块拿吗" after "一次性吸纳就业补贴能给多少" (eval21 S02): one named now, one before
        text, pair = _named_before(tracker, benefits) or _one_now_one_before(text, tracker, benefits) or (text, pair)
    if len(pair) != 2:
        return _kinds_apart(text, benefits) if not pair else None
    return _verdict(pair[0], pair[1])


def across_documents(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The answer to "能一起拿吗" of two documents or levels named, before the message is read as naming one document."""
    if not TOGETHER.search(text or ""):
        return None
    benefits = _benefits(profile_from_slots(tracker.slots), as_of)
    if len(_documents_said(text, benefits)) != 2:
        return None
    return reply(text, tracker, as_of)


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    """The first reply of "听说有个每人每年7800的扣税，还有个2500的吸纳补贴，这俩能一起享受吗" (eval27 Y15 heard the
    measures and a question, and never the answer) with that answer before the measures."""
    if first is None or not TOGETHER.search(text or "") or not profile.get("applicant_type"):
        return first
    benefits = [b for b in evaluate(profile, as_of)["benefits"] if b["status"] != "not_eligible"]
    pair = _pair(text, benefits, "")
    if len(pair) != 2:
        return first
    said = _verdict(pair[0], pair[1])
    return Reply(f"{said.text}\n{first.text}", said.citations + first.citations, first.buttons, first.meta)


def _two_levels(a: dict, b: dict) -> bool:
    """The same measure in the province's text and the city's (辽政发〔2020〕9号（一） and 大政发〔2020〕18号（三）: both
    the 100% 稳岗返还): the city carries the province's out; eval28 Z15 was told they could be applied for separately."""
    from answers.in_force_first import longest_shared

    ja, jb = a.get("jurisdiction") or "", b.get("jurisdiction") or ""
    if not ja or not jb or ja == jb or not (regions.covers(ja, jb) or regions.covers(jb, ja)):
        return False
    plain = [re.sub(r"（.*?）|[^\u4e00-\u9fff]", "", x["name"]) for x in (a, b)]
    # the same basis too ("100%" in both, "6个月" in both): 中小微企业's 100% is not 困难企业's 6个月
    basis = [set(re.findall(r"\d+(?:%|个月)", x["name"])) for x in (a, b)]
    # and the same measure noun ending the name (稳岗返还, 费率), not "…社会保险费返还" beside "…稳岗返还"
    return len(longest_shared(*plain)) >= 4 and bool(basis[0] & basis[1]) and plain[0][-4:] == plain[1][-4:]


def _carried_out(a: dict, b: dict) -> Reply | None:
    """One measure's rule says it replaces the other's (大连's 2500元 sets the standard 辽政发（十） leaves to each city,
    "具体标准由各市政府确定"): one measure, the place's standard, quoted with the sentence leaving it to the place."""
    engine = default_engine()
    for lower, upper in ((a, b), (b, a)):
        rule = engine.by_id.get(lower["benefit_id"])
        said = next((s for s in (rule.supersedes if rule else []) if s.rule == upper["benefit_id"]), None)
        if said is None:
            continue
        cite = engine.citation(said.clause_id, said.quote) if said.clause_id and said.quote else None
        reason = (said.reason or "").rstrip("。")
        where = f"（依据：{citations.where(cite)}“{said.quote}”）" if cite and said.quote not in reason else ""
        return Reply(
            f"不能各拿一份：“{upper['name']}”（{upper['jurisdiction']}）和“{lower['name']}”（{lower['jurisdiction']}）"
            f"是同一项政策：{reason}{where}。只按当地的标准享受一次，以经办部门认定为准。",
            [cite] if cite else [],
            meta={"combining": "same"},
        )
    return None


def _verdict(a: dict, b: dict) -> Reply:
    carried = _carried_out(a, b)
    if carried is not None:
        return carried
    if _two_levels(a, b):
        upper, lower = (a, b) if regions.covers(a.get("jurisdiction") or "", b.get("jurisdiction") or "") else (b, a)
        return Reply(
            f"“{upper['name']}”（{upper['jurisdiction']}）和“{lower['name']}”（{lower['jurisdiction']}）是同一项政策："
            f"{upper['jurisdiction']}的文件定标准，{lower['jurisdiction']}的文件在当地落实，是一项，不能各享受一次；"
            "以经办部门认定为准。",
            meta={"combining": "same"},
        )
    names = f"“{a['name']}”和“{b['name']}”"
    how = combining(a["benefit_id"], b["benefit_id"])
    if how is None:
        return Reply(
            f"{names}用于不同事项，原文没有规定二者不能同时享受；符合各自条件的，可以分别申请，以经办部门认定为准。",
            meta={"combining": "apart"},
        )
    who = "同一个人" if how.per_person else "同一事项"
    if how.citation is None:  # the text is silent: never promised as both
        first = f"{who}不重复享受。{names}都用于{how.base}；{how.ruling}。{_nearest_rule(a, b)}"
    else:
        first = f"不能同时享受。{names}都用于{how.base}，{citations.where(how.citation)}规定：“{how.citation['quote']}”"
    rest = (
        "同一个人只能领其中一项；不同的人按各自符合的一项分别申领，以经办部门认定为准。"
        if how.per_person
        else "只能选其中一项申领，以经办部门认定为准。"
    )
    source = next(
        (c for c in a.get("citations", []) if how.citation and c["clause_id"] == how.citation["clause_id"]), None
    )
    cites = (
        [citations.from_benefit(a, {**(source or how.citation), "quote": how.citation["quote"]})]
        if how.citation
        else []
    )
    return Reply(f"{first}\n{rest}", cites, meta={"combining": "no"})
