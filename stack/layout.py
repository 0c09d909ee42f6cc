"""Where things are: the repository, the two venvs, the bot project and generated files."""

from __future__ import annotations

from pathlib import Path

from knowledge import paths
from settings import get_settings

REPO = paths.REPO_ROOT
BOT = REPO / "bot"
APP_PYTHON = REPO / ".venv" / "bin" / "python"
RASA_BIN = get_settings().rasa_bin or REPO / ".venv-rasa" / "bin" / "rasa"
RASA_PYTHON = Path(RASA_BIN).with_name("python")  # the same venv's interpreter (stack/rasa_launch.py)


def models_dir() -> Path:
    return BOT / "models"


def run_dir() -> Path:
    """Generated run-time configuration and logs (under POLICY_HOME)."""
    d = paths.home() / "run"
    d.mkdir(parents=True, exist_ok=True)
    return d
