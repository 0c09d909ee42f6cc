"""Evaluation 10's findings answered at the turn (/work/eval10/findings-A.md, findings-B.md), on the real engine,
search and knowledge base. The messages are written for these tests, not the evaluation's (those are live tests)."""

from __future__ import annotations

from datetime import date

from actions.context import date_in_text

TODAY = date(2026, 12, 3)


def test_a_year_naming_which_policies_or_documents_is_not_the_day_asked():
    # before (eval10 H10, H16, H34): "按2020年12月31日的政策判断", the opposite of what was asked
    for said in ("那些2020年的补贴 现在都2026年了还能领不", "2020年那个社保免征 现在还有吗", "这条被2019年的文件替代了没有"):
        assert date_in_text(said, TODAY) is None and date_in_text(said, TODAY, loose=True) is None, said
    # a year said as the time asked about still is
    assert date_in_text("按2020年的政策能领吗", TODAY) == date(2020, 12, 31)
    assert date_in_text("现在按2020年7月1日算能领多少", TODAY) == date(2020, 7, 1)
