"""Rendering and paging in-process: numbered options, compact citations, byte limits, no loss."""

from __future__ import annotations

import re

import pytest

from answers.citations import line
from api.wechat.protocol import Refused, safe_xml
from api.wechat.render import LIMIT_BYTES, MORE, paginate, render

CITE = {
    "doc_title": "凌源市关于做好当前和今后一个时期促进就业工作的实施办法",
    "doc_number": "凌政发〔2019〕14号",
    "clause_id": "c1",
    "clause_label": "(一)",
    "departments": ["市人社局"],
    "validity": {"status": "unknown"},
}
FOOTER = re.compile(r"\n（第\d+/\d+页(?:，完)?）(?:" + re.escape(MORE) + ")?$")


def test_buttons_are_numbered_across_messages_and_citations_use_the_shared_line():
    text, options = render(
        [
            {"text": "您是哪类人员？", "buttons": [{"title": "高校毕业生", "payload": "/a"}], "citations": [CITE]},
            {"text": "或者：", "buttons": [{"title": "企业", "payload": "/b"}], "citations": [CITE]},
        ]
    )
    assert "回复 1 高校毕业生" in text and "回复 2 企业" in text
    assert [o["payload"] for o in options] == ["/a", "/b"]
    assert text.endswith("出处：\n· " + line(CITE)) and text.count(line(CITE)) == 1  # one line per clause


def test_a_short_answer_is_one_page_as_it_is():
    assert paginate("短答复") == ["短答复"]


@pytest.mark.parametrize(
    "text",
    [
        "\n".join("第%d条：按规定给予一次性吸纳就业补贴，补贴标准为每人1000元。" % i for i in range(200)),
        "无标点的长文本" * 2000,
        ("段落" * 400 + "\n\n") * 8 + "出处：\n· 甲\n· 乙",
        "emoji😀混排，" * 700,
    ],
)
def test_pages_fit_2048_bytes_and_join_to_the_whole(text):
    assert len(text.encode()) > LIMIT_BYTES  # each input is long enough to page
    pages = paginate(text)
    assert len(pages) > 1 and all(len(p.encode()) <= LIMIT_BYTES for p in pages)
    assert all(p.endswith(MORE) for p in pages[:-1]) and pages[-1].endswith("，完）")
    assert "".join(FOOTER.sub("", p) for p in pages).replace("\n", "") == text.replace("\n", "")


def test_a_heading_stays_with_its_lines():
    text = "甲" * 600 + "\n\n出处：\n· " + "乙" * 100
    pages = paginate(text)
    assert len(pages) == 2 and pages[1].startswith("出处：")


@pytest.mark.parametrize(
    "xml",
    [
        b'<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/hostname">]><xml>&x;</xml>',
        b'<!DOCTYPE xml [<!ENTITY a "aa"><!ENTITY b "&a;&a;">]><xml>&b;</xml>',
        b"<!DOCTYPE xml><xml/>",
        b"<xml><unclosed></xml>",
    ],
)
def test_dtds_entities_and_malformed_xml_are_refused(xml):
    with pytest.raises(Refused) as exc:
        safe_xml(xml)
    assert exc.value.status == 400
