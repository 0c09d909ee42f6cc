"""Questions the assistant asks, and why it asks them, in one wording for every channel.

A question is the fact's prompt (knowledge/facts_extra.yaml) with buttons: the value set of an
enumeration, 是/否 for yes/no, the covered places for a region, and always "不清楚" (the fact stays
unknown and is not asked again). Button payloads are Rasa intent payloads, so a channel without
buttons (WeChat: "回复 1") can send the payload of the option chosen.
"""

from __future__ import annotations

import json
import re

from answers.dates import cn_date
from answers.models import Reply, button
from knowledge import coverage
from knowledge.eligibility.facts import vocabulary

DONT_KNOW = button("不清楚", "/dont_know")
ENTITY_FOR = {"applicant_type": "applicant_type", "enterprise_size": "enterprise_size", "region": "region"}
# no count here: the offer before it (first_answer) names the number the form will really ask
INTRO = "为了判断您能享受哪些政策，先问您几个问题，不清楚的可以回答“不清楚”。"


def inform_payload(fact: str, value) -> str:
    entity = ENTITY_FOR.get(fact, "choice")
    return "/inform" + json.dumps({entity: value}, ensure_ascii=False, separators=(",", ":"))


def question(fact_name: str, first: bool = False) -> Reply:
    fact = vocabulary()[fact_name]
    buttons: list[dict] = []
    if fact.type == "bool":
        buttons = [button("是", "/affirm"), button("否", "/deny")]
    elif fact.type == "enum":
        values, labels = fact.options()
        buttons = [button(label, inform_payload(fact_name, v)) for v, label in zip(values, labels, strict=False)]
    elif fact_name == "region":
        buttons = [button(title, inform_payload("region", v)) for title, v in coverage.region_choices()]
    buttons.append(DONT_KNOW)
    prompt = fact.prompt or f"请问{fact.title}？"
    text = f"{INTRO}\n{prompt}" if first else prompt
    return Reply(text, buttons=buttons, meta={"question": fact_name})


def not_understood(fact_name: str) -> str:
    fact = vocabulary()[fact_name]
    if fact_name == "region":
        return f"抱歉，没能识别这个地区。目前收录{coverage.places_sentence()}的政策，请从下面选择，或回答“不清楚”。"
    if fact.type in ("int", "number"):
        return "抱歉，没听明白，请回答一个数字（如“3”），或回答“不清楚”。"
    if fact.type == "date":
        return "抱歉，没听明白，请按“2020年3月1日”的格式回答，或回答“不清楚”。"
    return "抱歉，没听明白，请从下面的选项中选择，或回答“不清楚”。"


def why_ask(fact_name: str | None, benefit_names: list[str]) -> Reply:
    if not fact_name:
        return Reply("目前没有需要您回答的问题。您可以直接提问，或说说您的情况，我帮您看看能享受哪些政策。")
    fact = vocabulary()[fact_name]
    if benefit_names:
        shown = "、".join(f"“{n}”" for n in benefit_names[:5])
        more = f"等{len(benefit_names)}项" if len(benefit_names) > 5 else ""
        text = f"问这个（{fact.title}）是因为它决定您能否享受：{shown}{more}。如不清楚，可以回答“不清楚”。"
    else:
        text = f"问这个（{fact.title}）是为了判断您能享受的政策和金额。如不清楚，可以回答“不清楚”。"
    return Reply(text, meta={"why_ask": fact_name, "benefits": benefit_names})


# Ruling: a person of 40 or more is not asked whether they are a recent graduate (eval4 B9: "高校毕业生"
# asked of a 59-year-old); the fact stays unknown and a graduate measure stays 待确认, never granted.
GRADUATE_AGE_LIMIT = 40
GRADUATE_FACTS = (
    "is_college_graduate",
    "graduation_year",
    "graduation_date",
    "college_in_dalian",
    "college_in_liaoning",
)


# drawing 失业保险金 now and having drawn it to the end: one said yes, the other is not asked ("嗯" to both, eval104 UB12,
# was read as yes twice); it stays unknown (a measure after the end is still the person's news)
EXCLUSIVE = (("receiving_unemployment_insurance", "unemployment_insurance_exhausted"),)


def never_asked(profile: dict) -> tuple[str, ...]:
    """The facts not asked of this person, by the rulings above (the form's questions and the summary's)."""
    out: tuple[str, ...] = GRADUATE_FACTS if (profile.get("age") or 0) >= GRADUATE_AGE_LIMIT else ()
    for a, b in EXCLUSIVE:
        out += (b,) if profile.get(a) is True else (a,) if profile.get(b) is True else ()
    return out


def as_questions(
    missing: list[str], most: int = 2, leave_out: tuple[str, ...] = (), profile: dict | None = None
) -> str:
    """What a measure still depends on, asked as the form asks it ("贵企业是否…？"), never as field names
    ("需要：申请身份、推荐成功上岗人数" read like a form's labels: 12345 evaluation 5); never a question the
    form does not ask this person (a graduate question to a 59-year-old)."""
    vocab = vocabulary()
    leave_out = (*leave_out, *never_asked(profile or {}))
    asked = [_asked(vocab[f], profile or {}) for f in missing if f in vocab and f not in leave_out]
    return "".join(asked[:most])


def _asked(fact, profile: dict) -> str:
    rate = profile.get("layoff_rate")
    if fact.name == "layoffs" and rate is not None:
        # the rate already said (2 of 15: 13.3%) is not asked again (eval34 X18); whether it is 少裁员 is the office's
        return f"裁员率约{rate}%是否算“少裁员”，由经办部门按规定的裁员率标准认定。"
    return fact.prompt or f"请问{fact.title}？"


def short_meaning(name: str) -> str:
    """The fact's label for people (facts_extra.yaml `titles`); the `meaning` is a definition, never shown.
    (The name is kept for its callers, e.g. the CLI's 缺少信息 column.)"""
    return vocabulary()[name].title


def _day_guessed(value, said: str) -> bool:
    """A date said without its day ("合同是去年9月签的", "去年下半年招的"): read as the month's last day, the reading
    that never dates an event later than said; shown as a reading, not as a day the person gave (eval67 JB12 read
    "2020年9月30日" as made up)."""
    import calendar
    from datetime import date as _date

    try:
        d = _date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    last = calendar.monthrange(d.year, d.month)[1]
    return bool(said) and d.day == last and not re.search(rf"(?<!\d){d.day}\s*(?:日|号)", said)


def understood(profile: dict, said: str = "") -> str:
    """What was understood from the user's words, so a misreading can be corrected at once."""
    vocab = vocabulary()
    parts = []
    hires = [
        n
        for n, v in profile.items()
        if n in vocab
        and v == 0
        and vocab[n].type == "int"
        and re.search(r"新招用|新吸纳|招用的", vocab[n].meaning or "")
    ]
    if len(hires) > 2:  # "没招新人": every count of hires is 0, said once (eval37 Z08)
        parts.append("新招用人员：无")
    for name, value in profile.items():
        fact = vocab.get(name)
        if fact is None or len(hires) > 2 and name in hires:
            continue
        if fact.type == "date":
            shown = cn_date(value) + ("（您没说具体日期，按最晚一天计）" if _day_guessed(value, said) else "")
        elif fact.type in ("int", "number") and isinstance(value, (int, float)) and not isinstance(value, bool):
            shown = str(int(value)) if float(value).is_integer() else str(round(value, 2))  # 2.0 -> "2"
            shown += "元" if "元" in f"{fact.prompt}{fact.meaning}" else ""  # "上年度…失业保险费：42000元"
            shown += "%" if "百分数" in (fact.meaning or "") else ""  # "上年度裁员率：17.9%"
        else:
            shown = fact.label(value)
        if name == "applicant_type":  # said as a person says it, not as a form's field ("申请身份：个人")
            parts.append(f"您是以{shown}身份咨询")
            continue
        parts.append(f"{fact.title}：{shown}")
    if not parts:
        return ""
    return "我了解到的情况：" + "；".join(parts) + "。如有不对，可以直接说“不对，……”更正。"
