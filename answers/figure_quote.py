"""The quote a short list of measures shows: the measure's own sentence and the sentence carrying the
figure the measure's standard names (one when they are the same), the figure's cut (when too long for a
phone screen) at its own clause marks around that figure.

The first reply lists up to three measures, each with "标准：…" and "依据：“…”". Cutting the rule's quote
at a character count ("…烈士子女高校毕业生的公益性岗…") hid the 50% the 标准 line names, and the first of a
rule's quotes ("将符合条件的…人员纳入创业补贴范围。") may not be the one with the 3000元: the measure's own
sentence is shown, then the cited sentence with the standard's figure, by its clauses around the figure —
the conditions before it first, then what follows — with the sentence's opening condition on who
(clause_cuts).
"""

from __future__ import annotations

import re

from answers import sentences as S
from answers.clause_cuts import CLAUSE_MARKS, quoted_run, split_top
from knowledge.records import ClauseRecord, Sentence

FIGURE = re.compile(r"\d[\d.]*(?:万元|元|%|倍)")
# the engine's working after the standard ("；按尚缺信息：…", "；最高：100000元", "（算出具体金额还要知道：…）")
WORKING = re.compile(r"；(?:按|计算：|最高：|不低于：|其余)|（(?:算出|具体金额)")


def figures(standard: str) -> list[str]:
    """The figures the standard itself states ("3000元", "50%", "7800元"), in its order, not the engine's."""
    return FIGURE.findall(S.compact(WORKING.split(standard)[0]))


def cited_sentences(rec: ClauseRecord, quote: str) -> list[Sentence]:
    """The sentences of `rec` a rule's quote is made of (a quote may hold two sentences)."""
    found: list[Sentence] = []
    for part in re.split(r"(?<=。)", quote.strip()):
        s = S.sentence_of(rec, part) if part.strip() else None
        if s is not None and s not in found:
            found.append(s)
    return found


def around(s: Sentence, figure: str, limit: int) -> str:
    """`s` whole when it fits in `limit`; else the clauses around the one with `figure`, marked "…"."""
    text = s.text.strip()
    if len(text) <= limit:
        return text
    pieces = split_top(text, CLAUSE_MARKS)
    at = next((k for k, p in enumerate(pieces) if figure in S.compact(p)), None)
    if at is None:
        return S.quote_of(s, [], "amount", limit).text
    i, j = at, at + 1

    def fits(a: int, b: int) -> bool:
        return len("".join(pieces[a:b])) <= limit

    # the conditions before the figure first, within its "；" part (the part before is another measure)
    while i > 0 and not pieces[i - 1].rstrip().endswith(("；", ";")) and fits(i - 1, j):
        i -= 1
    # after it, only what says more of the figure ("补贴期限不超过24个月", "实施期限至…"), not the next aim
    while (
        j < len(pieces)
        and not pieces[j - 1].rstrip().endswith(("；", ";"))
        and (S.has_feature(pieces[j], "period") or S.has_feature(pieces[j], "amount"))
        and fits(i, j + 1)
    ):
        j += 1
    start = len("".join(pieces[:i]))
    return quoted_run(text, start, start + len("".join(pieces[i:j])), True, S.MAX_TOTAL)


def shown_quote(benefit: dict, standard: str, limit: int) -> tuple[dict, list[str]] | None:
    """(citation, quotes as shown): the measure's own sentence (the rule's first cited), and the cited
    sentence with the standard's figure when that is another one (R18: 聊城 21.'s "继续发放失业保险金至法定
    退休年龄" was shown as "将失业保险金标准全部上调至…90%" alone, a title and a quote that did not match);
    without a figure, the own sentence as read (whole sentence, or marked clauses)."""
    given = list(benefit.get("citations") or [])
    recs = [(c, S.record_of(c["clause_id"])) for c in given]
    cited = [(c, rec) for c, rec in recs if rec is not None]
    if not cited:  # a clause outside the records (a test's, an amendment's): its quote as the rule gives it
        return (given[0], [given[0]["quote"]]) if given else None
    pairs = [(c, s) for c, rec in cited for s in cited_sentences(rec, c["quote"])]
    if not pairs:
        return cited[0][0], [cited[0][0]["quote"]]
    own_cite, own = pairs[0]
    for figure in figures(standard):
        for c, s in pairs:
            if figure in S.compact(s.text):
                if s == own:
                    return c, [around(s, figure, limit)]
                return own_cite, [S.quote_of(own, [], "who", limit).text, around(s, figure, limit)]
    return own_cite, [S.quote_of(own, [], "who", limit).text]
