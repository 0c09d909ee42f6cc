"""Words of the summary a person reads about a condition not met."""

from __future__ import annotations

from answers.summary import _as_said


def test_a_bare_figure_takes_the_unit_of_its_condition():
    """eval6 E28: "不符合“距离法定退休年龄不足1年”（按您说的：3）"."""
    assert _as_said("距离法定退休年龄不足1年（实际：3）") == "（按您说的：3年）"
    assert _as_said("领取失业保险金期满仍未就业（实际：否）") == "（按您说的：否）"
    assert (
        _as_said("新招用人数达到企业现有在职职工人数的15%（含15%）（实际：3 ÷ 30 = 10%）")
        == "（按您说的：3 ÷ 30 = 10%）"
    )
