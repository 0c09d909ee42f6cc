"""Chat plumbing without servers: message cleaning, REST-channel interpretation, redaction."""

import logging

from api.chat.models import clean_message
from api.chat.rasa_client import interpret
from api.redact import RedactingFilter, redact


def test_whitespace_between_chinese_is_removed_and_collapsed_elsewhere():
    assert clean_message("  残疾人  开店\n有房租补贴吗 ") == "残疾人开店有房租补贴吗"
    assert clean_message("我 是 IT 公司") == "我是 IT 公司"


def test_only_button_payloads_may_skip_nlu():
    assert clean_message("/handoff") == "/handoff"
    assert clean_message('/inform{"applicant_type":"enterprise"}') == '/inform{"applicant_type":"enterprise"}'
    assert clean_message("/天气怎么样") == "天气怎么样"


def test_interpret_rest_items():
    items = [
        {"recipient_id": "u", "text": "您好", "buttons": [{"title": "是", "payload": "/affirm"}]},
        {
            "recipient_id": "u",
            "custom": {"answer": {"text": "答复", "buttons": [], "citations": [{"clause_id": "x"}], "meta": {}}},
        },
        {
            "recipient_id": "u",
            "custom": {
                "handoff": {
                    "reason": "user_request",
                    "topic": "稳岗返还",
                    "departments": ["市人社局"],
                    "profile": {"region": "大连市"},
                }
            },
        },
        {"recipient_id": "u", "custom": {"something": 1}},
    ]
    messages, handoff, extras = interpret(items)
    assert [m["text"] for m in messages] == ["您好", "答复"]
    assert messages[0]["buttons"] == [{"title": "是", "payload": "/affirm"}]
    assert messages[1]["citations"] == [{"clause_id": "x"}]
    assert handoff.departments == ["市人社局"] and handoff.profile == {"region": "大连市"}
    assert extras == [{"something": 1}]


def test_redaction_masks_id_and_phone_numbers():
    text = "我叫张三，身份证21020319900101123X，手机138-1234-5678，座机0411-83456789"
    out = redact(text)
    assert "21020319900101123X" not in out and "1234" not in out and "83456789" not in out
    assert out.count("已隐去") == 3
    assert redact("招了30个人，2020年") == "招了30个人，2020年"


def test_log_records_are_masked(caplog):
    logger = logging.getLogger("api.test_redact")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO, logger="api.test_redact"):
        logger.info("user said %s", "电话13812345678")
    assert "13812345678" not in caplog.text
    assert "[电话已隐去]" in caplog.text


def test_installed_masking_covers_child_loggers_and_keeps_access_log_args(caplog):
    from uvicorn.logging import AccessFormatter

    from api.redact import install

    install()
    with caplog.at_level(logging.INFO):
        logging.getLogger("api.chat.child").info("user said %s", "身份证21020319900101123X")
        logging.getLogger("uvicorn.access").info(
            '%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET", "/api/v1/search?q=13812345678", "1.1", 200
        )
    assert "21020319900101123X" not in caplog.text and "13812345678" not in caplog.text
    access = [r for r in caplog.records if r.name == "uvicorn.access"][0]
    line = AccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s').format(access)
    assert "13812345678" not in line and "GET /api/v1/search HTTP/1.1" in line and "200" in line


def test_masking_sees_through_full_width_digits_and_grouped_numbers():
    for typed in (
        "电话１３９１２３４５６７８",
        "身份证110101 19900307 7777",
        "身份证 110101-19900307-777X",
        "手机 139 1234 5678",
        "身份证１１０１０１１９９００３０７７７７Ｘ号",
        "手机＋８６ １３９１２３４５６７８",
    ):
        out = redact(typed)
        assert "已隐去" in out, typed
        # Nothing of an ID number is left; of a mobile only its last four digits ("尾号5678").
        assert sum(c.isdigit() for c in out) == (4 if "电话" in out else 0), (typed, out)
        assert "5678）" in out if "电话" in out else True
    # Two numbers side by side are both masked; ordinary figures are left alone.
    both = redact("13812345678 0411-83456789")
    assert both.count("[电话已隐去]") == 2 and "83456789" not in both, both
    for ordinary in ("2500元/人 × 4人 = 10000元", "2020 年 3 月招了 30 人", "大政发〔2020〕18号第（九）条"):
        assert redact(ordinary) == ordinary


def test_access_log_lines_lose_their_query_strings(caplog):
    from api.redact import install

    install()
    with caplog.at_level(logging.INFO):
        logging.getLogger("uvicorn.access").info(
            '%s - "%s %s HTTP/%s" %d', "127.0.0.1", "POST", "/wechat?signature=abc&timestamp=1&nonce=xyz", "1.1", 200
        )
        logging.getLogger("uvicorn.access").info(
            '%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET", "/api/v1/search?q=%E7%94%B5%2513912345678", "1.1", 200
        )
    assert "signature" not in caplog.text and "nonce" not in caplog.text and "13912345678" not in caplog.text
    assert "POST /wechat HTTP/1.1" in caplog.text and "GET /api/v1/search HTTP/1.1" in caplog.text
