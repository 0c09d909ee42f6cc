"""On the day asked, a text in force leads over one not yet issued.

12345 E20 (--as-of 2019-08-01) "凌源有公益性岗位吗 咋申请": the search ranks 辽政发〔2020〕9号（十七）
"累计安置次数原则上不超过2次" first (issued 2020-04-02, so "按2019年8月1日计尚未实施"), above 凌政发
〔2019〕14号's own 公益性岗位 sentence, which applied that day. A person asking on that day is answered
from what applied then; the later text is not listed among the other rules either (answers/clause_answer.py
`_extras`: evaluation 17's O22 heard a 2020 extension on 2019-10-01). Only a clause naming the same thing the
question and the later text share (公益性岗位) is moved up.
"""

from __future__ import annotations

import re

NOT_YET = "not_started"
MIN_SCORE = 0.6  # as answers/clause_answer.py's EXTRA_MIN_SCORE: below it a clause is a stray
MIN_SCORE_VIA_TOP = 0.45
MIN_SHARED = 3  # characters: "补贴" alone is in every clause


def _plain(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", text or "")


def longest_shared(a: str, b: str) -> str:
    """The longest run of characters `a` and `b` have in common."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = a[i:j]
    return best


def shared_runs(a: str, b: str) -> list[str]:
    """Every run of at least MIN_SHARED characters of `a` that `b` contains, longest first and none
    inside another ("我是去年毕业的大学生…" and "…2020年毕业的…大学生…": 年毕业的, 大学生)."""
    runs: list[str] = []
    i = 0
    while i < len(a):
        j = i
        while j < len(a) and a[i : j + 1] in b:
            j += 1
        if j - i >= MIN_SHARED:
            runs.append(a[i:j])
        i = max(j, i + 1)
    return sorted(runs, key=len, reverse=True)


def _status(hit: dict) -> str | None:
    return (hit.get("validity") or {}).get("status")


def in_force_first(response: dict) -> dict:
    """`response` with the best clause that applied on the day moved above a top hit not yet in force
    then, when both name what the question asks about."""
    hits = list(response.get("results") or [])
    if not hits or hits[0].get("exact_reference") or _status(hits[0]) != NOT_YET:
        return response
    top = _plain(" ".join(hits[0].get("highlights") or []) or hits[0].get("text") or "")
    # any thing both name, not only the longest run ("年毕业的" of a date beside "大学生")
    query = _plain(response.get("query", ""))
    terms = shared_runs(query, top)
    floor = MIN_SCORE
    if not terms:
        # "一个员工都不裁 有没有啥返还" (eval59 AA11, 大连 2020-03-25) shares no 3 characters with 18号's "不裁员或少裁员…返还",
        # yet 46号（四）'s "不裁员、少裁员的企业给予稳岗补贴" applied then: a run of 3 the later top shares with a clause of the
        # day, holding two characters running of the question, names the same thing
        pairs = {query[i : i + 2] for i in range(len(query) - 1)}
        terms = [
            run
            for h in hits[1:]
            if _status(h) not in (NOT_YET, "expired")
            for run in shared_runs(top, _plain(" ".join(h.get("highlights") or [])))
            if any(p in run for p in pairs)
        ]
        floor = MIN_SCORE_VIA_TOP  # found through the later top's words, not the question's: ranked lower
    if not terms:
        return response
    # the measure asked about, where the later text names it ("社保和住房公积金能不能缓交": 缓缴), is what the clause
    # lifted must name too, not a word beside it (eval41 G20, 2020-03-25, heard 46号（三）'s 灵活就业 公积金)
    from answers.measure_exists import terms_in, written

    measured = [w for w, _ in terms_in(response.get("query", "")) if w in top]
    applied = next(
        (
            h
            for h in hits[1:]
            if _status(h) not in (NOT_YET, "expired")
            and h.get("score", 0) >= floor
            and any(term in _plain(h.get("text") or "") for term in terms)
            and all(written(w, _plain(h.get("text") or "")) for w in measured)
        ),
        None,
    )
    if applied is None:
        return response
    hits.remove(applied)
    if floor == MIN_SCORE_VIA_TOP:  # it answers as the later text would have: judged by those words too
        applied = {**applied, "stands_for": top}
    return {**response, "results": [applied] + hits}
