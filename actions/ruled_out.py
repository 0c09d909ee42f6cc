"""A sentence granting something the person has said they do not qualify for is not their answer.

eval31 T19: a 丹东 parent said "不是湖北的" twice and heard, four times, "给予省内院校湖北籍2020届高校毕业生一次性求职创业
补贴" — the search's best sentence for "刚毕业想自己创业 能有啥补贴". A search hit whose sentence is the quote of a measure
the engine rules out on the person's own facts (not on place or applicant type) yields to the next hit.
"""

from __future__ import annotations

from datetime import date

from answers.sentences import compact

MARK = "不符合："
NOT_THEIRS = ("申请主体", "所在地")  # who or where: another turn's answer (other_place_rule, own_group)


def quotes(profile: dict, as_of: date) -> list[str]:
    """The quotes of the measures the person's own stated facts rule out."""
    from actions.profile import evaluate

    if not profile:
        return []
    out = []
    for b in evaluate(profile, as_of)["benefits"]:
        reasons = [r for r in b.get("reasons") or [] if r.startswith(MARK)]
        if b.get("status") != "not_eligible" or not reasons or any(w in r for r in reasons for w in NOT_THEIRS):
            continue
        out += [compact(c.get("quote") or "") for c in b.get("citations") or [] if c.get("quote")]
    return [q for q in out if len(q) >= 8]


def ruled(hit: dict, gone: list[str]) -> bool:
    """The hit's first matched sentence is one of the ruled-out measures' quotes (`quotes`)."""
    said = compact(((hit.get("highlights") or [""])[0] or "").strip("…"))
    return bool(said) and any(said in q or q in said for q in gone)


def drop(response: dict, profile: dict, as_of: date) -> dict:
    """The response without hits whose sentence is a ruled-out measure's quote, when another hit remains."""
    gone = quotes(profile, as_of)
    if not gone:
        return response
    hits = response.get("results") or []
    kept = [h for h in hits if not ruled(h, gone)]
    return {**response, "results": kept} if kept and len(kept) < len(hits) else response


def kept_in_clause(hit: dict, profile: dict, as_of: date) -> dict:
    """The clause in play, read from a sentence the person is not ruled out of: "贷款 多少" from a shopkeeper who
    said he is no graduate, after a summary naming 凌源 四、（七）'s 20万元 for graduates (eval63 FB11 heard that
    sentence three times, never the 10万元 one for him). The hit as it is where its sentence is not ruled out."""
    gone = quotes(profile, as_of)
    said = compact(((hit.get("highlights") or [""])[0] or "").strip("…"))
    if not gone or not said or not any(said in q or q in said for q in gone):
        return hit
    from actions.profile import evaluate

    others = [
        compact(c.get("quote") or "")
        for b in evaluate(profile, as_of)["benefits"]
        if b.get("status") != "not_eligible"
        for c in b.get("citations") or []
        if c.get("clause_id") == hit.get("clause_id") and c.get("quote")
    ]
    other = next((q for q in others if len(q) >= 8 and q not in gone), None)
    return {**hit, "highlights": [other]} if other else hit
