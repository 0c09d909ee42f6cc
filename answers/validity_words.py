"""Validity in words relative to an as-of date.

The status itself is computed below (knowledge.validity / eligibility.periods); this module only
says it. An expired measure is said to be expired, and one whose text states no end is never
called current. The words are those of the sentence quoted (`own`): a clause holds measures with
different periods, and a quote is answered with its own period, never with a neighbour's.

Who to ask: a unit only when the quoted sentence itself names it; otherwise 12345, which routes the
call (the first unit of a long list is not "the" department).
"""

from __future__ import annotations

import re
from datetime import date

from answers.contact import HOTLINE_NAME
from answers.dates import cn_date
from knowledge.records import ClauseRecord, Sentence, Validity
from knowledge.validity import claim_sentence, describe, part_periods

BADGE = {"active": "现行", "expired": "已到期", "not_started": "未开始", "unknown": "有效期未知"}
NO_PERIOD = "原文未载明实施期限"
# A period the text ties to the epidemic ("疫情防控期间", "疫情期间", "疫情解除后3个月内") and
# never dates: its validity is unknown, and it is never called current without saying so.
EPIDEMIC_PERIOD = ("疫情防控期间", "疫情期间", "疫情解除后", "疫情结束后")
EPIDEMIC = "期限与疫情防控期间挂钩，原文未载明截止日期"
# A measure whose dates are conditions on the event (knowledge/event_windows.py): its window is said,
# and no claiming deadline is invented ("3月10日前复工" is not "已于3月10日到期").
NO_CLAIM_PERIOD = "原文未载明申请期限"
# "补助标准为：累计推荐成功上岗人数20人…" states the standard of the measure just before it, not a measure
# of its own: it takes that measure's period (eval5 E03: not "原文未载明实施期限" beside "与疫情防控期间挂钩").
STANDARD_OF_PREVIOUS = re.compile(r"^[\u4e00-\u9fff]{0,4}标准为[:：]?")
# "对为上述企业提供职业介绍…" (eval9 G33): a sentence about the firms of the one before lives by its period
OF_PREVIOUS = re.compile(r"^[^，。；]{0,6}上述企业")


def epidemic_bound(validity: dict) -> bool:
    """The measure's period is the epidemic's, with no stated end (status unknown)."""
    if validity.get("status", "unknown") != "unknown" or validity.get("end"):
        return False
    said = f"{validity.get('quote') or ''}{validity.get('basis') or ''}"
    return validity.get("kind") == "event_bound" and any(w in said for w in EPIDEMIC_PERIOD)


def badge(validity: dict) -> str:
    """The short label a card shows (never by colour alone)."""
    label = BADGE.get(validity.get("status", "unknown"), "有效期未知")
    if validity.get("window_closed"):
        return f"享受条件的期间已于{cn_date(validity['window_closed'])}结束"
    if validity.get("window") and validity.get("status", "unknown") == "unknown":
        # the event's period said beside it (eval9 G02: 凌源's 安家补助 today read only "原文未载明申请期限", never
        # that it is for those who came between 2017-09-01 and 2020-08-30)
        return (
            f"{claim_words(validity)}（{validity['window_badge']}）"
            if validity.get("window_badge")
            else claim_words(validity)
        )
    if validity.get("window") and validity.get("status") == "active" and not validity.get("end"):
        return f"{label}（{validity.get('window_badge') or validity['window']}）"  # eval6 E04
    if epidemic_bound(validity):
        return "有效期未知（与疫情防控期间挂钩）"
    if validity.get("status") in ("active", "expired") and validity.get("end") and validity.get("window_badge"):
        # "已到期（至2024年11月30日）" read as a date the text never writes (eval74 QA01): the window and the years
        # after it that give that last day
        return f"{label}（{validity['window_badge']}，最晚至{cn_date(validity['end'])}）"
    extended = validity.get("amended_by") or {}
    if validity.get("status") in ("active", "expired") and validity.get("end") and extended.get("kind") == "extend":
        # "原文不是写的2019年1月1日至12月31日吗 你咋写到2020年底" (eval107 XB03, an officer): the later text that extended it
        by = extended_by(extended.get("clause_id") or "")
        return f"{label}（至{cn_date(validity['end'])}{f'，经{by}延长' if by else ''}）"
    if validity.get("status") in ("active", "expired") and validity.get("end"):
        return f"{label}（至{cn_date(validity['end'])}）"
    if validity.get("status") == "not_started" and validity.get("start"):
        return f"{label}（{not_yet(validity)}）"
    if validity.get("status") == "unknown" and validity.get("start") and validity.get("kind") in ("none", "open_ended"):
        # started on the day asked, no end stated: said so, never "现行" (eval6 E14: 辽政发〔2020〕9号（十四）
        # on 2020-06-15 read only "有效期未知", as if it might not have begun)
        start = cn_date(validity["start"])
        if validity.get("start_is_issue_date"):
            return f"{label}（{start}印发，未载明施行和截止日期）"
        return f"{label}（自{start}起实施，未载明截止日期）"
    return label


def since_years(years: list[int]) -> str:
    """ "自2019年起", "分别自2017年、2020年起": the start years of open-ended measures, each its own."""
    return f"自{years[0]}年起" if len(years) == 1 else "分别自" + "、".join(f"{y}年" for y in years) + "起"


OLD_YEARS = 3  # an open-ended measure this many years after its start is not said as today's without a warning


def open_since(validity: dict, as_of: date) -> date | None:
    """The start of a measure with no stated end that began OLD_YEARS or more before the day asked (a 2017 text
    asked about in 2026), else None: its standard is the text's, never said as what is paid today."""
    if validity.get("status", "unknown") != "unknown" or not validity.get("start") or validity.get("end"):
        return None
    start = date.fromisoformat(str(validity["start"])[:10])
    return start if (as_of - start).days >= OLD_YEARS * 365 else None


def not_yet(validity: dict) -> str:
    """Why a measure has not started, the same in every turn: "文件2020年6月30日印发，自该日起实施"
    where its start is its document's issue date, else the start its text states."""
    start = cn_date(validity["start"])
    return f"文件{start}印发，自该日起实施" if validity.get("start_is_issue_date") else f"自{start}起实施"


def began(validity: dict, unsaid: str = "截止日期") -> str:
    """ "出自2020年6月30日印发的文件，原文未载明施行日期和截止日期" where the text states no start of its own, else
    "自…起实施，原文未载明截止日期". The engine counts such a measure from its issue date, but no text says
    "自印发之日起施行": eval44 D13 read "自2020年6月30日起实施" and eval46 (N13–N24) "自…印发之日起实施" as words the
    document gives."""
    start = cn_date(validity["start"])
    if validity.get("start_is_issue_date"):
        return f"出自{start}印发的文件（未写施行日期），原文未载明{unsaid}"
    return f"自{start}起实施，原文未载明{unsaid}"


def extended_by(clause_id: str) -> str:
    """ "辽政发〔2020〕9号（一）": the document number and clause of a later text that changed a period."""
    from answers.sentences import record_of  # sentences imports this module
    from knowledge.registry import documents

    rec = record_of(clause_id)
    doc = documents().get(rec.doc_id) if rec is not None else None
    return f"{doc.doc_number or doc.display_title}{rec.clause_label}" if doc is not None and rec is not None else ""


AMENDED = {
    "extend": "实施期限延长至{end}",
    "suspend": "停止执行（执行至{end}）",
    "replace": "改按新规定执行（原规定执行至{end}）",
}


def amended_words(a: dict) -> str:
    """Which later text changed the period of which measures of a clause, in its own words:
    "（本条中该文所列措施经辽政发〔2020〕9号一、（一）实施期限延长至2020年12月31日：“…”）". The
    amending text names the measures it extends; the clause's other sentences keep their own period."""
    what = AMENDED.get(a.get("kind", "extend"), AMENDED["extend"]).format(end=cn_date(a["end"]))
    said = f"：“{a['quote'].strip()}”" if a.get("quote") else ""
    return f"（本条中该文所列措施经{a['by']}{what}{said}）"


def amendments_on(amended_by: list[dict], as_of: date) -> list[dict]:
    """The later texts' changes that exist on `as_of`: a change counts from its text's own issue
    date (`since`), never before it (eval6 E11: a 2020 extension was said on 2019-06-01)."""
    return [a for a in amended_by or [] if a.get("since") and date.fromisoformat(a["since"]) <= as_of]


def own(rec: ClauseRecord, s: Sentence | None, as_of: date) -> dict:
    """The contract's validity object for one quoted sentence: its own period; a sentence that
    states none is in force from its document's issue date with no stated end (status unknown)."""
    if (
        s is not None
        and s.validity is None
        and (STANDARD_OF_PREVIOUS.match(s.text.strip()) or OF_PREVIOUS.match(s.text))
    ):
        before = next((p for p in rec.sentences if p.index == s.index - 1), None)
        if before is not None:
            return own(rec, before, as_of)
    if s is not None and s.validity is None:
        # "对暂时生产经营困难…的参保企业…" then "上述企业的…实施期限均延长至2020年12月31日" (eval9 G29): the period
        # the next sentence gives "上述企业" is this sentence's
        after = next((p for p in rec.sentences if p.index == s.index + 1), None)
        if after is not None and after.validity is not None and OF_PREVIOUS.match(after.text):
            return own(rec, after, as_of)
    issued = False
    if s is not None and s.validity is not None:
        v = s.validity
        if v.start is None and rec.issued is not None and not (v.end and v.end < rec.issued):
            # a text changes nothing before it is issued; but a period that ran out before the text (2020年一季度 in a
            # text of 2020-06-30) gets no start after its end (eval45 C24's card read "2020-06-30至2020-03-31")
            v, issued = (
                v.model_copy(update={"start": rec.issued, "basis": f"{v.basis}（起始日期按文件印发日期计）"}),
                True,
            )
    elif s is not None and any(w in s.text.split("；")[0] for w in EPIDEMIC_PERIOD):
        # the epidemic in the sentence's first part, which holds its measure: "…开展免费职业技能提升培训；…；重点做好疫情
        # 防控期间中小微企业职业技能培训" is not tied to the epidemic by its last part (eval67 JA11 heard the free training so)
        v = Validity(start=rec.issued, kind="event_bound", basis=f"本句以疫情期间为期，{NO_PERIOD}")
    else:
        v = Validity(start=rec.issued, kind="none", basis=f"本句{NO_PERIOD}")
    out = {**describe(v, as_of), "kind": v.kind}
    parts = part_periods(s.text) if s is not None and s.validity is not None and not v.changes else []
    if parts and out["status"] != "not_started":  # before it starts, one start is said for the whole sentence
        out["parts"] = [{"said": said, **describe(pv, as_of), "kind": pv.kind} for said, pv in parts]
    if v.window_badge:
        out["window_badge"] = v.window_badge
    if v.window and v.window_end and as_of > v.window_end and out["status"] == "unknown":
        # "春节期间（截至2020年2月9日）开工的…" asked in 2026 (eval33 W19 read "原文未载明申请期限" under "现在还能申请"):
        # the period the event had to fall in is over, whatever the claiming deadline
        out["window_closed"] = v.window_end.isoformat()
    if s is None or s.validity is None or issued:
        out["start_is_issue_date"] = True
    if rec.issued is not None and as_of < rec.issued and out.get("status") in ("active", "unknown"):
        # "2020年2月起…" in a notice of 2020-03-11, asked on 2020-03-01 (eval47 R22 heard it "自2020年2月1日起实施"):
        # nothing of a text is in force before the text exists
        out.update(status="not_started", start=rec.issued.isoformat(), start_is_issue_date=True)
    claim = claim_sentence([p.text for p in rec.sentences]) if v.window else None
    if claim:
        out["claim"] = claim
    return {**out, "window": v.window} if v.window else out


def claim_words(validity: dict) -> str:
    claim = validity.get("claim")
    return f"原文写明“{claim.rstrip('。')}”" if claim else NO_CLAIM_PERIOD


def period(validity: dict) -> str:
    """The period alone: "实施期限至2020年12月31日", "自2019年1月1日起实施，未载明截止日期"."""
    start, end, kind = validity.get("start"), validity.get("end"), validity.get("kind")
    if validity.get("window_closed"):
        # "该期间已于…结束" beside "3年是每名招用人员的享受期" (eval58 B13) read as if the 3 years had ended: what
        # closed is the time the event had to fall in, and what follows from it
        closed = cn_date(validity["window_closed"])
        return f"{validity['window']}；这一时间条件已于{closed}截止，此后才发生的不能享受；{claim_words(validity)}"
    if validity.get("window") and validity.get("status", "unknown") == "unknown":
        return f"{validity['window']}；{claim_words(validity)}"
    if validity.get("window") and end:  # even an event on the window's last day: its period ended then
        return f"{validity['window']}；即使在期限最后一天发生，享受期也至{cn_date(end)}为止"
    if end:
        since = f"自{cn_date(start)}起，" if start and validity.get("status") == "not_started" else ""
        return f"{since}实施期限至{cn_date(end)}"
    if kind == "open_ended" and start:
        return began(validity)
    if epidemic_bound(validity):
        return EPIDEMIC
    if kind == "event_bound":
        return "原文未载明固定的截止日期（期限按事件计算）"
    return NO_PERIOD


def status_words(validity: dict, as_of: date) -> str:
    """ "实施期限至2020年12月31日，已到期（按2026年11月22日计）" and the like; a sentence whose parts have their
    own terms says each part's ("第一句中“免征期限不超过5个月”…；“减征期限不超过3个月”…")."""
    if validity.get("parts"):
        return "中" + "，".join(
            f"“{p['said']}”的{status_words({**p, 'parts': None}, as_of)}" for p in validity["parts"]
        )
    status, day = validity.get("status", "unknown"), cn_date(as_of)
    if status == "expired":
        return f"{period(validity)}，已到期（按{day}计）"
    if status == "active" and validity.get("window") and not validity.get("end"):
        return f"{validity['window']}；按{day}计仍在该期间内，申请期限以经办部门认定为准"
    if status == "active":
        return f"{period(validity)}，按{day}计仍在实施期内" if validity.get("end") else f"按{day}计在实施期内"
    if status == "not_started":
        return f"{not_yet(validity)}，按{day}计尚未实施"
    old = aged(validity, as_of)
    if epidemic_bound(validity):
        if validity.get("window"):  # its dates are conditions (大政发〔2020〕18号（九）"春节期间（截至2020年2月9日）")
            return (
                f"{period(validity)}，以经办部门认定为准；申请时间与疫情防控期间挂钩{old}，是否仍在执行需经办部门确认"
            )
        return f"有效期未知：{EPIDEMIC}{old}，是否仍在执行需经办部门确认，以经办部门认定为准"
    if validity.get("window"):
        return f"{period(validity)}，以经办部门认定为准"
    if validity.get("kind") == "none" and validity.get("start"):
        # as its badge says it (eval6 E14): begun, no end stated — never as if it might not have begun
        return f"{began(validity, '实施期限')}{old}，是否仍在执行需经办部门确认"
    return f"{period(validity)}{old}，是否仍在执行需经办部门确认"


def aged(validity: dict, as_of: date) -> str:
    """ "，至今已逾6年" for a measure with no stated end asked about years after its start (eval29 P12, P24: a 2020
    epidemic-period measure asked about in 2026 read like one that may well still run)."""
    start = open_since(validity, as_of) if not validity.get("window") else None
    if start is None and validity.get("start") and not validity.get("end"):
        begun = date.fromisoformat(str(validity["start"])[:10])
        start = begun if (as_of - begun).days >= OLD_YEARS * 365 else None
    return (
        f"，至今已逾{as_of.year - start.year - (1 if (as_of.month, as_of.day) < (start.month, start.day) else 0)}年"
        if start
        else ""
    )


def own_period_words(own: dict, validity: dict, as_of: date) -> str:
    """The person's own benefit period (engine `own_period`), said apart from the measure's validity
    and as a condition of it: "如该项仍执行，按您说的日期，享受期为2026年9月1日至2028年8月31日（原文：
    “补贴期限最长不超过2年”）…；这是您本人的享受期，不是该项规定的实施期限". eval6 E25: a 2017 text with
    no stated period was said "实施期限至2028年8月31日" from the person's own 24 months."""
    start, end, day = cn_date(own["start"]), cn_date(own["end"]), cn_date(as_of)
    said = f"（原文：“{own['quote']}”）" if own.get("quote") else ""
    if own["status"] == "not_started":
        now = f"享受期自{start}起{said}，按{day}计尚未开始"
    else:
        ended = f"已于{end}届满（按{day}计）" if own["status"] == "expired" else f"按{day}计在享受期内"
        now = f"享受期为{start}至{end}{said}，{ended}"
    if_still = "" if validity.get("status") == "active" else "如该项仍执行，"
    return f"{if_still}按您说的日期，{now}；这是您本人的享受期，不是该项规定的实施期限。"


def ask(unit: str | None = None) -> str:
    if unit is not None and not isinstance(unit, str):  # a list of units is never "the one to ask"
        raise TypeError(f"ask(unit) takes one unit's name, got {type(unit).__name__}")
    if unit:
        return f"具体可向{unit}咨询，或拨打{HOTLINE_NAME}。"
    return f"具体办理和现行政策请拨打{HOTLINE_NAME}，由热线转相关部门。"


def sentence(validity: dict, as_of: date, unit: str | None = None, with_ask: bool = True) -> str:
    """One sentence: "该项规定实施期限至2020年12月31日，已到期（按2026年11月22日计）。具体…12345…".
    `with_ask=False` (a list of benefits says 12345 once, at its end) keeps only a unit the text names."""
    tail = ask(unit) if with_ask or unit else ""
    return f"该项规定{status_words(validity, as_of)}。{tail}"


ORDER = "一二三四五六七八九十"


def per_quote(validities: list[dict], as_of: date, unit: str | None = None) -> str:
    """Each quoted sentence's own period; one sentence when they agree; sentences saying the same
    are named together ("第一、三句…；第二句…")."""
    said = [status_words(v, as_of) for v in validities]
    if len(set(said)) <= 1:
        return sentence(validities[0], as_of, unit) if validities else ask(unit)
    groups: dict[str, list[int]] = {}
    for i, w in enumerate(said):
        groups.setdefault(w, []).append(i)
    name = (lambda i: ORDER[i]) if len(said) <= len(ORDER) else (lambda i: str(i + 1))
    parts = [f"第{'、'.join(name(i) for i in idx)}句{w}" for w, idx in groups.items()]
    return f"所引各句期限不同：{'；'.join(parts)}。{ask(unit)}"


# a question about the epidemic years themselves: their measures are what it asks of
EPIDEMIC_ASKED = re.compile(r"疫情|防疫|新冠|肺炎|口罩|防护服|消毒|核酸|隔离|复工")


def epidemic_long_past(validity: dict, as_of) -> bool:
    """A measure bound to "疫情防控期间" itself (not a window of its event) asked about years after its text."""
    return epidemic_bound(validity) and long_after_epidemic(validity, as_of)


def long_after_epidemic(validity: dict, as_of) -> bool:
    """A measure of "疫情防控期间" (no stated end) asked about years after its text: its facts are not asked (eval21
    S08, eval22 T07 were asked in 2026 whether they were 疫情防控重点保障企业, and T07 heard a sum). Ruling: it stays
    listed with its badge; whether it still runs is the office's to say, never worked into money here."""
    # a window of 2020 (复工 before 2020-03-10, 春节期间) asked about years later: the same (eval30 Q12, a restaurant
    # opened in 2023, was asked on 2026-12-05 when it reopened in 2020)
    windowed = bool(validity.get("window")) and validity.get("status", "unknown") == "unknown"
    if not as_of or not validity.get("start") or not (epidemic_bound(validity) or windowed):
        return False
    day = as_of if isinstance(as_of, date) else date.fromisoformat(str(as_of)[:10])
    return (day - date.fromisoformat(str(validity["start"])[:10])).days >= OLD_YEARS * 365


THIS_YEAR = re.compile(r"今年|本年|这一年")


def ended_this_year(v: dict, text: str, as_of: date) -> list[str]:
    """ "社保单位那部分今年能不能免" on 2020-08-10 (eval93 JA02 heard a bare 不能): the exemption ran from February to
    June of the year asked; "不能" is of now, and those months were inside it."""
    start, end = v.get("start"), v.get("end")
    if not (THIS_YEAR.search(text or "") and start and end and str(start)[:4] == str(end)[:4] == str(as_of.year)):
        return []
    return [
        f"这是说现在：这一项的期间是{cn_date(date.fromisoformat(str(start)[:10]))}至"
        f"{cn_date(date.fromisoformat(str(end)[:10]))}，已过；今年这段期间内的，在其范围之内，已缴的能否退还或抵扣以经办部门认定为准。"
    ]
