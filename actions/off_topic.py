"""A question naming a measure that none of the measures in scope is about is answered from the text, not with them.

eval30 Q02: "我凌源的，19年中专毕业，听说有个就业见习，一个月给多少钱" (2019) was shown 凌源's 人才安家补助 (15万/10万…) and
asked when he came to work in 凌源: 凌源's 见习 sentences pay the host unit, so no measure for a person held the word.
The clause that answers ("见习人员见习期间基本生活费不低于当地最低工资标准 60%…") is said instead, and nothing is asked.
"""

from __future__ import annotations

from answers.measure_exists import terms_in

# measures a person names by their own word; a group word ("毕业生", "就业困难人员") scopes, it names no measure
KEY = {"见习", "稳岗返还", "担保贷款", "公益性岗位", "学徒", "技能提升", "孵化", "核酸检测", "失业保险金", "职业技能"}


def named(text: str) -> list[str]:
    """The measures the message names by the person's own word (KEY)."""
    return [w for w, _ in terms_in(text or "") if w in KEY]


def unrelated(text: str, candidates: list[str], result: dict) -> bool:
    named_here = named(text)
    if not named_here or not candidates:
        return False
    by_id = {b["benefit_id"]: b for b in result.get("benefits") or []}

    def about(benefit_id: str) -> str:
        b = by_id.get(benefit_id) or {}
        quotes = "".join(c.get("quote") or "" for c in b.get("citations") or [])
        return f"{b.get('name') or ''}{quotes}"

    return not any(w in about(c) for c in candidates for w in named_here)
