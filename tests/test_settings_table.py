"""Every setting has a README row and every README row is a setting: the table is the settings
object's documentation, so a setting added without a row (or a row left behind) fails here. The
contract's settings (spec/contract.md) keep their names."""

from __future__ import annotations

import re
from pathlib import Path

from settings import Settings

ROOT = Path(__file__).resolve().parents[1]
# The contract's settings table (spec/contract.md "WeChat" and "Console"): names never change.
CONTRACT = {
    "POLICY_WECHAT_TOKEN",
    "POLICY_WECHAT_APPID",
    "POLICY_WECHAT_SECRET",
    "POLICY_WECHAT_AES_KEY",
    "POLICY_WECHAT_API_BASE",
    "POLICY_STAFF_TOKEN",
    "POLICY_ENV",
}


def readme_rows() -> set[str]:
    """The variables named in the first column of the README's settings table."""
    names: set[str] = set()
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `POLICY_"):
            names |= set(re.findall(r"`(POLICY_[A-Z0-9_]+)`", line.split("|")[1]))
    return names


def setting_names() -> set[str]:
    return {f"POLICY_{name.upper()}" for name in Settings.model_fields}


def test_every_setting_has_a_readme_row():
    assert setting_names() - readme_rows() == set()


def test_every_readme_row_is_a_setting():
    assert readme_rows() - setting_names() == set()


def test_the_contracts_settings_keep_their_names():
    assert CONTRACT <= setting_names()


def test_a_setting_is_read_from_its_variable(monkeypatch):
    monkeypatch.setenv("POLICY_DENSE_INDEX", "hnsw")
    monkeypatch.setenv("POLICY_HOME", "")
    s = Settings()
    assert s.dense_index == "hnsw" and s.home is None and s.home_dir() == ROOT / "var"


def test_search_reads_encoder_and_dense_index_from_the_settings():
    from retrieval.config import SearchConfig

    cfg = SearchConfig.from_env(Settings(encoder="use-m3", dense_index="hnsw"))
    assert (cfg.encoder, cfg.dense_kind, cfg.dense_weight) == ("use-m3", "hnsw", 0.35)
    assert not SearchConfig.from_env(Settings(encoder="none")).use_dense
