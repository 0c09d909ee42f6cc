"""One settings object for every process (pydantic-settings; environment variables prefixed POLICY_),
read once per process (`get_settings()`) and handed down. Every POLICY_* variable the project reads
is a field here, and each has a row in the README's settings table (tests/test_settings_table.py).
This package imports nothing of ours, so knowledge/ and retrieval/ may read it.

Secrets come only from here. Outside development a placeholder secret is refused at start-up
(`check_secrets`), so a production deployment cannot run with the defaults by accident.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER = "change-me"
REPO_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICY_", extra="ignore")

    env: Literal["development", "production"] = "development"

    # Where things are: generated records, indexes and the SQLite files (`var/` in the checkout
    # unless set); the per-document knowledge data (knowledge/ unless set: the impact report and the
    # growth benchmark point a process at another copy); the Rasa executable (its own venv).
    home: Path | None = None
    knowledge_dir: Path | None = None
    rasa_bin: Path | None = None

    # Search (retrieval.config.SearchConfig.from_settings): the dense encoder ("e5-small" |
    # "use-m3" | "st:<model dir>[|<query prefix>]" | "none") and the faiss index kind ("flat" | "hnsw").
    encoder: str = "e5-small"
    dense_index: str = "flat"
    search_default_top_k: int = 5

    # `policy serve`: where the API listens, and the loopback ports of Rasa and the action server.
    host: str = "127.0.0.1"
    port: int = 8000
    rasa_port: int = 5005
    # Rasa servers `policy serve` starts (ports rasa_port, rasa_port+1, …). One Rasa handles every
    # turn on one event loop, so one per core raises the chat ceiling (docs/notes/scale.md); they
    # share the tracker store, and the API keeps each conversation on one of them.
    rasa_servers: int = Field(default=1, ge=1, le=8)
    action_port: int = 5055
    # The action server loads the rules and the search index when it starts (actions/warmup.py).
    actions_warmup: bool = True

    # Application database (transcripts, hand-offs, feedback): SQLite under POLICY_HOME by
    # default; a PostgreSQL URL (postgresql+psycopg://…) for more than one process.
    database_url: str | None = None

    # Shared state (WeChat de-duplication, reading state and nonces, login throttle, rate limits):
    # a redis:// URL when more than one API process serves; unset, each process keeps its own.
    redis_url: str | None = None

    # Dialogue: Rasa's REST channel. Timeouts are short: a slow dialogue degrades to a cited
    # search answer rather than keeping a caller (or WeChat's 5-second window) waiting.
    rasa_url: str = "http://127.0.0.1:5005"  # several servers: comma-separated (api/chat/rasa_pool.py)
    # The action server's base URL (no /webhook: Rasa's endpoints add it), probed by /readyz.
    action_url: str = "http://127.0.0.1:5055"
    rasa_timeout_s: float = 8.0
    # Rasa's tracker store: SQLite under POLICY_HOME unless a postgresql:// URL is given.
    tracker_db_url: str | None = None

    # Staff console and admin endpoints.
    staff_token: str = PLACEHOLDER
    session_secret: str = PLACEHOLDER
    # Signs the conversation ids the chat API issues (api/chat/conversation_ids.py); when unset,
    # a key derived from session_secret is used, so production needs nothing new.
    conversation_secret: str = PLACEHOLDER

    # WeChat Official Account.
    wechat_token: str = PLACEHOLDER
    wechat_appid: str = ""
    wechat_secret: str = PLACEHOLDER
    wechat_aes_key: str | None = None
    wechat_api_base: str = "https://api.weixin.qq.com"
    # With an AES key set, plaintext callbacks are refused; true only while switching modes.
    wechat_allow_plaintext: bool = False

    # Personal data: transcripts, hand-offs and feedback older than this are deleted by
    # `policy purge` (run it daily from a scheduler); the widget tells people the figure.
    retention_days: int = Field(default=180, ge=1, le=3650)

    # Abuse limits per caller (an address; on WeChat an OpenID). 0 turns one off. Defaults are far
    # above what a person reaches by hand: a few hundred requests a minute is a script.
    handoff_limit_per_hour: int = Field(default=5, ge=0)
    chat_rate_per_minute: int = Field(default=120, ge=0)  # POST /api/v1/chat per address
    search_rate_per_minute: int = Field(default=300, ge=0)  # GET /api/v1/search per address
    wechat_rate_per_minute: int = Field(default=60, ge=0)  # messages per OpenID (a polite text past it)

    # The address people reach us at (https://zc.example.gov.cn): the demo page's widget URL and the
    # origin staff pages post from. Unset: pages use relative URLs, never the request's Host header.
    public_base_url: str | None = None
    # Host names this API answers to, comma-separated ("*" = any). Behind a proxy that sets Host,
    # list the public name(s); a request for another host gets 400.
    allowed_hosts: str = "*"

    # Slow or too many clients (api/serve.py): seconds to send a whole request (head and body),
    # and connections plus requests in flight before new ones get 503.
    request_read_timeout_s: float = Field(default=15.0, gt=0)
    max_concurrency: int = Field(default=400, ge=1)

    # /docs (+ /openapi.json) and /metrics: "open", "staff" (token or console session) or "off".
    # Unset: open in development, staff in production (api/exposure.py).
    docs_access: Literal["open", "staff", "off"] | None = None
    metrics_access: Literal["open", "staff", "off"] | None = None

    # Our own reverse proxies (comma-separated addresses or networks, e.g. "10.0.0.5,10.1.0.0/16"):
    # only from these is X-Forwarded-For believed. Empty: nobody, not even loopback.
    trusted_proxies: str = ""

    # Sites allowed to embed the widget (CORS), comma-separated origins.
    cors_origins: str = "http://127.0.0.1:8000,http://localhost:8000"

    @field_validator("home", "knowledge_dir", "rasa_bin", "tracker_db_url", "database_url", "redis_url", mode="before")
    @classmethod
    def _empty_is_unset(cls, value):
        # POLICY_HOME= (set but empty) has always meant "the default", never the current directory.
        return None if value == "" else value

    def home_dir(self) -> Path:
        return self.home or REPO_ROOT / "var"

    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home_dir() / 'app.db'}"

    def docs_mode(self) -> str:
        return self.docs_access or ("open" if self.env == "development" else "staff")

    def metrics_mode(self) -> str:
        return self.metrics_access or ("open" if self.env == "development" else "staff")

    def public_origin(self) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(self.public_base_url or "")
        return f"{parts.scheme}://{parts.netloc}"

    def allowed_host_list(self) -> list[str]:
        return [h.strip() for h in self.allowed_hosts.split(",") if h.strip()] or ["*"]

    def cors_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    def check_secrets(self) -> None:
        """Refuse placeholder secrets outside development (names the setting, never the value).

        A malformed EncodingAESKey is refused in every environment: it would otherwise surface
        only when the first encrypted WeChat message arrives."""
        if self.wechat_aes_key and len(self.wechat_aes_key) != 43:
            raise RuntimeError(f"POLICY_WECHAT_AES_KEY 应为43个字符（收到{len(self.wechat_aes_key)}个）")
        if self.env == "development":
            return
        bad = [
            name
            for name in ("staff_token", "session_secret", "wechat_token", "wechat_secret")
            if getattr(self, name) in (PLACEHOLDER, "")
        ]
        if bad:
            names = "、".join(f"POLICY_{b.upper()}" for b in bad)
            raise RuntimeError(f"生产环境（POLICY_ENV=production）不能使用占位密钥：请设置 {names}")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
