"""The eligibility summary: what can be claimed together, its total, the alternatives, what is open.

Reads an eligibility result (contract shape, with `package`). Only the package's benefits are
summed — never two that pay for the same thing; alternatives are listed apart with the reason.
Benefits that do not apply are left out unless asked for. `scope` limits the summary to the
benefits the conversation is about.
"""
from __future__ import annotations

from datetime import date

from answers.benefit_answer import amount_words, benefit_block
from answers.dates import cn_date
from answers.models import Reply
from answers.money import yuan
from knowledge.eligibility.facts import vocabulary

DETAILED = 5  # benefits shown in full; the rest by name (a phone screen, a read-out answer)
APPLICANT = vocabulary()["applicant_type"].labels  # facts_extra.yaml's labels, not a copy


def fact_label(name: str) -> str:
    fact = vocabulary().get(name)
    return fact.meaning if fact else name


def total_figure(total: dict | None) -> str:
    """The package total as read out first: "至少12500元", "16000元", or "金额未知"."""
    if not total or total.get("value") is None:
        return "金额未知"
    return f"{'至少' if total.get('is_lower_bound') else ''}{yuan(total['value'])}"


def _package(result: dict, eligible: list[dict]) -> dict:
    """The result's package; a result without one (older engine) claims nothing as a total."""
    return result.get("package") or {"benefit_ids": [b["benefit_id"] for b in eligible],
                                      "total": {"value": None, "is_lower_bound": False, "text": ""},
                                      "alternatives": []}


def summary(result: dict, scope: set[str] | None = None, today: date | None = None,
            include_not_eligible: bool = False) -> Reply:
    as_of = date.fromisoformat(result["as_of"])
    benefits = [b for b in result["benefits"] if scope is None or b["benefit_id"] in scope]
    by_id = {b["benefit_id"]: b for b in benefits}
    eligible = [b for b in benefits if b["status"] == "eligible"]
    package = _package(result, eligible)
    claim = [by_id[i] for i in package["benefit_ids"] if i in by_id]
    profile = result.get("profile", {})
    who = "、".join(x for x in (APPLICANT.get(profile.get("applicant_type"), ""), profile.get("region") or "") if x)
    when = f"按{cn_date(as_of)}的政策" if today is None or as_of != today else "按今天的政策"
    lines = [f"{when}判断{f'（{who}）' if who else ''}："]
    cites: list[dict] = []
    if claim:
        lines.append(f"可以申请的补贴（{len(claim)}项，可同时享受）：")
        for i, b in enumerate(claim, 1):
            if i <= DETAILED:
                block, c = benefit_block(b, as_of, i)
                lines.append(block)
                cites += c
            else:
                lines.append(f"{i}. {b['name']}：{amount_words(b)}")
        total = package.get("total") or {}
        if total.get("text"):
            lines.append(f"合计：{total['text']}")
        elif total.get("value") is not None:
            lines.append(f"合计：{total_figure(total)}")
    else:
        lines.append("根据目前的信息，还没有确定可以申请的补贴。")
    alts = [a for a in package.get("alternatives", []) if any(i in by_id for i in a.get("benefit_ids", []))]
    if alts:
        lines.append("以下补贴针对同一事项，只能选其一（未计入合计）：")
        for a in alts:
            names = "、".join(by_id[i]["name"] for i in a["benefit_ids"] if i in by_id)
            lines.append(f"· {names}：{a.get('reason', '')}")
    open_ = [b for b in benefits if b["status"] == "needs_info"]
    if open_:
        lines.append(f"还需补充信息才能判断（{len(open_)}项）：")
        for b in open_[:DETAILED]:
            need = "、".join(fact_label(m) for m in b.get("missing_facts", [])[:3])
            lines.append(f"· {b['name']}（需要：{need}）")
        if len(open_) > DETAILED:
            lines.append(f"· 另有{len(open_) - DETAILED}项")
    if include_not_eligible:
        no = [b for b in benefits if b["status"] == "not_eligible"]
        if no:
            lines.append("不符合条件的：" + "、".join(b["name"] for b in no[:10]))
    if any(b["validity"]["status"] == "expired" for b in claim):
        lines.append("注意：标明“已到期”的政策目前已不再执行，以上金额为其实施期间的标准；现行政策请向责任单位咨询。")
    return Reply("\n".join(lines), cites, meta={"eligible": [b["benefit_id"] for b in claim],
                                                  "needs_info": [b["benefit_id"] for b in open_]})
