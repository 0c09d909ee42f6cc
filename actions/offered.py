"""What a person is offered unasked, and what is left out: a measure whose event window closed before the day asked
(人才安家补助 for arrivals up to 2020-08-30, eval52 Y21, eval56 O12) and a firm's measure whose sentence speaks of firms
alone (eval52 Y12); an ended clause stays, said as ended (the widget's live summary). And the question asked after
"别问了" (eval55 I08). Split from actions/eligibility.py."""

from __future__ import annotations

import re
from datetime import date

from actions import profile_rank, turns
from answers.sentences import compact as sentences_compact


def _matched_validity(hit: dict, as_of: date) -> dict:
    """The own validity of the hit's first matched sentence, {} when it is not in the built records."""
    from answers import sentences, validity_words

    rec = sentences.record_of(hit.get("clause_id") or "")
    s = sentences.sentence_of(rec, (hit.get("highlights") or [""])[0]) if rec is not None else None
    return validity_words.own(rec, s, as_of) if rec is not None and s is not None else {}


def window_closed_hit(hit: dict, as_of: date) -> bool:
    """The hit's matched sentence grants only to an event whose window closed before `as_of`."""
    return bool(_matched_validity(hit, as_of).get("window_closed"))


def ended_hit(hit: dict, as_of: date) -> bool:
    """The hit's matched sentence has ended (or not begun) on `as_of`, by its own period."""
    return _matched_validity(hit, as_of).get("status") in ("expired", "not_started")


def standing_first(hits: list[dict], text: str, keys: list[str], as_of: date) -> list[dict]:
    """The hits with a standing one first where the first has ended: the first hit's sentence ended on `as_of` and
    the message does not name it (six characters of it typed), and a later hit's sentence stands and holds the
    measure words asked (`keys`), as the first does."""
    from answers.sentences import compact

    if not hits or not ended_hit(hits[0], as_of):
        return hits
    said = compact(text)
    first = compact("".join(hits[0].get("highlights") or []))
    if any(said[i : i + 6] in first for i in range(len(said) - 5)):
        return hits  # "没满期就签了合同 公司能拿全部期限见习补贴" asks of the ended measure itself

    def holds(h: dict) -> bool:
        return all(k in compact("".join(h.get("highlights") or [])) for k in keys)

    standing = next((h for h in hits[1:] if not ended_hit(h, as_of) and holds(h)), None)
    if standing is None or not holds(hits[0]):
        return hits
    return [standing, *[h for h in hits if h is not standing]]


def window_gone(benefit: dict) -> bool:
    window = benefit.get("window") or {}
    return window.get("status") == "closed" and not window.get("event_date")


def name_said(text: str, benefit: dict) -> bool:
    """ "安家补助还有吗": three characters running in the measure's own name."""
    compact = re.sub(r"[^\u4e00-\u9fff]", "", text or "")
    return any(compact[i : i + 3] in benefit["name"] for i in range(len(compact) - 2))


# the words of a sentence naming a group, and the fact saying whether the person is one
DENIED_GROUPS = (
    ("高校毕业生", "is_college_graduate"),
    ("残疾", "is_disabled"),
    ("退役军人", "is_veteran"),
    ("建档立卡", "is_poverty_registered"),
    ("低保家庭", "is_low_income_family"),
    ("农民工", "is_migrant_worker"),
)


def matching(response: dict, profile: dict) -> dict:
    """The clauses matching what was said, without those granting only a kind of applicant the person is not (eval52
    Y12, a disabled man laid off in 2026, was shown 凌源's 2019 refund to firms), when another remains; an ended
    clause stays, said as ended."""
    from retrieval.rule_scope import rules_by_clause

    who = profile.get("applicant_type")
    by_clause = rules_by_clause()

    def fits(h: dict) -> bool:
        rules = by_clause.get(h.get("clause_id") or "", [])
        said = "".join(h.get("highlights") or [])
        # a firm's measure is left out only where its sentence speaks of firms alone (凌源 三、（三）'s 见习 is granted to
        # the unit, and is the trainee's answer)
        firms_only = "企业" in said and not re.search(r"人员|毕业生|劳动者|个人|青年", said)
        return not (who == "person" and firms_only and rules and all(who not in r.applicant_types for r in rules))

    def denied_group(h: dict) -> bool:
        # "建档立卡贫困家庭高校毕业生…" to a man who left school after 初中, "距法定退休年龄不足1年" to one of 30 (eval82 YA08,
        # YA10 heard them as "直接相关"): a group the person said they are not, or an age far from the one written
        said = "".join(h.get("highlights") or [])
        if any(w in said and profile.get(f) is False for w, f in DENIED_GROUPS):
            return True
        rules = by_clause.get(h.get("clause_id") or "", [])
        return bool(rules) and "退休" in said and all(profile_rank.too_young(r.id, profile.get("age")) for r in rules)

    results = [h for h in response.get("results") or [] if not denied_group(h)] or list(response.get("results") or [])
    kept = [h for h in results if fits(h)] or results
    # a clause granting nothing ("加强组织领导", eval75 RA08: a small firm's hires heard who leads the work) is
    # no clause to consult about one's situation while a clause granting a measure matched too
    # a clause naming the person's own group is theirs to consult, granting a measure or not ("落实残疾人专项扶持政策，
    # 支持残疾人多渠道就业" for a disabled man in 聊城, eval89 FA06, who heard a dead end)
    own = [w for w, f in DENIED_GROUPS if profile.get(f) is True]
    granting = [
        h
        for h in kept
        if by_clause.get(h.get("clause_id") or "") or any(w in "".join(h.get("highlights") or []) for w in own)
    ]
    granting.sort(key=lambda h: not any(w in (h.get("highlights") or [""])[0] for w in own))
    return {**response, "results": granting or kept}


def consultable(response: dict, profile: dict, as_of: date) -> dict:
    """The one clause to consult after a summary that settled nothing: matching, not ruled out by what the person said
    ("不是湖北的", "没上过大学"), of their kind of applicant, and not ended on the day; none when every hit fails
    (eval86 CA03, CA07, CA11, CA12 read 湖北籍 graduates, a 1000元 for epidemic supplies, a graduates' 20万元 loan and a
    jobless person's 失业保险金 as "直接相关" to them)."""
    from actions import ruled_out
    from actions.profile import evaluate
    from answers import sentences, validity_words

    gone = ruled_out.quotes(profile, as_of)
    who = profile.get("applicant_type")
    benefits = evaluate(profile, as_of)["benefits"] if who else []

    def keep(h: dict) -> bool:
        said = sentences_compact(((h.get("highlights") or [""])[0] or "").strip("…"))
        rec = sentences.record_of(h.get("clause_id") or "")
        s = sentences.sentence_of(rec, said) if rec is not None and said else None
        if s is None or ruled_out.ruled(h, gone):
            return False
        own = validity_words.own(rec, s, as_of)
        if own.get("status") == "expired" or own.get("window_closed"):
            return False
        # the measures this very sentence states: all for another kind of applicant, it is not theirs
        stating = [
            b
            for b in benefits
            if any(
                sentences_compact(c.get("quote") or "")[:20] in sentences_compact(s.text)
                for c in b.get("citations") or []
            )
        ]
        return not (stating and all(who not in (b.get("applicant_types") or [who]) for b in stating))

    hits = matching(response, profile).get("results") or []
    return {**response, "results": [h for h in hits if keep(h)][:1]}


def asked_after_impatience(text: str) -> str:
    """The question after "别问了 你就说…", or ""."""
    from actions.handoff import QUESTION

    if not text or not turns.IMPATIENT.search(text):
        return ""
    rest = turns.IMPATIENT.sub(" ", text).split(" ")
    rest = [p for p in rest if p and re.sub(r"[^\u4e00-\u9fff]", "", p)]
    # "不是。你就直接告诉我，我57能不能领到退休？" (eval76 SA08 heard start-up subsidies): a form's answer or a filler before
    # the question is no part of it
    pieces = [x for p in rest for x in re.split(r"[，,。！!；;]+", p)]
    filler = r"(?:不知道|不清楚|不是|否|没有|你|就|吧|呗|我|俺|说|告诉我|\s)+"
    asked = " ".join(x for x in pieces if x and not re.fullmatch(filler, x)).strip()
    asked = re.sub(r"^(?:你|就|我|说|告诉我)+", "", asked)
    return asked if len(re.sub(r"[^\u4e00-\u9fff]", "", asked)) >= 6 and QUESTION.search(asked) else ""
