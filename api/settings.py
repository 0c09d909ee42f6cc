"""One settings object for the API (pydantic-settings; environment variables prefixed POLICY_)."""
from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICY_", extra="ignore")

    # Search: the encoder and dense index kind are read by retrieval.config from the same
    # variables (POLICY_ENCODER, POLICY_DENSE_INDEX); listed here so /docs and ops see them.
    encoder: str = "use-m3"
    dense_index: str = "flat"
    search_default_top_k: int = 5


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
