"""Secrets come from settings; placeholders are refused outside development."""

import pytest

from api.settings import Settings


def test_development_accepts_placeholders():
    Settings(env="development").check_secrets()


def test_production_refuses_placeholder_secrets_naming_them():
    with pytest.raises(RuntimeError) as err:
        Settings(env="production", wechat_token="real-token").check_secrets()
    msg = str(err.value)
    assert "POLICY_STAFF_TOKEN" in msg and "POLICY_SESSION_SECRET" in msg and "POLICY_WECHAT_SECRET" in msg
    assert "POLICY_WECHAT_TOKEN" not in msg


def test_production_with_real_secrets_starts():
    Settings(
        env="production", staff_token="s" * 24, session_secret="k" * 32, wechat_token="t", wechat_secret="w"
    ).check_secrets()


def test_malformed_aes_key_is_refused_in_every_environment():
    with pytest.raises(RuntimeError, match="POLICY_WECHAT_AES_KEY"):
        Settings(env="development", wechat_aes_key="short").check_secrets()
    Settings(env="development", wechat_aes_key="a" * 43).check_secrets()
