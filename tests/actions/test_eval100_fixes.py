"""Faults found in the twentieth session (evaluation 99's leftovers and evaluation 100: /work/eval100/ findings-A.md,
findings-B.md): answered on the real engine. The messages are written for these tests after the findings, not copied
from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_whom_posts_are_for_is_the_sentence_naming_who_goes_first(convo):
    # before (eval99 PB09, an agent): 辽宁's 公益性岗位 asked "谁能上" heard the plan sentence ("制定全省公益性岗位开发计划…")
    body = asked(convo, "省里公益性岗位都谁能上啊", as_of="2020-06-01")
    lines = body.split("\n")
    quoted = lines[next(i for i, line in enumerate(lines) if line.startswith("根据")) + 1]
    assert "优先安排符合岗位条件的零就业家庭成员" in quoted, body


def test_a_city_named_hears_its_own_post_sentence_before_the_provinces(convo):
    # before (eval99 PB09): "大连…公益岗…" led with 辽宁 (十七); 大连's own 18号 (十五) says the same for 大连
    body = asked(convo, "大连这边公益岗给啥人", as_of="2026-12-07")
    assert body.startswith("根据《大连市人民政府关于进一步做好稳就业工作的实施意见》（大政发〔2020〕18号）"), body
    assert "优先安排符合岗位条件的零就业家庭成员" in body.split("其他")[0], body


def test_how_a_city_carries_out_the_provinces_measure_is_that_citys_clause(convo):
    # before (eval99 PB01, an agent): "大连怎么执行的" after 辽宁's 稳岗返还 heard 辽宁's closing "严格执行…" sentence
    asked(convo, "省里的稳岗返还返多少", as_of="2026-12-07")
    body = asked(convo, "那大连是咋执行的", as_of="2026-12-07")
    assert "按大连市的政策回答" in body and "大政发〔2020〕18号）第（三）条" in body, body
    assert "严格执行和加快落实" not in body, body
