"""GET / (demo host page) and GET /widget.js (one script, wordings shared with the answers)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from answers.validity_words import BADGE


def test_demo_page_embeds_the_widget_with_one_tag(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<html lang="zh-CN">' in html
    # Relative (no POLICY_PUBLIC_BASE_URL): the Host header never chooses where the script comes from.
    assert '<script src="/widget.js" data-api=""' in html
    assert "大政发〔2020〕18号" in html and "12345" in html
    assert "http" not in html  # nothing from another host
    # documents named as the answers name them (answers.citations.doc_name), not in words of its own
    assert "聊城市人民政府2020年3月11日印发的通知（原文未载标题、文号）" in html


def test_widget_script(client):
    r = client.get("/widget.js")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/javascript")
    js = r.text
    for word in BADGE.values():
        assert word in js
    for task in ("查补贴", "企业招人补贴", "稳岗返还", "创业扶持", "转人工"):
        assert task in js
    assert "role: 'log'" in js and "aria-live" in js and "/api/v1/feedback" in js
    assert "cdn" not in js.lower() and "https://" not in js


@pytest.mark.skipif(not shutil.which("node"), reason="node not installed")
def test_widget_script_parses(client, tmp_path):
    path = tmp_path / "widget.js"
    path.write_text(client.get("/widget.js").text, encoding="utf-8")
    done = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_widget_says_what_is_kept_and_for_how_long(client):
    from api.settings import get_settings

    js = client.get("/widget.js").text
    assert f"保存{get_settings().retention_days}天后删除" in js and "zcw-privacy" in js
