"""YAML test cases for the rules (OpenFisca-style: name / as_of / profile / expected output).

One file per rule under knowledge/rules/cases/<doc_id>/<name>.yaml:

    rule: dalian-2020-18.absorb-2500
    defaults: {as_of: 2020-07-15, profile: {applicant_type: enterprise, region: 大连市}}
    cases:
      - name: 招用4名毕业年度高校毕业生
        profile: {new_hires_graduates: 4}      # merged over defaults.profile
        unset: [contract_one_year_plus]        # removed from defaults.profile
        expect: {status: eligible, amount: 10000, validity: active}

`expect` keys: status, amount (amount.value; null allowed), max_amount, min_amount,
lower_bound (amount.value_is_lower_bound), validity (validity.status: the measure's own), validity_end,
own_period / own_period_end (the person's own benefit period, from the event's date), window
(window.status, null = the rule has no window), missing (exact set of missing_facts),
superseded_by (exact list), overlaps (exact set of the benefits it overlaps), derived (fact ->
value established by a definition, null = not established), reason (a substring of one of the
reasons); and of the package: in_package (bool), chosen_instead (the benefit the package keeps
in this one's place, null when it is not an alternative left out), package_total
(package.total.value), total_is_lower_bound. A case may check another benefit of the same
evaluation with `benefit:`; the cases of a definition must do so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge.eligibility.loader import CASES_DIR

EXPECT_KEYS = {
    "status",
    "amount",
    "max_amount",
    "min_amount",
    "lower_bound",
    "validity",
    "validity_end",
    "own_period",
    "own_period_end",
    "window",
    "missing",
    "superseded_by",
    "overlaps",
    "derived",
    "reason",
    "in_package",
    "chosen_instead",
    "package_total",
    "total_is_lower_bound",
}
SETS = ("missing", "overlaps")


@dataclass(frozen=True)
class Case:
    file: str
    rule: str  # the rule (or definition) the file is about
    benefit: str  # the benefit whose result is checked
    name: str
    as_of: Any
    profile: dict
    expect: dict

    @property
    def id(self) -> str:
        return f"{self.rule}::{self.name}"


def case_files(root: Path = CASES_DIR) -> list[Path]:
    return sorted(root.glob("*/*.yaml"))


def load_cases(root: Path = CASES_DIR) -> list[Case]:
    out: list[Case] = []
    for path in case_files(root):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rel = str(path.relative_to(root))
        rule = data["rule"]
        if f"{path.parent.name}.{path.stem}" != rule:
            raise ValueError(f"{rel}: rule {rule!r} does not match the file's path")
        defaults = data.get("defaults", {})
        for raw in data["cases"]:
            unknown = set(raw.get("expect", {})) - EXPECT_KEYS
            if unknown or not raw.get("expect"):
                raise ValueError(f"{rel}: case {raw.get('name')!r}: bad expect keys {sorted(unknown)}")
            profile = {**defaults.get("profile", {}), **raw.get("profile", {})}
            for name in raw.get("unset", []):
                if name not in profile:
                    raise ValueError(f"{rel}: case {raw['name']!r} unsets {name}, which is not set")
                del profile[name]
            out.append(
                Case(
                    rel,
                    rule,
                    raw.get("benefit", rule),
                    raw["name"],
                    raw.get("as_of", defaults.get("as_of")),
                    profile,
                    raw["expect"],
                )
            )
    return out


def check(case: Case, result: dict) -> list[str]:
    """Differences between what the case expects and what the engine returned."""
    found = [b for b in result["benefits"] if b["benefit_id"] == case.benefit]
    if not found:
        return [f"benefit {case.benefit} not in the result"]
    b = found[0]
    e = case.expect
    package = result["package"]
    instead = [
        a["chosen"] for a in package["alternatives"] if case.benefit in a["benefit_ids"] and a["chosen"] != case.benefit
    ]
    actual = {
        "status": b["status"],
        "amount": b["amount"].get("value"),
        "max_amount": b["amount"].get("max_value"),
        "min_amount": b["amount"].get("min_value"),
        "lower_bound": bool(b["amount"].get("value_is_lower_bound")),
        "validity": b["validity"]["status"],
        "validity_end": b["validity"]["end"],
        "own_period": (b.get("own_period") or {}).get("status"),
        "own_period_end": (b.get("own_period") or {}).get("end"),
        "window": (b["window"] or {}).get("status"),
        "missing": sorted(b["missing_facts"]),
        "superseded_by": b["superseded_by"],
        "overlaps": sorted(o["benefit_id"] for o in b["overlaps"]),
        "derived": {k: (result["derived_facts"].get(k) or {}).get("value") for k in e.get("derived", {})},
        "in_package": case.benefit in package["benefit_ids"],
        "chosen_instead": instead[0] if instead else None,
        "package_total": package["total"]["value"],
        "total_is_lower_bound": package["total"]["is_lower_bound"],
    }
    errors = []
    for key, want in e.items():
        if key == "reason":
            if not any(want in line for line in b["reasons"]):
                errors.append(f"no reason contains {want!r}: {b['reasons']}")
            continue
        if key in SETS:
            want = sorted(want)
        if key in ("validity_end", "own_period_end") and want is not None:
            want = str(want)
        if actual[key] != want:
            errors.append(f"{key}: expected {want!r}, got {actual[key]!r}")
    return errors
