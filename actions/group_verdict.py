"""The verdict after the sentence that lists a group ("单亲妈妈 失业8个月了 算不算就业困难人员"): the list is
quoted, then what the person's own words settle — in the list, and whether the other half of the definition (城镇登记
失业人员) is known. Evaluation 11 (I09, I17, I02) heard only "能否参照享受，以经办部门认定为准" after the quote, five
times, though the person had named a listed group."""

from __future__ import annotations

from datetime import date

from actions.profile import evaluate

HARD = "is_hard_to_employ"
LISTED = "范围包括"  # the sentence that lists the groups, not the 参照 sentence (veterans need more)
OFFICE = "能否认定以经办部门为准。"


def verdict(profile: dict, as_of: date, words: list[str], quotes: list[str]) -> str:
    derived = (evaluate(profile, as_of).get("derived_facts") or {}).get(HARD) or {}
    said = "、".join(words)
    if derived.get("value"):
        return f"按您说的情况（{said}，已办失业登记），属于上述就业困难人员范围；{OFFICE}"
    listed = [w for w in words if any(LISTED in q and w in q for q in quotes)]
    if not listed:
        return "您是否符合上述条件、能否参照享受，以经办部门认定为准。"
    named = "、".join(listed)
    if profile.get("unemployment_registered") is False:
        return f"您说的{named}在所列人员之内，但范围限于城镇登记失业人员；您说未办失业登记，须先办理失业登记，{OFFICE}"
    return f"您说的{named}在所列人员之内；另须是城镇登记失业人员（已办理失业登记）。{OFFICE}"
