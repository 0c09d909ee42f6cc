"""Responsible departments in words, as the text lists them: lead unit first and marked "牵头"
only where the text says so; and the one unit to ask, only where a quoted sentence names it.

Units are named by one vocabulary (knowledge/department_names.yaml): "市人社局" is said as
市人力资源社会保障局, with the text's own wording kept in quotes (（原文作“市人社局”）), and a unit
written twice in one clause is said once.
"""

from __future__ import annotations

import re

from knowledge.department_names import canonical, unify, written_as  # noqa: F401  canonical re-exported

# Units a sentence names as the one that acts ("经人力资源和社会保障部门审核", "可向贷款银行申请展期",
# "具体标准由各市政府确定"): the caller may ask them. A unit named as the one who *receives* ("对…公共就业
# 人才服务机构…给予职业介绍补贴") or "人力资源社会保障等部门介绍的…工作" is not the one to ask.
ACTOR = re.compile(
    r"(?:人力资源(?:和)?社会保障|人社|税务|财政|医保|市场监管|民政|退役军人事务|残联)(?:部门|机构)"
    r"|公共就业(?:人才)?服务机构|失业保险经办机构|社会保险经办机构|经办机构|贷款银行"
)
ACTING = "(?:向|经|由|到)(?:当地|所在地)?"
# "到市卫生健康委确定的医疗机构进行…检测" (eval7 R10): the unit names the place, it is not the one that acts
NAMES_ANOTHER = "(?!(?:确定|指定|认定|公布|批准|核定|规定)的)"


def _named(canon: str, departments: list[str]) -> str:
    own = written_as(canon, departments)
    return canon + (f"（原文作{'、'.join(f'“{w}”' for w in own)}）" if own else "")


# the whole list of units asked for ("责任单位那17个你全给我列出来，我要记工单，别用等字", eval25 W13 heard "等17个单位"
# three times): every unit, in the text's order
UNITS_LISTED = re.compile(
    r"(?:单位|部门|名字|名单)[^。？?]{0,12}(?:全|都|一个个|逐个|完整|列出|写出|别用等)|完整(?:名单|列表)|"
    r"(?:所有|全部|全体|每个|每一个)的?(?:责任)?(?:单位|部门)|"  # "包括所有责任单位" (eval30 Q13 got "等11个单位" twice)
    r"\d+个(?:单位|部门)?(?:都|分别)?(?:是)?(?:哪几个|哪些|是谁|有谁|是哪)|全列出来|都列出来"  # "9个都哪几个" (eval107 XB09)
)


def departments_text(departments: list[str], lead: list[str] | None = None, limit: int = 4) -> str:
    if not departments:
        return "原文未列明责任单位"
    units = unify(departments)
    lead = [d for d in unify(lead or []) if d in units]
    ordered = lead + [d for d in units if d not in lead]
    shown = [_named(d, departments) + ("（牵头）" if d in lead else "") for d in ordered[:limit]]
    more = f"等{len(ordered)}个单位" if len(ordered) > limit else ""
    return "、".join(shown) + more


def named_unit(units: list[str], texts: list[str]) -> str | None:
    """The unit a quoted sentence itself names (one of the clause's units, or an acting office)."""
    for text in texts:
        flat = re.sub(r"\s+", "", text)
        for unit in units:
            if len(unit) >= 3 and re.search(ACTING + re.escape(unit) + NAMES_ANOTHER, flat):
                return unit
        m = re.search(ACTING + f"({ACTOR.pattern})" + NAMES_ANOTHER, flat)
        if m:
            return m.group(1)
    return None
