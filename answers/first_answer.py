"""Answer first, then ask: the measures a question is about, cited, before any question is asked.

A hotline agent names the measures first ("大连招应届生：一次性吸纳就业补贴每人2500元，依据…"), then
offers to work out what this caller gets. The list is short (the most relevant first), each with its
standard, document and clause, and its validity on the evaluation date; measures not in force on
that date are marked so (“已到期”) and never asked about. A broader measure that a listed local one
replaces (辽宁's 续领失业金 beside 大连's) is not listed twice; a phone screen holds the list, so a
document is named by its number (the card and the full answer give the title).
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, figure_quote, validity_words
from answers.benefit_answer import amount_words
from answers.dates import cn_date
from answers.departments import departments_text
from answers.models import Reply, button
from answers.validity_words import badge
from knowledge import regions

SHOWN = 3
QUOTE_CHARS = 120  # a quote of the short list: about three lines of a phone screen
NOT_IN_FORCE = ("expired", "not_started")
PLACE_FIRST = "place_first"  # the reply asked the place before listing (actions/place_first.py)


def in_force(benefit: dict) -> bool:
    return (benefit.get("validity") or {}).get("status") not in NOT_IN_FORCE


def _standard(benefit: dict) -> str:
    words = amount_words(benefit)
    if not in_force(benefit):  # ended or not begun: the standard it states, no sum for the people said (eval18
        return words.split("；")[
            0
        ]  # P09, 2026: "已到期（至2020年12月31日）" beside "…至少5000元" for next month's hires)
    # the rule's standard, not the formula waiting for the person's facts; the figure the facts said already
    # settle is kept ("按已知情况计算，最多28000元（按实际支出）")
    head, _, rest = words.partition("；按")
    known = re.match(
        r"(?:已知|已确定符合的)(?:人数|情况)计算，[^：；（]*(?:最高|最多)[\d.]+元(?:（按实际支出）)?", rest
    )
    return f"{head}；按{known.group()}" if known else head


def measure_lines(benefit: dict, index: int, worked: str = "", unplaced: bool = False) -> tuple[list[str], dict | None]:
    """`unplaced`: the person's place is not known yet, so each measure says where it applies (eval17 O17, a
    大连 firm typing "大廉", read 凌源's 见习 rates as if they were its own)."""
    standard = _standard(benefit)
    where = benefit.get("jurisdiction") or ""
    only = f"（仅适用于{where}）" if unplaced and where and where[:2] not in benefit["name"] else ""
    lines = [f"{index}. {benefit['name']}{only}（{badge(benefit.get('validity') or {})}）", f"   标准：{standard}"]
    if worked:  # the person's own figures in the formula ("3月干到6月底…一共能领多少": 600元/月 × 4个月)
        lines.append(f"   {worked}")
    # the measure's own sentence and the one with the figure the 标准 line names, whole or by its clauses: the
    # full text is in the card
    shown = figure_quote.shown_quote(benefit, standard, QUOTE_CHARS)
    cite = citations.from_benefit(benefit, shown[0]) if shown else None
    if shown and cite:
        name = cite.get("doc_number") or citations.doc_name(cite)
        said = "".join(f"“{q}”" for q in shown[1])
        lines.append(f"   依据：{name}{citations.label_words(cite)}：{said}")
    lines.append(f"   责任单位：{departments_text(benefit.get('departments', []), limit=2)}")
    return lines, cite


def places_apart(shown: list[dict]) -> list[str]:
    """The places of the listed measures that neither holds the other (聊城市 and 凌源市; not 辽宁省 and 大连市)."""
    places = list(dict.fromkeys(b.get("jurisdiction") or "" for b in shown if b.get("jurisdiction")))
    return (
        [p for p in places if not any(q != p and (regions.covers(q, p) or regions.covers(p, q)) for q in places)]
        if any(
            not (regions.covers(p, q) or regions.covers(q, p)) for i, p in enumerate(places) for q in places[i + 1 :]
        )
        else []
    )


def long_open(shown: list[dict], as_of: date) -> dict[int, int]:
    """List number → start year of the shown measures `validity_words.open_since` finds."""
    found = {i: validity_words.open_since(b.get("validity") or {}, as_of) for i, b in enumerate(shown, 1)}
    return {i: start.year for i, start in found.items() if start is not None}


def measures_first(
    benefits: list[dict],
    as_of: date,
    today: date,
    questions: int,
    worked: dict[str, str] | None = None,
    unplaced: bool = False,
    place_first: bool = True,
) -> Reply:
    """The measures in scope (most relevant first), then the offer to ask `questions` questions
    (0: nothing to ask, none in force: the next step is said instead); `worked`: a measure's sum from the
    person's own figures, by benefit id; `unplaced`: the person's place is not known (each measure names its own);
    `place_first`: measures of places apart are not listed to one whose place is not known, who is asked it first."""
    when = "按今天的政策" if as_of == today else f"按{cn_date(as_of)}的政策"
    ids = {b["benefit_id"] for b in benefits}
    live = {b["benefit_id"] for b in benefits if in_force(b)}
    # the local measure replaces the broader one only once it is in force itself (辽宁's 续领失业金 on 2020-06-01,
    # before 大连's was issued), or when neither is
    benefits = [b for b in benefits if not set(b.get("superseded_by") or []) & (live if in_force(b) else ids)]
    current = [b for b in benefits if in_force(b)]
    shown = benefits[:SHOWN]  # by relevance; one that has ended says so in its badge and is not asked about
    apart = places_apart(shown) if place_first and unplaced and current and questions else []
    if len(apart) > 1:
        # "俺家那口子下岗好几年了 能整点啥钱不" (eval103 TB04, TB06, TB11 heard 聊城's 90% and 凌源's measures before being
        # asked where they live): measures of places that do not hold each other are no one person's; the place first
        return Reply(
            f"各地的规定不一样，收录的文件里与您的问题相关的，{'、'.join(apart)}都有。先告诉我您在哪个市县，我按当地的文件"
            "告诉您有哪些政策、能领多少。",
            meta={"measures": [], "in_force": [b["benefit_id"] for b in current], PLACE_FIRST: True},
        )
    # only the listed ones: a clause quoted before them may be in force (eval29 P16, 凌源's 见习 in 2019, heard
    # "与您的问题相关的政策均已到期或尚未开始" over three 2020 measures)
    head = f"{when}，与您的问题相关的政策有：" if current else f"{when}，以下{len(shown)}项相关措施均已到期或尚未开始："
    lines, cites = [head], []
    aged = long_open(shown, as_of)
    if aged:  # a 2017 text asked about in 2026 (eval11 I16 heard 1000元 "按今天的政策" with only "有效期未知")
        which = "各" if len(aged) == len(shown) else "第" + "、".join(map(str, aged))
        years = sorted(set(aged.values()))
        # each item's own year: a 2020 measure is not "自2017年起…已逾9年" beside a 2017 one (eval15 M11)
        since = validity_words.since_years(years)
        lines.append(
            f"提示：以下{which}项{since}实施，原文未载明截止日期，至今{'' if len(years) == 1 else '均'}已逾"
            f"{as_of.year - years[-1]}年，现在是否仍在执行无法从原文判断；所列标准为原文规定，能否申请以经办部门认定为准。"
        )
    for i, b in enumerate(shown, 1):
        block, cite = measure_lines(b, i, (worked or {}).get(b["benefit_id"], ""), unplaced)
        lines += block
        cites += [cite] if cite else []
    if len(benefits) > SHOWN:
        lines.append(
            f"另有{len(benefits) - SHOWN}项相关政策，问完问题后一并告诉您。"
            if current and questions
            else f"另有{len(benefits) - SHOWN}项相关政策。"
        )
    buttons: list[dict] = []
    if current and questions and len(aged) == len(shown):
        lines.append(f"想知道您是否符合原文的条件？我问您几个问题（最多{questions}个）。")
    elif current and questions:
        lines.append(f"想知道您具体能领哪些、能领多少？我问您几个问题（最多{questions}个）。")
    else:
        lines.append("现行政策请向上述责任单位核实；您也可以接着问别的政策，或回复“转人工”。")
        buttons = [button("转人工", "/handoff")]
    return Reply(
        "\n".join(lines),
        cites,
        buttons,
        meta={"measures": [b["benefit_id"] for b in shown], "in_force": [b["benefit_id"] for b in current]},
    )
