"""The fact vocabulary (a contract) and profile validation (bad input names the field)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.eligibility.facts import CORE_FILE, BadInput, normalize_profile, parse_as_of, vocabulary

SHARED_SPEC = Path(__file__).resolve().parents[4] / "shared" / "spec" / "facts.yaml"


@pytest.mark.skipif(not SHARED_SPEC.exists(), reason="no shared/ beside the repository")
def test_core_vocabulary_is_an_exact_copy_of_the_shared_spec():
    assert CORE_FILE.read_bytes() == SHARED_SPEC.read_bytes()


def test_every_fact_has_a_chinese_question_and_enum_labels():
    for fact in vocabulary().values():
        assert fact.prompt, fact.name
        if fact.type == "enum":
            assert set(fact.labels) == set(fact.values), fact.name


def test_core_names_are_kept():
    core = {n for n, f in vocabulary().items() if f.core}
    assert {
        "applicant_type",
        "region",
        "placements",
        "layoff_rate",
        "is_hard_to_employ",
        "graduation_date",
        "insured_employees",
        "pays_flexible_social_insurance",
    } <= core
    assert "flexible_employment_start_date" in core
    assert len(core) == 44  # the shared spec's vocabulary: none may be dropped or renamed


def test_profile_is_normalised():
    p = normalize_profile(
        {
            "region": "大连",
            "employees": 30.0,
            "layoff_rate": 4.5,
            "insured": True,
            "resumption_date": "2020-03-10",
            "industry": " 交通运输 ",
            "age": None,
        }
    )
    assert p == {
        "region": "大连市",
        "industry": "交通运输",
        "employees": 30,
        "insured": True,
        "layoff_rate": 4.5,
        "resumption_date": parse_as_of("2020-03-10"),
    }
    assert list(p)[0] == "region"  # vocabulary order, whatever the input order


@pytest.mark.parametrize(
    "profile, field",
    [
        ({"region": "北京市"}, "profile.region"),
        ({"has_a_dog": True}, "profile.has_a_dog"),
        ({"enterprise_size": "huge"}, "profile.enterprise_size"),
        ({"applicant_type": "government"}, "profile.applicant_type"),
        ({"employees": -1}, "profile.employees"),
        ({"employees": "30"}, "profile.employees"),
        ({"employees": 30.5}, "profile.employees"),
        ({"placements": True}, "profile.placements"),
        ({"layoff_rate": 120}, "profile.layoff_rate"),
        ({"insured": "yes"}, "profile.insured"),
        ({"resumption_date": "2020/03/10"}, "profile.resumption_date"),
        ({"resumption_date": "20200310"}, "profile.resumption_date"),
        ({"industry": ""}, "profile.industry"),
    ],
)
def test_bad_input_names_the_field(profile, field):
    with pytest.raises(BadInput) as info:
        normalize_profile(profile)
    assert info.value.field == field
    assert str(info.value).startswith(field + ": ")


def test_profile_must_be_an_object():
    with pytest.raises(BadInput) as info:
        normalize_profile(["region", "大连市"])
    assert info.value.field == "profile"


def test_bad_as_of_names_as_of():
    with pytest.raises(BadInput) as info:
        parse_as_of("2020-02-30")
    assert info.value.field == "as_of"
