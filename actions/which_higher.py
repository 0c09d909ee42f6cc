"""Which place gives more, asked of a comparison ("大连和聊城的见习补贴哪个高", eval78 UB10; "哪个返得多" right after 稳岗返还
compared, eval96 MB06 heard "超出服务范围"): said plainly where the texts settle it — shares of one and the same base
("上年度缴纳失业保险费的100%" against "…的50%") — and where they cannot (a place writing no figure; different bases);
never a verdict the texts do not give."""

from __future__ import annotations

import re

ASKED = re.compile(
    r"哪个[^，。？?\s]{0,4}(?:高|多|大|低|少)|谁(?:高|多|给得多)|哪(?:里|边|儿)(?:高|多)|高低|比较高|"
    r"哪(?:个|里|边)(?:地方)?(?:返|补|给|发)得(?:多|高)"
)
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|元|万元|倍)|全额")
# "企业及其职工上年度缴纳失业保险费的 100%": the base a share is taken of, and the share
SHARE = re.compile(r"([\u4e00-\u9fff]{2,16})的\s*(\d+(?:\.\d+)?)\s*[%％]")
CEILING = re.compile(r"最高|不超过|至多")
SAME_BASE = 4  # characters the bases' ends share at least ("失业保险费")


def _common_end(words: list[str]) -> str:
    end = ""
    for chars in zip(*(w[::-1] for w in words), strict=False):
        if len(set(chars)) != 1:
            break
        end = chars[0] + end
    return end


def _shares(columns: list[dict]) -> tuple[str, list[tuple[str, str, float, str]]] | None:
    """The base the places share and (place, who, share) of the one measure per place stated as a share of it."""
    found: dict[str, tuple[str, str, float, str]] = {}
    bases: dict[str, str] = {}
    for c in columns:
        for m in c["measures"]:
            hit = SHARE.search(m.get("rate") or "")
            if hit is None:
                continue
            if c["region"] in found:
                return None  # two shares in one place: which to set against the other's is not for us to pick
            # "最高可提至…100%" (辽宁) is a ceiling, not the share every firm gets
            capped = "最高" if CEILING.search(m.get("rate") or "") else ""
            found[c["region"]] = (c["region"], m.get("who") or "", float(hit.group(2)), capped)
            bases[c["region"]] = hit.group(1)
    if len(found) < 2 or len(found) != len({c["region"] for c in columns}):
        return None
    base = _common_end(list(bases.values()))
    return (base, list(found.values())) if len(base) >= SAME_BASE else None


def verdict(text: str, columns: list[dict], absent: list[str] | None = None) -> str:
    """The line answering "哪个高" of the compared columns, or "" when it is not asked."""
    if not ASKED.search(text or ""):
        return ""
    # a place of two documents (大连's 见习补贴 of 2017 and of 2020) is one place, unstated when neither writes a figure
    places = list(dict.fromkeys(c["region"] for c in columns))
    unstated = [
        p
        for p in places
        if not any(FIGURE.search(m.get("rate") or "") for c in columns if c["region"] == p for m in c["measures"])
    ]
    unstated += [p for p in absent or [] if p not in unstated]
    if unstated:
        return f"“哪个高”按原文比不出来：{'、'.join(unstated)}的文件没有写具体金额或比例，实际标准以当地经办部门为准。"
    sums = _sums(text, columns)
    if sums:
        sums.sort(key=lambda s: -s[1])
        said = "，".join(f"{p}{figure:g}万元" for p, figure in sums)
        tops = [p for p, figure in sums if figure == sums[0][1]]
        lead = "写的相同" if len(tops) == len(sums) else f"{'、'.join(tops)}写的最高"
        return f"按各地写的最高额度（{_said_of(text)}）：{said}，{lead}。实际额度以经办部门和贷款银行核定为准。"
    shared = _shares(columns)
    if shared:
        base, shares = shared
        shares.sort(key=lambda s: -s[2])
        said = "，".join(f"{p}（{who}）{cap}{share:g}%" for p, who, share, cap in shares)
        tops = [p for p, _, share, _ in shares if share == shares[0][2]]
        capped = [p for p, _, share, cap in shares if cap and share == shares[0][2]]
        lead = (
            "写的比例相同"
            if len(tops) == len(shares)
            else f"写的比例{'、'.join(tops)}高" + (f"（{'、'.join(capped)}写的是最高比例）" if capped else "")
        )
        return (
            f"按同一基数（{base}）的比例计算的一项可以比：{said}，{lead}；"
            "但各地适用的企业范围不同（见上），其他各项计算方式不同，不能直接比。实际能领多少以当地经办部门核定为准。"
        )
    return "“哪个高”按原文不能直接比：各地写的计算方式不同（金额、比例或计算基数不一样），实际能领多少以当地经办部门核定为准。"


# whose sums are compared ("个人额度", "合伙的"): the word the question and the measures share
KINDS = ("合伙", "小微企业", "大学生", "个人")
SUM = re.compile(r"(\d+(?:\.\d+)?)\s*万元")


def _said_of(text: str) -> str:
    return next((k for k in KINDS if k in (text or "")), "个人")


def _sums(text: str, columns: list[dict]) -> list[tuple[str, float]] | None:
    """(place, 万元) of each place's measure for the kind asked (a person's, unsaid): "聊城20万元，凌源10万元" (eval97
    NB10, an officer, heard "不能直接比"); None unless every place states one."""
    kind = _said_of(text)
    out: dict[str, float] = {}
    for c in columns:
        for m in c["measures"]:
            said = f"{m.get('who') or ''}|{m.get('rate') or ''}"
            person = kind == "个人" and ("个人" in said or "人员自主创业" in said) and "企业" not in m.get("who", "")
            if kind not in said and not person:
                continue
            rate = m.get("rate") or ""
            at = rate.find(kind) if kind in rate else 0
            hit = SUM.search(rate, at)
            if hit is not None and c["region"] not in out:
                out[c["region"]] = float(hit.group(1))
    places = {c["region"] for c in columns}
    return list(out.items()) if len(out) >= 2 and set(out) == places else None
