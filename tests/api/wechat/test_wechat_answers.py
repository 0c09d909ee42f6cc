"""Text questions through WeChat: passive cited answers, numbered options, paging over 2048 bytes."""

from __future__ import annotations

import re

import pytest

from answers import notices
from api.wechat.render import MORE, NO_MORE, render

MODES = [pytest.param(False, id="plaintext"), pytest.param(True, id="safe-mode")]
FOOTER = re.compile(r"\n（第(\d+)/(\d+)页(?:，完)?）(?:" + re.escape(MORE) + ")?$")


def read_all_pages(peer, openid, first: str, safe: bool = False) -> list[str]:
    """Page 1, then "更多" until the last page, as a user would (bounded)."""
    pages = [first]
    for _ in range(20):
        if not pages[-1].endswith(MORE):
            break
        pages.append(peer.say(openid, "更多", safe))
    assert not pages[-1].endswith(MORE), "more than 20 pages"
    return pages


def joined(pages: list[str]) -> str:
    """The pages without their footers, newlines dropped (a cut at a line end drops its newline)."""
    bodies = []
    for i, page in enumerate(pages, 1):
        m = FOOTER.search(page)
        assert m and int(m.group(1)) == i and int(m.group(2)) == len(pages), page[-60:]
        bodies.append(page[: m.start()])
    return "".join(bodies).replace("\n", "")


def last_call(fake_rasa, sender: str) -> dict:
    with fake_rasa.lock:
        return [c for c in fake_rasa.calls if c["sender"] == sender][-1]


@pytest.mark.parametrize("safe", MODES)
def test_a_question_is_answered_passively_with_a_cited_answer(peer, openid, fake_rasa, safe):
    reply = peer.say(openid, "企业招用失业人员有什么补贴", safe)
    assert reply and reply.startswith(notices.DIALOGUE_DOWN)  # the fake Rasa is "down": real search answer
    assert "根据《" in reply and "责任单位" in reply
    assert len(reply.encode()) <= 2048
    call = last_call(fake_rasa, f"wx:{openid}")
    assert call["message"] == "企业招用失业人员有什么补贴" and call["metadata"]["channel"] == "wechat"


def test_citations_are_compact_lines_at_the_end(peer, openid):
    pages = read_all_pages(peer, openid, peer.say(openid, "残疾人开店有房租补贴吗"))
    whole = "\n".join(FOOTER.sub("", p) for p in pages)
    sources = whole.split("出处：\n", 1)[1].splitlines()
    assert sources and all(s.startswith("· 《") or s.startswith("· ") for s in sources)
    assert any("号）" in s and " · " in s for s in sources)  # 《title》（number）clause · validity · department


def test_a_long_answer_is_paged_and_the_pages_join_to_the_whole(peer, openid, script):
    first = peer.say(openid, "长答复")
    assert first.endswith(MORE)
    pages = read_all_pages(peer, openid, first)
    assert len(pages) >= 3 and all(len(p.encode()) <= 2048 for p in pages)
    whole, _ = render([{"text": script["LONG_TEXT"], "buttons": [], "citations": [script["CITATION"]]}])
    assert len(whole.encode()) > 2 * 2048
    assert joined(pages) == whole.replace("\n", "")
    assert "大政发〔2020〕18号" in pages[-1]  # the citation line comes last
    assert peer.say(openid, "更多") == NO_MORE


@pytest.mark.parametrize("safe", MODES)
def test_a_real_answer_fits_wechats_2048_bytes_with_its_sources(peer, openid, safe):
    """A real cited answer (1991 bytes today: one page) keeps its sources inside the limit; paging
    itself is forced by the fake dialogue's long answer above, not left to the answer's length."""
    pages = read_all_pages(peer, openid, peer.say(openid, "企业吸纳就业补贴有哪些", safe), safe)
    assert all(len(p.encode()) <= 2048 for p in pages)
    assert "出处：" in pages[-1]


def test_numbered_options_send_the_chosen_payload(peer, openid, fake_rasa, script):
    reply = peer.say(openid, "选项")
    assert "回复 1 高校毕业生" in reply and "回复 2 失业人员" in reply
    answer = peer.say(openid, "1")
    assert last_call(fake_rasa, f"wx:{openid}")["message"] == script["BUTTONS"][0]["payload"]
    assert answer.startswith("已记录您的选择")
    peer.say(openid, "选项")
    peer.say(openid, "２", safe=True)  # a full-width digit, in safe mode: the same user, the same options
    assert last_call(fake_rasa, f"wx:{openid}")["message"] == script["BUTTONS"][1]["payload"]


def test_an_options_title_typed_out_sends_its_payload(peer, openid, fake_rasa, script):
    """eval6 E04: people type the option's words ("按我的情况算一算") rather than its number."""
    peer.say(openid, "选项")
    peer.say(openid, script["BUTTONS"][1]["title"] + "。")
    assert last_call(fake_rasa, f"wx:{openid}")["message"] == script["BUTTONS"][1]["payload"]


def test_a_number_without_options_is_just_text(peer, openid, fake_rasa):
    peer.say(openid, "3")
    assert last_call(fake_rasa, f"wx:{openid}")["message"] == "3"


@pytest.mark.parametrize("safe", MODES)
def test_answer_text_cannot_break_out_of_the_reply_xml(peer, openid, safe):
    reply = peer.say(openid, "注入", safe)  # Peer.read checks MsgType is still "text"
    assert reply.startswith("甲]]＞") and reply.endswith("乙")


def test_a_hand_off_on_wechat_gives_the_reference_number(peer, openid):
    reply = peer.say(openid, "转人工")
    assert re.search(r"转接编号 A-\d{8}-\d{4}，请拨打12345时告知坐席。", reply), reply
