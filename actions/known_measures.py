"""What applies to what is known, said at once: the answer to "你问这么多干啥直接告诉我" and "你直接说吧".

The 12345 evaluation (E11, E18) found impatience met by a dead end ("还没有确定现在可以申请的补贴…（需要：申请身份、
推荐成功上岗人数…）", measures for 人力资源服务机构 listed to a 饭馆 owner) or by a hand-off nobody asked for.
Here the person reads, cited and with the validity on the day asked: the measures every applicant of their
kind meets by the text's own words (knowledge/known_measures.yaml), then the measures that may apply with
what they still depend on asked as plain questions, and 转人工 only as an option.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from answers import citations, clause_json, sentences
from answers.benefit_answer import amount_words
from answers.dates import cn_date
from answers.models import Reply, button
from answers.notices import HOTLINE
from answers.questions import as_questions
from answers.validity_words import badge
from knowledge.regions import covers

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "known_measures.yaml"
SHOWN = 3  # measures that may apply, by name: a phone screen
# applicant types that are a person's or a firm's own: a measure only for 人力资源服务机构 or 创业孵化载体
# is not told to someone who has not said they are one
COMMON = {"person", "enterprise"}
NOT_IN_FORCE = ("expired", "not_started")
OWN = ("applicant_type", "region")
# the amount's own "还缺什么" clauses are field names ("算出具体金额还要知道：推荐成功上岗人数"): the questions say it instead
FIELD_TALK = re.compile(r"（算出具体金额还要知道：[^）]*）|[；、]?(?:按)?尚缺信息.*$")


@lru_cache(maxsize=1)
def _entries() -> dict[str, list[dict]]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}


def sure_lines(kind: str, region: str | None, as_of: date) -> tuple[list[str], list[dict]]:
    """The cited sentences every person of `kind` in `region` meets, in force on `as_of` (the place's own first)."""
    lines: list[str] = []
    cites: list[dict] = []
    seen: set[str] = set()
    count = 0
    entries = [e for e in _entries().get(kind, []) if region]
    for entry in sorted(entries, key=lambda e: not e["clause"].startswith(("dalian", "liaocheng", "lingyuan"))):
        rec = sentences.record_of(entry["clause"])
        s = sentences.sentence_of(rec, entry["sentence"]) if rec else None
        if rec is None or s is None or s.text in seen or not covers(rec.region, region or ""):
            continue
        if rec.issued and rec.issued > as_of:  # the document was not out yet on the day asked
            continue
        own = clause_json.period(s.validity, as_of) if s.validity else None
        if own and own.get("status") in NOT_IN_FORCE:
            continue
        seen.add(s.text)
        when = badge(own) if own else "原文未载明该项的实施期限，以经办部门认定为准"
        cite = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text)
        # 聊城's notice has no number: named as printed, never "None21."
        where = (
            f"{cite['doc_number']}{citations.clause_label(cite)}" if cite.get("doc_number") else citations.where(cite)
        )
        if lines and lines[-1].startswith(f"{count}. {where}（{when}）"):  # one clause, its sentences together
            lines[-1] += f"\n   “{s.text}”"
        else:
            count += 1
            lines.append(f"{count}. {where}（{when}）：\n   “{s.text}”")
        cites.append(cite)
    return lines, cites


def maybe_lines(result: dict, candidates: list[str] | None, profile: dict) -> list[tuple[str, str]]:
    """(benefit id, line) of the measures still open for this person, in force, with what they depend on as
    questions."""
    applicant, region = profile.get("applicant_type"), profile.get("region")
    kinds = {applicant} if applicant else COMMON
    out = []
    order = {c: i for i, c in enumerate(candidates or [])}
    for b in sorted(result["benefits"], key=lambda b: order.get(b["benefit_id"], len(order))):
        if candidates and b["benefit_id"] not in candidates:
            continue
        if b["status"] != "needs_info" or (b.get("validity") or {}).get("status") in NOT_IN_FORCE:
            continue
        if not kinds & set(b.get("applicant_types") or COMMON):
            continue
        ask = as_questions(b.get("missing_facts") or [], most=1, leave_out=OWN, profile=profile)  # one each: short
        amount = FIELD_TALK.sub("", amount_words(b)).rstrip("；，、")
        place = "" if region or not b.get("jurisdiction") else f"（{b['jurisdiction']}）"  # place unknown: said
        when = badge(b.get("validity") or {})  # its validity on the day asked, as every benefit answer says it
        line = f"· {b['name']}{place}（{when}）：{amount}" + (f"（还要看：{ask}）" if ask else "")
        out.append((b["benefit_id"], line))
    return out


def reply(result: dict, candidates: list[str] | None, profile: dict, as_of: date, kind: str | None = None) -> Reply:
    """The measures that apply to what is known; `kind`: a situation of known_measures.yaml, else the applicant's."""
    region = profile.get("region")
    applicant = profile.get("applicant_type")
    sure, cites = sure_lines(kind or applicant or "", region, as_of)
    maybe = maybe_lines(result, candidates, profile)
    lines = [f"好的，直接告诉您。按{cn_date(as_of)}的政策{f'（{region}）' if region else ''}："]
    if sure:
        lines.append("按您说的情况，可以直接咨询办理的：")
        lines += sure
    if maybe:
        lines.append(f"还需补充信息才能判断的（{len(maybe)}项）：")
        lines += [line for _, line in maybe[:SHOWN]]
        if len(maybe) > SHOWN:
            lines.append(f"· 另有{len(maybe) - SHOWN}项")
    if not sure and not maybe:
        lines.append("按目前知道的情况，还找不到能确定适用的政策。")
    if not region:
        lines.append("您在哪个市或县？告诉我地方，我按当地的政策告诉您。")
    lines.append(f"以上以经办部门认定为准，具体办理可咨询责任单位或拨打{HOTLINE}；也可以回复“转人工”。")
    return Reply(
        "\n".join(lines),
        cites,
        [button("转人工", "/handoff")],
        meta={
            "known_measures": True,
            "needs_info": [bid for bid, _ in maybe[:SHOWN]],
        },  # "不清楚" next: which stay open
    )


def for_tracker(tracker, as_of: date, result: dict | None = None) -> Reply:
    """The reply for the conversation so far: its facts, and the measures its question is about; a yes/no
    question ("能不能报，直接说", "有还是没有") is answered yes or no instead (actions/yes_no.py, eval7)."""
    from actions import scope, yes_no
    from actions.context import user_text

    answered = yes_no.reply(user_text(tracker), tracker, as_of)
    if answered is not None:
        answered.meta["known_measures"] = True  # the answer: no list of matching clauses after it
        return answered
    from actions.profile import CANDIDATES, SCOPE_TEXT, TOPIC, evaluate, profile_from_slots

    profile = profile_from_slots(tracker.slots)
    candidates = tracker.get_slot(CANDIDATES)
    topic = tracker.get_slot(SCOPE_TEXT) or tracker.get_slot(TOPIC) or ""
    if not candidates and topic:
        candidates, _ = scope.for_person(topic, profile, as_of)
    return reply(result or evaluate(profile, as_of), candidates, profile, as_of)
