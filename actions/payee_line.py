"""Whom the measure quoted pays, said to a person when the text pays the unit: "听说公司能拿全部期限见习补贴？那我自己
能拿啥" (eval44 D24, a former trainee, read the 见习单位's subsidy as hers and gave up). The rules say who applies
(`applicant_types`); the unit's own name comes from the quoted sentence."""

import re

from retrieval.rule_scope import rules_by_clause
from retrieval.tokens import normalize

# "给予见习单位全部期限见习补贴", "对…的单位，按规定提高…": the unit the sentence names as paid
UNIT = re.compile(r"给予(见习单位|用人单位|招用单位|孵化载体|企业|单位)|(见习单位|用人单位|企业)(?:可)?(?:申请|享受)")

PERSONS_SERVED = re.compile(r"向[^，。；]{0,20}(?:高校毕业生|农民工|人员|劳动者|群体|个人)[^，。；]{0,6}提供")
LIVING = re.compile(r"见习人员见习期间基本生活费不低于([^，,。；;]{2,20})")


def unit_only(hit: dict, profile: dict, shown: str = "") -> str | None:
    """The line for a person when every rule quoting the hit's sentence is a firm's, else None; `shown` is the
    reply's text, whose quotes may hold more of the clause than the hit's first sentence."""
    if profile.get("applicant_type") != "person":
        return None
    said = normalize("".join(hit.get("highlights") or [])[:400])
    quoted = normalize(shown.partition("其他相关规定")[0]) + said
    rules = [
        r
        for r in rules_by_clause().get(hit.get("clause_id") or "", [])
        if any(c.quote and normalize(c.quote) in quoted for c in r.citations)
    ]
    if not said or not rules or any("person" in r.applicant_types for r in rules):
        return None
    if PERSONS_SERVED.search(quoted):
        # "…应安排一定比例场地，免费向高校毕业生、农民工等重点群体提供" (eval78 UA05, a graduate, was told "这一项是给单位的，
        # 不是发给个人的"): the unit provides, the persons named receive
        return None
    m = UNIT.search(quoted)
    unit = next((g for g in m.groups() if g), "单位") if m else "单位"
    if "基本生活费" in quoted:
        # 凌政发〔2019〕14号 三、（三） "见习人员见习期间基本生活费不低于当地最低工资标准 60%" (eval52 Y03, a father, was
        # told the 见习 money "不是发给个人的"): the unit's subsidy pays the trainee's living allowance
        floor = LIVING.search(quoted)
        own = f"，不低于{floor.group(1)}" if floor else ""
        return (
            f"按原文，补贴是给{unit}的；见习人员本人在见习期间领取基本生活费{own}"
            f"（由见习单位发放，财政按规定给单位补贴）。具体数额以经办部门认定为准。"
        )
    return f"按原文，这一项是给{unit}的，不是发给个人的；您个人能享受哪些，要看您自己的情况。"


def placed(text: str, line: str) -> str:
    """The line under the quote's own lines, before the other clauses listed."""
    head, sep, rest = text.partition("\n其他相关规定")
    return f"{head}\n{line}{sep}{rest}"
