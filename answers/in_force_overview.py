"""Which collected measures still run on the day asked ("到今天为止还有哪条是明确有效的？哪些已经过期了"): counted from
the engine's validity of every measure, the ended ones with the latest end named, the open-ended ones said plainly
to be unknown. eval30 Q22, a hotline agent asking on 2026-12-05, heard three arbitrary measures and the questions.
"""

from __future__ import annotations

import re
from datetime import date

from answers import validity_words
from answers.models import Reply
from answers.notices import HOTLINE_NAME
from knowledge import coverage, regions
from knowledge.eligibility.engine import default_engine

ASKED = re.compile(
    r"(?:哪些|哪条|哪几条|哪项|哪几项|哪个|有没有|还有)(?:政策|措施|条款|条|项|补贴)?(?:是)?(?:明确)?(?:还|仍|仍然|依然|现在|目前){0,2}"
    r"(?:有效|在执行|在实施|能用|能申请|没过期|没到期)|"
    r"哪些(?:已经|已)?(?:过期|到期|失效|作废)|(?:过期|到期|失效)(?:了)?的?(?:有)?哪些|都(?:过期|到期|失效)了(?:吗|没)"
)
# a document named by its number alone ("凌源 2019 14号 文件 一共几条", eval107 XB03 heard every 凌源 measure counted), not a
# day of a month ("12月31号")
NAMED = re.compile(
    r"〔|号文|(?<![月\d])\d{1,3}号(?![线楼院\d])|第[一二三四五六七八九十\d]+条|这条|那条|这个|那个|这项|那项"
)
# "我们是外资公司，招应届大学毕业生，现在还有能申请的补贴吗" (eval89 FB09, an HR, heard the count of all 56 measures'
# periods): a hiring or a group named is a question about those measures, not about every one
TOPIC = re.compile(r"(?:招|雇|吸纳|录用)[^，。,；;？?]{0,8}(?:毕业生|大学生|残疾|贫困|退役|失业|农民工)")
SHOWN = 5


def _day(d) -> str:
    d = d if isinstance(d, date) else date.fromisoformat(str(d)[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def reply(text: str, as_of: date, place: str | None = None) -> Reply | None:
    """`place`: where the conversation is, when the message names none."""
    text = re.sub(r"\s+", "", text or "")  # typed with spaces ("14号 文件")
    if not ASKED.search(text) or NAMED.search(text) or TOPIC.search(text):
        return None
    named = regions.regions_in_text(text) or ([place] if place else [])
    engine = default_engine()
    benefits = [
        b
        for b in engine.evaluate({}, as_of)["benefits"]
        if not named or any(regions.covers(engine.by_id[b["benefit_id"]].jurisdiction, n) for n in named)
    ]
    if not benefits:
        return None
    where = "、".join(named) + "适用的" if named else "收录的5份文件（2017—2020年印发）中"
    lines = periods(benefits, as_of, where)
    lines.append(
        f"现行政策请向当地人社部门核实或拨打{HOTLINE_NAME}；要看某个地方的措施清单，可以说“列出{coverage.short_name(coverage.example_place())}的措施”。"
    )
    return Reply("\n".join(lines), meta={"in_force_overview": True})


def periods(benefits: list[dict], as_of: date, where: str) -> list[str]:
    """The measures' periods on the day asked, by status: those running named, the latest end of the ended, the
    open-ended said to be unknown. `where`: whose measures ("凌源市适用的", "凌政发〔2019〕14号中")."""
    engine = default_engine()
    by: dict[str, list[dict]] = {}
    for b in benefits:
        by.setdefault((b.get("validity") or {}).get("status", "unknown"), []).append(b)
    lines = [f"按{_day(as_of)}计，{where}{len(benefits)}项措施的期限："]
    active = by.get("active", [])
    if active:
        more = f"（以下是其中{SHOWN}项）" if len(active) > SHOWN else ""
        lines.append(f"· 写明期限、仍在期限内的{len(active)}项{more}：")
        lines += [
            f"  - {engine.by_id[b['benefit_id']].name}（{validity_words.badge(b.get('validity') or {})}）"
            for b in active[:SHOWN]
        ]
    expired = by.get("expired", [])
    # the latest end a text writes: not one worked out from an event (18号（二）'s "2021年12月31日前…3年内" read
    # "2024年11月30日到期", a date no text gives: eval46 N19), but the event's own deadline where the text writes one
    # (its "2021年12月31日前"招用 is later than the 1% rate's 2021-08-31, eval107 XB07)
    stated = sorted((b for b in expired if _stated_end(b)), key=lambda b: _stated_end(b) or "") or sorted(
        expired, key=lambda b: str((b.get("validity") or {}).get("end") or "")
    )
    if expired:
        last = stated[-1]
        window = engine.by_id[last["benefit_id"]].window if _window_end(last) else None
        # the event's deadline as the text writes it, never the end of the years after it (a date no text gives)
        ends = window.badge if window is not None and window.badge else f"{_day(last['validity']['end'])}到期"
        lines.append(
            f"· 写明期限、已经到期的{len(expired)}项；最晚到期的是“{engine.by_id[last['benefit_id']].name}”（{ends}）。"
        )
    later = by.get("not_started", [])
    if later:
        lines.append(f"· 尚未开始实施的{len(later)}项。")
    unknown = by.get("unknown", [])
    if unknown:
        epidemic = sum(validity_words.epidemic_bound(b.get("validity") or {}) for b in unknown)
        starts = sorted(str((b.get("validity") or {}).get("start") or "")[:4] for b in unknown if b.get("validity"))
        years = [y for y in starts if y]
        since = f"自{years[0]}—{years[-1]}年起实施，" if years and years[0] != years[-1] else ""
        tied = f"（其中{epidemic}项与疫情防控期间挂钩）" if epidemic else ""
        lines.append(
            f"· 原文没有写截止日期的{len(unknown)}项{tied}：{since}现在是否仍在执行无法从原文判断，以经办部门认定为准。"
        )
    if not active:
        lines.append("没有一项能从原文确认现在仍在执行。")
    return lines


def _window_end(b: dict) -> str | None:
    """The deadline a text writes for the event of a measure bound to it ("2021年12月31日前" 招用), or None."""
    if (b.get("validity") or {}).get("kind") != "event_bound":
        return None
    rule = default_engine().by_id.get(b["benefit_id"])
    end = getattr(getattr(rule, "window", None), "end", None)
    return str(end) if end else None


def _stated_end(b: dict) -> str | None:
    """The end date a text writes for the measure: its period's, or its event's deadline."""
    if (b.get("validity") or {}).get("kind") == "event_bound":
        return _window_end(b)
    end = (b.get("validity") or {}).get("end")
    return str(end)[:10] if end else None
