"""The grand total over the measures listed, the epidemic-bound ones included (eval4 N33: "最多28000元" and
"3000元" each said, "最多31000元" never)."""

from __future__ import annotations

from answers.grand_total import grand_total


def item(name: str, **amount) -> dict:
    tied = {"status": "unknown", "kind": "event_bound", "basis": "疫情防控期间"}
    return {"name": name, "validity": tied, "amount": {"nature": "subsidy", "period": "one_time", **amount}}


def test_epidemic_bound_figures_are_added_and_said_as_the_known_part():
    hotel = item("住宿补助", max_value=28000)
    screening = item("防疫检测补贴", value=3000)
    line = grand_total([], [hotel, screening])
    assert line == [
        "合计（已知部分，含期限与疫情防控期间挂钩的2项）：最多31000元（28000元（最多） + 3000元）；期限与疫情防控期间挂钩的项目有效期未知，能否申请以经办部门认定为准。"
    ]


def test_a_floor_and_a_ceiling_are_said_apart():
    line = grand_total([item("甲", value=2500, value_is_lower_bound=True)], [item("乙", max_value=28000)])[0]
    assert "至少2500元，另加最多28000元，即30500元" in line


def test_ceilings_only_are_at_most():
    line = grand_total([item("甲", max_value=28000)], [item("乙", max_value=3000)])[0]
    assert "最多31000元（28000元 + 3000元）" in line


def test_a_measure_still_needing_a_condition_is_added_only_if_met():
    hotel = item("住宿补助", max_value=28000)
    screening = item("防疫检测补贴", value=3000)
    line = grand_total([], [hotel], [screening])[0]
    assert line.startswith("合计（已知部分，含期限与疫情防控期间挂钩的1项）：最多28000元；")
    assert "如“防疫检测补贴”也符合条件：最多31000元（28000元（最多） + 3000元）" in line
    assert grand_total([], [hotel]) == []  # one figure, said already
    both = grand_total([], [], [screening, hotel])[0]
    assert both.startswith("如以上2项都符合条件，合计（已知部分）：最多31000元（3000元 + 28000元（最多））；")


def test_no_epidemic_figure_no_line_and_loans_and_per_year_left_out():
    assert grand_total([item("甲", value=1000)], []) == []
    assert grand_total([item("甲", value=1000)], [item("乙", nature="loan", value=100000)]) == []
    assert grand_total([], [item("丙", value=3000, period="per_year")]) == []
