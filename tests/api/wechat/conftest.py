"""WeChat channel fixtures: the real app under uvicorn, a WeChat peer, a fake Rasa and a fake
customer-service API — all on 127.0.0.1, all bounded in time.

The peer signs and (in safe mode) encrypts XML with wechatpy's own crypto, as the platform does.
The fake Rasa answers scripted messages (slow, long, with buttons) and returns 503 for anything
else, so ordinary questions take the real fallback path: a cited search answer from var/.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import xmltodict
from defusedxml.ElementTree import fromstring
from wechatpy.crypto import WeChatCrypto
from wechatpy.utils import WeChatSigner

from stack.ports import start_on_free_port

ROOT = Path(__file__).resolve().parents[3]
TOKEN, APPID, SECRET, ACCOUNT = "wx-test-token", "wx0123456789abcdef", "wx-test-secret", "gh_0123456789ab"
AES_KEY = base64.b64encode(secrets.token_bytes(32)).decode().rstrip("=")  # 43 characters
SLOW_S = 6.0  # the fake Rasa's delay for "慢" messages: past the 4 s passive window, within the 8 s chat timeout
CITATION = {
    "doc_title": "关于进一步做好稳就业工作的实施意见",
    "doc_number": "大政发〔2020〕18号",
    "clause_id": "fake-9",
    "clause_label": "（九）",
    "departments": ["市人力资源社会保障局", "市财政局"],
    "validity": {"status": "expired", "start": "2020-01-01", "end": "2020-12-31", "basis": "test"},
    "quote": "…",
}
LONG_TEXT = "\n".join(
    f"第{i}段：对吸纳登记失业人员的企业，按规定给予一次性吸纳就业补贴，补贴标准为每人1000元。" for i in range(1, 41)
)
BUTTONS = [
    {"title": "高校毕业生", "payload": '/inform{"group": "graduate"}'},
    {"title": "失业人员", "payload": '/inform{"group": "unemployed"}'},
]


class _Fake(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler):
        super().__init__(("127.0.0.1", 0), handler)  # the kernel's port, bound at once: no race
        self.calls: list[dict] = []
        self.lock = threading.Lock()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *_):
        pass

    def reply(self, status: int, payload) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))


class RasaHandler(_Handler):
    """Rasa's REST channel, scripted by the message text."""

    def do_POST(self):
        data = json.loads(self.body())
        with self.server.lock:
            self.server.calls.append(data)
        message = data["message"]
        if "慢" in message:
            time.sleep(SLOW_S)
            return self.reply(200, [{"text": f"慢答复：{message}"}])
        if message == "长答复":
            return self.reply(
                200, [{"custom": {"answer": {"text": LONG_TEXT, "buttons": [], "citations": [CITATION]}}}]
            )
        if message == "选项":
            return self.reply(200, [{"text": "请问您属于哪类人员？", "buttons": BUTTONS}])
        if message == "注入":  # text that would close the reply's CDATA section early
            return self.reply(200, [{"text": "甲]]></Content><MsgType>news</MsgType><Content><![CDATA[乙"}])
        if message.startswith("/inform"):
            return self.reply(200, [{"text": f"已记录您的选择：{message}"}])
        self.reply(503, {"error": "dialogue down (fake)"})  # → the real cited search fallback


class ApiHandler(_Handler):
    """The customer-service message API: token endpoint and custom/send, recording both."""

    def do_GET(self):
        q = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        srv = self.server
        with srv.lock:
            srv.token_requests.append(q)
            if q.get("appid") != APPID or q.get("secret") != SECRET:
                return self.reply(200, {"errcode": 40013, "errmsg": "invalid appid"})
            srv.current_token = f"TOKEN{len(srv.token_requests)}"
        self.reply(200, {"access_token": srv.current_token, "expires_in": 7200})

    def do_POST(self):
        q = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        data = json.loads(self.body().decode("utf-8"))
        srv = self.server
        with srv.lock:
            srv.send_attempts.append({"token": q.get("access_token"), **data})
            if srv.fail_next:
                return self.reply(200, {"errcode": srv.fail_next.pop(0), "errmsg": "injected failure"})
            if q.get("access_token") != srv.current_token:
                return self.reply(200, {"errcode": 40001, "errmsg": "invalid credential"})
            srv.calls.append(data)
        self.reply(200, {"errcode": 0, "errmsg": "ok"})


class FakeApi(_Fake):
    def __init__(self):
        super().__init__(ApiHandler)
        self.token_requests: list[dict] = []
        self.send_attempts: list[dict] = []
        self.fail_next: list[int] = []
        self.current_token: str | None = None

    def texts_to(self, openid: str) -> list[str]:
        with self.lock:
            return [c["text"]["content"] for c in self.calls if c["touser"] == openid]

    def wait_for(self, openid: str, count: int = 1, timeout: float = 20.0) -> list[str]:
        end = time.monotonic() + timeout
        while time.monotonic() < end and len(self.texts_to(openid)) < count:
            time.sleep(0.1)
        return self.texts_to(openid)


class Peer:
    """The WeChat platform's side: signs, encrypts (safe mode) and posts XML; reads replies."""

    def __init__(self, url: str):
        self.url = url
        self.crypto = WeChatCrypto(TOKEN, AES_KEY, APPID)

    @staticmethod
    def sign(*parts: str) -> str:
        signer = WeChatSigner()
        signer.add_data(*parts)
        return signer.signature

    def params(self, ts: int | None = None) -> dict:
        ts_s, nonce = str(ts or int(time.time())), secrets.token_hex(5)
        return {"timestamp": ts_s, "nonce": nonce, "signature": self.sign(TOKEN, ts_s, nonce)}

    @staticmethod
    def xml(openid: str, msg_type: str, msg_id: int | None = None, **fields) -> str:
        fields = {
            "ToUserName": ACCOUNT,
            "FromUserName": openid,
            "CreateTime": str(int(time.time())),
            "MsgType": msg_type,
            **fields,
        }
        if msg_id is not None:
            fields["MsgId"] = str(msg_id)
        return xmltodict.unparse({"xml": fields}, full_document=False)

    def post(self, body: str | bytes, safe: bool = False, ts: int | None = None, **overrides) -> httpx.Response:
        params = self.params(ts)
        if safe:
            sealed = fromstring(self.crypto.encrypt_message(body, params["nonce"], params["timestamp"]))
            encrypt = sealed.findtext("Encrypt")
            body = xmltodict.unparse({"xml": {"ToUserName": ACCOUNT, "Encrypt": encrypt}}, full_document=False)
            params.update(encrypt_type="aes", msg_signature=sealed.findtext("MsgSignature"))
        params.update(overrides)
        return httpx.post(
            f"{self.url}/wechat", params=params, content=body, timeout=15, headers={"Content-Type": "text/xml"}
        )

    def read(self, response: httpx.Response, safe: bool = False, openid: str | None = None) -> str | None:
        """The text the user sees from a passive reply; None for "success"."""
        assert response.status_code == 200, response.text
        if response.text == "success":
            return None
        outer = fromstring(response.content)
        if safe:
            assert outer.find("Content") is None and outer.findtext("Encrypt"), "safe-mode reply not encrypted"
            inner = self.crypto.decrypt_message(
                response.text, outer.findtext("MsgSignature"), outer.findtext("TimeStamp"), outer.findtext("Nonce")
            )
            outer = fromstring(inner)
        assert outer.findtext("MsgType") == "text" and outer.findtext("FromUserName") == ACCOUNT
        if openid:
            assert outer.findtext("ToUserName") == openid
        return outer.findtext("Content")

    def say(self, openid: str, text: str, safe: bool = False, msg_id: int | None = None) -> str | None:
        msg_id = msg_id or secrets.randbits(62)
        return self.read(self.post(self.xml(openid, "text", msg_id, Content=text), safe), safe, openid)


@pytest.fixture(scope="session")
def fake_rasa():
    server = _Fake(RasaHandler)
    yield server
    server.shutdown()


@pytest.fixture(scope="session")
def fake_api():
    server = FakeApi()
    yield server
    server.shutdown()


@pytest.fixture(scope="session")
def wechat_app(tmp_path_factory, fake_rasa, fake_api):
    """The API under uvicorn with WeChat settings; yields (url, path of its log)."""
    with serve_wechat_app(tmp_path_factory.mktemp("wechat_app"), fake_rasa.url, fake_api.url) as running:
        yield running


@contextmanager
def serve_wechat_app(work: Path, rasa_url: str, api_base: str) -> Iterator[tuple[str, Path]]:
    """The app on a free port (chosen again if another process takes it first), stopped on exit."""
    proc, url, log_path = start_on_free_port(lambda port: _start_app(work, port, rasa_url, api_base))
    try:
        # Warm the searcher and the database (index load, migrations) before the first test.
        httpx.post(f"{url}/api/v1/chat", json={"message": "吸纳就业补贴"}, timeout=120)
        yield url, log_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def _start_app(work: Path, port: int, rasa_url: str, api_base: str) -> tuple[subprocess.Popen, str, Path]:
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "POLICY_ENV": "development",
        "POLICY_WECHAT_TOKEN": TOKEN,
        "POLICY_WECHAT_APPID": APPID,
        "POLICY_WECHAT_SECRET": SECRET,
        "POLICY_WECHAT_AES_KEY": AES_KEY,
        "POLICY_WECHAT_API_BASE": api_base,
        # Both modes are exercised against one app; the default (safe mode only once a key is
        # set) is tested in test_wechat_replay.py.
        "POLICY_WECHAT_ALLOW_PLAINTEXT": "true",
        "POLICY_WECHAT_RATE_PER_MINUTE": "12",  # low enough for test_wechat_replay to reach
        "POLICY_RASA_URL": rasa_url,
        "POLICY_DATABASE_URL": f"sqlite:///{work / 'app.db'}",
    }
    log_path = work / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "api.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "info",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, proc, log_path)
    except BaseException:
        proc.kill()
        proc.wait(timeout=15)
        raise
    return proc, url, log_path


def _wait_ready(url: str, proc: subprocess.Popen, log_path: Path, timeout: float = 90.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"API exited: {log_path.read_text()[-2000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("API did not start in time")


@pytest.fixture(scope="session")
def script() -> dict:
    """What the fake Rasa says, for tests to compare with (conftest is not importable)."""
    return {"BUTTONS": BUTTONS, "CITATION": CITATION, "LONG_TEXT": LONG_TEXT, "SLOW_S": SLOW_S}


@pytest.fixture
def peer(wechat_app) -> Peer:
    return Peer(wechat_app[0])


@pytest.fixture
def openid() -> str:
    """A fresh user per test, so reading state and deliveries never mix between tests."""
    return "o" + secrets.token_urlsafe(20).replace("-", "A").replace("_", "B")[:27]
