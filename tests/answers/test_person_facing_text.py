"""Nothing meant for developers reaches a person (issue "Answers II").

Collects every person-facing string the suite produces (person_text.collect: the composer over
every clause and every rule on several profiles and dates, summaries, questions, fixed wordings,
cited search answers, WeChat pages, CLI tables) and fails on a Latin word the policy texts do not
print themselves, a field name, "None", or a bare placeholder, naming where each was found.
"""

from __future__ import annotations

import person_text  # beside this file (tests/answers/conftest.py puts it on sys.path)
import pytest


@pytest.fixture(scope="module")
def texts():
    return person_text.collect()


def test_the_collection_covers_every_channel(texts):
    kinds = {where.split()[0] for where, _ in texts}
    assert {"clause", "summary", "benefit", "reason", "question", "search", "wechat", "cli"} <= kinds
    assert len(texts) > 2000


def test_the_checks_catch_what_they_are_for():
    allowed = {"CT"}
    assert person_text.findings("需要：由 industry 的文字按下方 text_maps 推定", allowed)
    assert person_text.findings("依据：None4.", allowed)
    assert person_text.findings("按 as_of 已过期", allowed)
    assert person_text.findings("请问{fact}？", allowed)
    assert not person_text.findings("组织到指定医疗机构进行防疫CT检查", allowed)


def test_no_person_reads_a_latin_word_a_field_name_none_or_a_placeholder(texts):
    allowed = person_text.allowed_latin()
    found = {}
    for where, text in texts:
        for f in person_text.findings(text, allowed):
            found.setdefault(f, []).append(where)
    report = "\n".join(f"{f}：{len(w)}处，如 {w[0]}" for f, w in sorted(found.items()))
    assert not found, "给人看的文字中出现了开发者用语：\n" + report
