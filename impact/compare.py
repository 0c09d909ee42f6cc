"""Compare two snapshots: one row for every answer a person would be told differently.

Rows are grouped by what changed: 检索 (the top-3 clauses of an evaluation question), 资格 (a
benefit's status, amount, validity or place in the package, for a rule case or a standing
profile), 合计 (a package total), 有效期 (the validity words of a clause on the as-of date) and
地区 (the bot's region choices and coverage sentence). Each row carries the clause it is about.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

STATUS = {"eligible": "符合", "needs_info": "需补充信息", "not_eligible": "不符合"}
VALIDITY = {"active": "现行", "expired": "已到期", "not_started": "未开始", "unknown": "有效期未知"}
PACKAGE = {"claimable": "可同时申请", "not_in_force": "曾有/未实施", "": "不在组合内"}


@dataclass
class Change:
    kind: str  # 检索 / 资格 / 合计 / 有效期 / 地区
    subject: str  # the question, profile or clause concerned
    old: str
    new: str
    clause_id: str | None = None
    clause: str = ""  # how the row names the clause
    note: str = ""  # why a row changed when none of its clauses did

    def as_dict(self) -> dict:
        return asdict(self)


def _benefit_words(b: dict | None) -> str:
    if not b:
        return "—（不适用或未收录）"
    amount = "金额未知" if b.get("amount") is None else f"{'至少' if b.get('lower_bound') else ''}{b['amount']:g}元"
    end = f"至{b['validity_end']}" if b.get("validity_end") else ""
    return (
        f"{STATUS.get(b['status'], b['status'])}；{amount}；{VALIDITY.get(b.get('validity'), '有效期未知')}{end}；"
        f"{PACKAGE.get(b.get('package', ''), '')}"
    )


def _whole(r: dict | None) -> str:
    """A whole answer in one line: the error, or what is claimable and what is open."""
    if not r:
        return "—（无此情形）"
    if r.get("error"):
        return r["error"]
    bs = list(r.get("benefits", {}).values())
    claim = [b["name"] for b in bs if b.get("package") == "claimable"]
    open_ = [b for b in bs if b["status"] == "needs_info"]
    total = r.get("total_text") or "金额未知"
    return (
        (
            f"可同时申请{len(claim)}项（{'、'.join(claim[:4])}{'等' if len(claim) > 4 else ''}），合计{total}；"
            f"另有{len(open_)}项需补充信息"
        )
        if claim
        else f"暂无可同时申请的项目；{len(open_)}项需补充信息"
    )


RESHUFFLE = "排序变动：前3条中没有新增、删除或改动的条款，是全库词频统计随文件增减而变化所致"


def _search(old: dict, new: dict, names: dict, touched: set[str]) -> list[Change]:
    rows = []
    for qid in sorted(set(old) | set(new)):
        a, b = old.get(qid, {}), new.get(qid, {})
        if a.get("top") == b.get("top") and a.get("error") == b.get("error"):
            continue
        item = b or a
        subject = f"{qid} {item['q']}" + (f"（{item['region']}）" if item.get("region") else "")
        show = lambda s: s.get("error") or "；".join(names.get(c, c) for c in s.get("top", [])) or "—"  # noqa: E731
        changed = next((c for c in b.get("top", []) if c not in a.get("top", [])), (b.get("top") or [None])[0])
        direct = touched & (set(a.get("top", [])) | set(b.get("top", [])))
        rows.append(
            Change(
                "检索",
                subject,
                show(a),
                show(b),
                changed,
                names.get(changed, ""),
                "" if direct or a.get("error") or b.get("error") else RESHUFFLE,
            )
        )
    return rows


def _rules(old: dict, new: dict, names: dict) -> list[Change]:
    rows = []
    for pid in sorted(set(old) | set(new)):
        a, b = old.get(pid), new.get(pid)
        item = b or a
        subject = f"{item['name']}（{item['as_of']}）"
        if (a or {}).get("error") or (b or {}).get("error"):
            # a place or fact one version does not know: one row for the whole answer
            if (a or {}).get("error") != (b or {}).get("error"):
                rows.append(Change("资格", subject, _whole(a), _whole(b)))
            continue
        ob_all, nb_all = a.get("benefits", {}) if a else {}, b.get("benefits", {}) if b else {}
        for bid in sorted(set(ob_all) | set(nb_all)):
            ow, nw = _benefit_words(ob_all.get(bid)), _benefit_words(nb_all.get(bid))
            if ow != nw:
                cid = (nb_all.get(bid) or ob_all.get(bid))["clause_id"]
                name = (nb_all.get(bid) or ob_all.get(bid))["name"]
                rows.append(Change("资格", f"{subject}：{name}", ow, nw, cid, names.get(cid, "")))
        if a and b and a.get("total") != b.get("total"):
            rows.append(Change("合计", subject, a.get("total_text") or "金额未知", b.get("total_text") or "金额未知"))
    return rows


def _validity(old: dict, new: dict, names: dict) -> list[Change]:
    return [
        Change(
            "有效期",
            names.get(cid, cid),
            old.get(cid, "—（条款不存在）"),
            new.get(cid, "—（条款不存在）"),
            cid,
            names.get(cid, ""),
        )
        for cid in sorted(set(old) | set(new))
        if old.get(cid) != new.get(cid)
    ]


def _regions(old: dict, new: dict) -> list[Change]:
    rows = []
    if old.get("choices") != new.get("choices"):
        rows.append(
            Change(
                "地区", "对话中“所在地区”的选项", "、".join(old.get("choices", [])), "、".join(new.get("choices", []))
            )
        )
    if old.get("coverage") != new.get("coverage"):
        rows.append(Change("地区", "“帮助”中的收录范围", old.get("coverage", ""), new.get("coverage", "")))
    return rows


def compare(old: dict, new: dict) -> list[Change]:
    names = {**old.get("clauses", {}), **new.get("clauses", {})}
    oh, nh = old.get("hashes", {}), new.get("hashes", {})
    touched = {c for c in set(oh) | set(nh) if oh.get(c) != nh.get(c)}  # added, removed or reworded
    return (
        _regions(old.get("regions", {}), new.get("regions", {}))
        + _validity(old.get("validity", {}), new.get("validity", {}), names)
        + _rules(old.get("rules", {}), new.get("rules", {}), names)
        + _search(old.get("search", {}), new.get("search", {}), names, touched)
    )
