"""The calculator on a live call: scoped to the caller's question or a chosen measure (chat's
scoping), and a headline total that never sums a measure not in force on the day asked."""

from __future__ import annotations

ANSWERS = {
    "applicant_type": "enterprise",
    "region": "大连市",
    "new_hires_graduates": 4,
    "contract_one_year_plus": True,
    "social_insurance_paid": True,
    "insured": True,
}
QUESTION = "公司招了应届毕业生有补贴吗"


def walk(staff, **scope) -> list[str]:
    """Answer what the caller knows (ANSWERS), skip the rest, until nothing is asked."""
    profile, skip, asked = {"applicant_type": "enterprise", "region": "大连市"}, [], []
    for _ in range(100):
        r = staff.post(
            "/api/v1/console/calculator", json={"profile": profile, "skip": skip, "as_of": "2020-07-15", **scope}
        ).json()
        q = r["next_question"]
        if not q:
            return asked
        asked.append(q["fact"])
        if q["fact"] in ANSWERS:
            profile[q["fact"]] = ANSWERS[q["fact"]]
        else:
            skip.append(q["fact"])
    raise AssertionError(f"still asking after 100 questions: {asked}")


def test_a_question_scopes_the_calculator_like_chat(staff):
    from retrieval.rule_scope import candidates

    r = staff.post(
        "/api/v1/console/calculator",
        json={
            "profile": {"applicant_type": "enterprise", "region": "大连市"},
            "as_of": "2020-07-15",
            "question": QUESTION,
        },
    ).json()
    ids, _ = candidates(QUESTION, "enterprise", "大连市")
    assert r["scope"]["benefit_ids"] == ids and r["scope"]["question"] == QUESTION
    names = {b["benefit_id"] for b in r["claim"]} | {b["benefit_id"] for b in r["open"]}
    assert names <= set(ids)
    scoped, whole = walk(staff, question=QUESTION), walk(staff)
    print(f"questions asked: scoped {len(scoped)}, whole rulebook {len(whole)}")
    assert len(scoped) < len(whole)
    assert "quarantine_hotel_used" in whole and "quarantine_hotel_used" not in scoped


def test_a_chosen_measure_asks_only_what_it_needs(staff):
    measures = staff.get("/api/v1/console/calculator/measures").json()["measures"]
    assert any(m["benefit_id"] == "dalian-2020-18.absorb-2500" for m in measures)
    asked = walk(staff, measures=["dalian-2020-18.absorb-2500"])
    assert asked and len(asked) <= 6
    r = staff.post(
        "/api/v1/console/calculator",
        json={"profile": ANSWERS, "as_of": "2020-07-15", "measures": ["dalian-2020-18.absorb-2500"]},
    ).json()
    assert [b["benefit_id"] for b in r["claim"]] == ["dalian-2020-18.absorb-2500"]
    assert r["package"]["total"]["value"] == 10000


def test_the_total_never_sums_a_measure_not_in_force(staff):
    today = staff.post(
        "/api/v1/console/calculator",
        json={"profile": ANSWERS, "as_of": "2026-11-29", "measures": ["dalian-2020-18.absorb-2500"]},
    ).json()
    assert today["claim"] == [] and (today["package"]["total"]["value"] in (None, 0))
    assert [n["benefit_id"] for n in today["not_in_force"]] == ["dalian-2020-18.absorb-2500"]
    assert today["not_in_force"][0]["status"] == "expired" and today["not_in_force"][0]["name"]


def test_bad_scope_names_the_field(staff):
    r = staff.post("/api/v1/console/calculator", json={"profile": {}, "measures": ["no-such-measure"]})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "measures"
    r = staff.post("/api/v1/console/calculator", json={"profile": {}, "question": "问" * 201})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "question"
