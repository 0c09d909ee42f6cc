"""One benefit in words: name, amount with its calculation, the cited sentences whole, departments,
validity (the measure's own, with the words that state it) and who to ask."""

from __future__ import annotations

import re
from datetime import date

from answers import citations, sentences, validity_words
from answers.dates import cn_date
from answers.departments import departments_text, named_unit
from answers.money import yuan
from knowledge.eligibility.facts import vocabulary

# "2500元/人 × (新招用的…人数（未知） + 4人)": a per-head sum with some heads not yet counted
PER_HEAD = re.compile(r"(\d+(?:\.\d+)?)元/人(?:·[年月])? × \((.+?)\)（未知人数")
# what follows the standard in an amount text that is not known yet (amounts.amount_result)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
WORKING = re.compile(r"；按(?:尚缺信息|当地标准|已知人数|已确定符合的人数)")
# "；计算：3000元/年 = 3000元": one figure "calculated" into itself says nothing to a person
TRIVIAL = re.compile(r"；(?:计算|最高|不低于)：(\d+(?:\.\d+)?元)(?:/[年月天人])? = \1(?=；|$)")
# "；按最长期限（2年）计算，合计最多6000元：3000元/年 × 2年 = 6000元" (amounts.amount_result), kept with a known part
OVER_PERIOD = re.compile(r"；(?:已确定部分)?按最长期限（[^）]+）计算，合计最[多高][^；]*$")


def _plain(text: str) -> str:
    """The amount text without a trivial calculation (the standard already says the figure)."""
    return TRIVIAL.sub("", text)


def fact_title(name: str) -> str:
    """A fact's label for people (facts_extra.yaml `titles`), never its definition."""
    fact = vocabulary().get(name)
    return fact.title if fact else "其他情况"


def known_amount(benefit: dict) -> float | None:
    """The figure a total counts: the exact value, else a guaranteed minimum (never a ceiling)."""
    a = benefit.get("amount") or {}
    return a.get("value") if a.get("value") is not None else a.get("min_value")


def per_head(amount: dict) -> str | None:
    """ "已知4人，按每人2500元至少10000元；其余人数未知（…），补充后可能增加", as a person says it."""
    m = PER_HEAD.search(amount.get("text") or "")
    if not m or not amount.get("value_is_lower_bound") or amount.get("value") is None:
        return None
    parts = [p.strip() for p in m[2].split(" + ")]
    counted = [int(p[:-1]) for p in parts if re.fullmatch(r"\d+人", p)]
    missing = [p.removesuffix("（未知）") for p in parts if p.endswith("（未知）")]
    if len(counted) + len(missing) != len(parts):
        return None
    rest = f"；其余人数未知（{'、'.join(missing)}），补充后可能增加" if missing else ""
    return f"已知{sum(counted)}人，按每人{yuan(float(m[1]))}至少{yuan(amount['value'])}{rest}"


def amount_words(benefit: dict) -> str:
    amount = benefit.get("amount") or {}
    text = _plain(amount.get("text") or "")
    standard = WORKING.split(text)[0]
    if amount.get("value") is None:
        missing = [m for m in amount.get("missing_facts") or []]
        if missing and standard != text:
            # the known people's part of an "at most" amount (engine: "按已知人数计算，每年最高15600元") is kept
            known = re.search(
                r"按(?:已知|已确定符合的)(?:人数|情况)计算，[^：；]*(?:最高|最多)[\d.]+元(?:（按实际支出）)?", text
            )
            whole = OVER_PERIOD.search(text) if known else None
            part = (f"；{known.group()}" if known else "") + (whole.group() if whole else "")
            return f"{standard}{part}（算出具体金额还要知道：{'、'.join(fact_title(m) for m in missing[:3])}）"
        return text or "金额原文未载明具体标准"
    if amount.get("value_is_lower_bound"):
        heads = per_head(amount)
        if heads:
            return f"{standard}；{heads}"
        return text or f"至少{yuan(amount['value'], amount.get('unit', '元'))}"
    return text or yuan(amount["value"], amount.get("unit", "元"))


def quoted(benefit: dict, limit: int = 2) -> list[tuple[dict, str]]:
    """(citation, the sentence as read) for the rule's quotes: whole sentences, each once."""
    out: list[tuple[dict, str]] = []
    seen: set[str] = set()
    for c in benefit.get("citations", []):
        rec = sentences.record_of(c["clause_id"])
        text = sentences.whole_quote(rec, c["quote"]) if rec else c["quote"]
        # a quote holding one said before (the sentence's opening condition, then its later clause) replaces it
        held = next((k for k, (_, t) in enumerate(out) if t.rstrip("…") and text.startswith(t.rstrip("…"))), None)
        if held is not None:
            out[held] = (out[held][0], text)
        elif text not in seen and all(text not in t for _, t in out):
            seen.add(text)
            out.append((c, text))
        if len(out) == limit:
            break
    return out


def _leads(benefit: dict) -> list[str]:
    leads: list[str] = []
    for c in benefit.get("citations", []):
        rec = sentences.record_of(c["clause_id"])
        leads += [d for d in (rec.lead_departments if rec else []) if d not in leads]
    return leads


def validity_line(benefit: dict, as_of: date, said: list[str], with_ask: bool = True) -> str:
    """The measure's own validity; the words that state it are quoted when no quoted sentence has them."""
    v = benefit["validity"]
    unit = named_unit(benefit.get("departments", []), said)
    words = validity_words.sentence(v, as_of, unit, with_ask)
    quote = (v.get("quote") or "").strip()
    if quote and not any(sentences.compact(quote) in sentences.compact(t) for t in said):
        head, _, rest = words.partition("。")
        words = f"{head}（原文：“{quote}”）。{rest}"
    return words


def benefit_block(
    benefit: dict, as_of: date, index: int | None = None, with_ask: bool = True
) -> tuple[str, list[dict]]:
    pairs = quoted(benefit)
    cites = [citations.from_benefit(benefit, c) for c, _ in pairs]
    head = f"{index}. " if index is not None else ""
    lines = [f"{head}{benefit['name']}", f"   金额：{amount_words(benefit)}"]
    said: list[str] = []
    for (c, text), cite in zip(pairs, cites, strict=False):
        same = said and pairs[0][0]["clause_id"] == c["clause_id"]
        said.append(f"“{text}”" if same else f"{citations.where(cite)}：“{text}”")
    if said:
        lines.append(f"   依据：{said[0]}{''.join(said[1:])}")
    lines.append(f"   责任单位：{departments_text(benefit.get('departments', []), _leads(benefit))}")
    lines.append(f"   有效期：{validity_line(benefit, as_of, [t for _, t in pairs], with_ask).rstrip()}")
    if benefit.get("own_period"):  # the person's own period: a line of its own, never the measure's validity
        lines.append(f"   享受期：{validity_words.own_period_words(benefit['own_period'], benefit['validity'], as_of)}")
    window = benefit.get("window")
    if window and window.get("basis"):
        basis = ISO_DAY.sub(lambda m: cn_date(m.group(0)), window["basis"])
        lines.append(f"   时间条件：{basis}")
    return "\n".join(lines), cites[:1]
