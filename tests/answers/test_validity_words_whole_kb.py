"""Over the whole knowledge base (every clause, every sentence, every rule; not a sample):

- the time words an answer says are those of the sentences it quotes: the end date said is the
  quoted sentence's own, the status word is the one its own period gives on the day asked, and a
  sentence stating no period is never given a neighbour's end;
- every quote is a whole sentence of its clause, or marked "…" where it was cut.

The expected words are worked out here from the records (start, end, as-of), independently of the
composer's wording functions.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from answers.benefit_answer import benefit_block
from answers.clause_record import record_block
from answers.dates import cn_date
from answers.validity_words import EPIDEMIC_PERIOD
from knowledge.eligibility.engine import default_engine
from knowledge.records import load_clauses
from knowledge.validity import in_effect, part_periods

DAYS = [date(2019, 6, 1), date(2020, 7, 15), date(2026, 11, 22)]
QUOTE = re.compile(r"“([^“”]*(?:“[^“”]*”[^“”]*)*)”")
CN_DAY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def expected_status(start: date | None, end: date | None, day: date) -> str:
    if start and day < start:
        return "尚未实施"
    if end:
        return "已到期" if day > end else "仍在实施期内"
    return "未载明"


def check_quote(quote: str, sentence_texts: list[str]) -> str | None:
    """None when `quote` is a whole sentence (or several) of the clause, or a cut marked with … (the
    sentence's opening condition, "…", then later clauses: each part in the sentence, in its order)."""
    body = flat(quote.strip("…"))
    if "…" in body:
        parts = [flat(p) for p in body.split("…")]
        for text in sentence_texts:
            whole, pos = flat(text), 0
            for part in parts:
                found = whole.find(part, pos)
                if found < 0 or (pos and found == pos):  # a gap marked … that skips nothing is no cut
                    break
                pos = found + len(part)
            else:
                if whole.startswith(parts[0]) or quote.startswith("…"):
                    tail_cut = pos < len(whole.rstrip("。；"))
                    return f"结尾被截断却未标“…”：{quote[-30:]}" if tail_cut and not quote.endswith("…") else None
        return f"不是本条的完整句子：{quote[:40]}"
    for text in sentence_texts:
        whole = flat(text)
        if body == whole:
            return None
        if body and body in whole:
            pos = whole.find(body)
            if pos > 0 and not quote.startswith("…"):
                return f"开头被截断却未标“…”：{quote[:30]}"
            if pos + len(body) < len(whole.rstrip("。；")) and not quote.endswith("…"):
                return f"结尾被截断却未标“…”：{quote[-30:]}"
            return None
    joined = flat("".join(sentence_texts))
    if (
        body
        and body in joined
        and all(flat(p) in [flat(t) for t in sentence_texts] for p in re.split(r"(?<=。)", quote) if p.strip())
    ):
        return None
    return f"不是本条的完整句子：{quote[:40]}"


def validity_part(text: str) -> str:
    """The answer's own words about time: everything outside the quotes, after the departments line."""
    tail = text.split("责任单位：", 1)[-1]
    return QUOTE.sub("", tail.split("\n", 1)[-1] if "\n" in tail else "")


def window_dates(v, text: str) -> set[str]:
    """The dates an event window's words may say: those written in the sentence itself."""
    if v is None or not getattr(v, "window", None):
        return set()
    return {d for d in CN_DAY.findall(v.window) if d in flat(text)}


@pytest.fixture(scope="module")
def records():
    return load_clauses()


def _named_after(rec, s):
    after = next((p for p in rec.sentences if p.index == s.index + 1), None)
    return after.validity if after is not None and after.text.startswith("上述企业") else None


def test_every_quoted_sentence_is_answered_with_its_own_validity_and_quoted_whole(records):
    problems = []
    checked = 0
    for rec in records:
        texts = [s.text for s in rec.sentences]
        for s in rec.sentences:
            for day in DAYS:
                answer, cite = record_block(rec, day, [s.index])
                quotes = QUOTE.findall(answer.split("：\n", 1)[-1].split("\n责任单位")[0])
                for q in quotes:
                    bad = check_quote(q, texts)
                    if bad:
                        problems.append(f"{rec.clause_id}[{s.index}] {bad}")
                said = validity_part(answer)
                # its own period, with a later text's change only from that text's issue date; a sentence followed
                # by "上述企业的…实施期限均延长至…" has that sentence's period (eval9 G29)
                own = s.validity or _named_after(rec, s)
                v = in_effect(own, day) if own else None
                # a text changes nothing before it is issued: a sentence stating no start starts then
                start = v.start if v and v.start else rec.issued
                end = v.end if v else None
                want = expected_status(start, end, day)
                if v is not None and v.window and want == "未载明":  # dates that are conditions on the event
                    # the clause's own claiming sentence where it has one ("申请日期原则上为疫情解除后3个月内…",
                    # eval44 D19), said as a quote (stripped here)
                    claims = any("申请日期" in p.text for p in rec.sentences)
                    want = f"{'原文写明' if claims else '原文未载明申请期限'}，以经办部门认定为准"
                    if v.window_end and (start is None or start <= day) and day <= v.window_end:
                        want = "仍在该期间内，申请期限以经办部门认定为准"  # the event can still happen (eval6 E04)
                if want not in said:
                    problems.append(f"{rec.clause_id}[{s.index}] {day}: 应说“{want}”，实际：{said}")
                stated = set(CN_DAY.findall(said))
                # a sentence whose parts have their own terms says each part's end (eval20 R19: 聊城 第4条's 3 and 5 months)
                parts = {cn_date(pv.end) for _, pv in part_periods(s.text) if pv.end and pv.start and pv.start <= day}
                if parts - stated:
                    problems.append(f"{rec.clause_id}[{s.index}] {day}: 未说各分项的期限 {sorted(parts - stated)}")
                allowed = {cn_date(d) for d in (start, end) if d} | {cn_date(day)} | window_dates(v, s.text) | parts
                if stated - allowed:
                    problems.append(
                        f"{rec.clause_id}[{s.index}] {day}: 说了本句未载明的日期 {sorted(stated - allowed)}"
                    )
                checked += 1
    assert checked > 1500
    assert not problems, "\n".join(problems[:40])


def test_an_answer_quoting_sentences_with_different_periods_says_each_its_own(records):
    """Every clause whose sentences state different periods: quoting two of them says both."""
    cases = 0
    for rec in records:
        dated = [s for s in rec.sentences if s.validity and s.validity.end]
        plain = [s for s in rec.sentences if s.validity is None and s.text.strip("。") != (rec.heading or "")]
        if not dated or not plain:
            continue
        a, b = sorted([dated[0], plain[-1]], key=lambda s: s.index)
        answer, _ = record_block(rec, DAYS[-1], [a.index, b.index])
        said = validity_part(answer)
        assert cn_date(in_effect(dated[0].validity, DAYS[-1]).end) in said, rec.clause_id
        # a sentence stating no period: "未载明实施期限", or, tied to the epidemic, said so
        tied = any(w in plain[-1].text for w in EPIDEMIC_PERIOD)
        assert ("与疫情防控期间挂钩，原文未载明截止日期" if tied else "未载明实施期限") in said, rec.clause_id
        cases += 1
    assert cases >= 10


def test_every_rule_says_its_own_period_and_quotes_whole_sentences(records):
    by_id = {r.clause_id: r for r in records}
    engine = default_engine()
    problems = []
    for day in DAYS:
        # an empty profile evaluates every rule (all needs_info): each benefit block is composed
        for b in engine.evaluate({}, day)["benefits"]:
            text, _ = benefit_block(b, day)
            basis_line = next(line for line in text.split("\n") if line.strip().startswith("依据："))
            texts = [s.text for c in b["citations"] for s in by_id[c["clause_id"]].sentences]
            for q in QUOTE.findall(basis_line):
                bad = check_quote(q, texts)
                if bad:
                    problems.append(f"{b['benefit_id']}: {bad}")
            line = next(line for line in text.split("\n") if line.strip().startswith("有效期："))
            own = QUOTE.sub("", line)
            v = b["validity"]
            start = date.fromisoformat(v["start"]) if v.get("start") else None
            end = date.fromisoformat(v["end"]) if v.get("end") else None
            # unknown: the engine found no end that decides it (none stated, or a period from an event)
            want = "需经办部门确认" if v["status"] == "unknown" else expected_status(start, end, day)
            if v.get("window") and v["status"] == "unknown":  # its dates are conditions on the event
                claims = any("申请日期" in s.text for c in b["citations"] for s in by_id[c["clause_id"]].sentences)
                want = f"{'原文写明' if claims else '原文未载明申请期限'}，以经办部门认定为准"
            if v.get("window") and v["status"] == "active" and not end:  # the event can still happen
                want = "仍在该期间内，申请期限以经办部门认定为准"
            if want not in own:
                problems.append(f"{b['benefit_id']} {day}: 应说“{want}”，实际：{own}")
            stated = set(CN_DAY.findall(own)) - {cn_date(day)}
            quoted = flat("".join(QUOTE.findall(text)))
            said_of_event = {d for d in CN_DAY.findall(v.get("window") or "") if d in quoted}
            if stated - {cn_date(d) for d in (start, end) if d} - said_of_event:
                problems.append(f"{b['benefit_id']} {day}: 有效期说了别的日期 {sorted(stated)}")
            # a date said must be read in a quoted sentence or in the quoted words stating the period
            shown = flat("".join(QUOTE.findall(text)))
            for d in (end,):
                if d and not any(x in shown for x in _spellings(d)):
                    problems.append(f"{b['benefit_id']}: 截止日期{d}未见于所引原文")
    assert not problems, "\n".join(problems[:40])


def _spellings(d: date) -> list[str]:
    """How the texts write a date: 2020年12月31日, 12月31日, 6月底, 第一季度 …"""
    return [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d.month}月{d.day}日",
        f"{d.year}年{d.month}月底",
        f"{d.month}月底",
        f"{d.year}年底",
        "个月",
        "年内",
        "延长1年",
        "再延长1年",
        "季度",
        "今明两年",
    ]


def test_every_compared_measure_says_the_period_of_its_own_sentence(records):
    """The comparison (console columns, and the chat's side-by-side that reads them) said the
    clause's latest end for a measure whose sentence states none (c52: 大连 100% "已到期（至2021年8月31日）",
    the 1%费率 sentence's date). It escaped the checks above because it reads validity through
    answers.compare, not record_block: here every measure of every topic, on every day, says
    the period of the sentence it quotes (its `period` sentence, else its `rate` sentence) and no
    other date."""
    from answers.compare import compare, topics

    by_id = {r.clause_id: r for r in records}
    problems, checked = [], 0
    for topic in topics():
        for day in DAYS:
            for column in compare(topic, day)["regions"]:
                rec = by_id[column["clause_id"]]
                for m in column["measures"]:
                    s = next(x for x in rec.sentences if (m["period"] or m["rate"]) in x.text)
                    v = s.validity
                    start = v.start if v and v.start else rec.issued
                    end = v.end if v else None
                    want = {
                        "尚未实施": "not_started",
                        "已到期": "expired",
                        "仍在实施期内": "active",
                        "未载明": "unknown",
                    }[expected_status(start, end, day)]
                    if m["validity"]["status"] != want:
                        problems.append(
                            f"{column['region']} {m['rate'][:20]} {day}: {m['validity']['status']} ≠ {want}"
                        )
                    said = set(re.findall(r"\d{4}年\d{1,2}月\d{1,2}日", m["badge"]))
                    # a window's end is the sentence's own date ("春节期间（截至2020年2月9日）": eval33 W19's badge)
                    own = (start, end, v.window_end if v else None)
                    if said - {cn_date(d) for d in own if d}:
                        problems.append(f"{column['region']} {m['rate'][:20]} {day}: 借用了别句的日期 {m['badge']}")
                    checked += 1
    assert checked >= 30
    assert not problems, "\n".join(problems)


def test_c52_dalian_and_liaocheng_refunds_say_their_sentences_state_no_period(records):
    from answers.compare import compare, find_topic

    columns = {c["region"]: c for c in compare(find_topic("稳岗返还", None), date(2026, 12, 2))["regions"]}
    dalian = next(m for m in columns["大连市"]["measures"] if "100%" in m["rate"])
    liaocheng = next(m for m in columns["聊城市"]["measures"] if "50%" in m["rate"])
    for m in (dalian, liaocheng):
        assert m["validity"]["status"] == "unknown" and m["validity"]["end"] is None
        assert m["badge"].startswith("有效期未知") and m["validity_of"] == "unstated"
        assert "现行" not in m["badge"]
