"""The trained Rasa model, keyed by a hash of everything training reads.

Training takes minutes; the hash of bot/config.yml, domain, data, the jieba dictionary directory
and the pinned Rasa version names the model file, so a second run (or a CI rerun) reuses it and a
change to any input retrains. Training is made deterministic by the seeds in config.yml and by
single-threaded TensorFlow (RASA-NOTES).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from stack.layout import BOT, RASA_BIN, REPO, models_dir

INPUTS = [
    BOT / "config.yml",
    BOT / "domain.yml",
    BOT / "data",
    REPO / "knowledge" / "dictionary",
    BOT / "requirements.txt",
]
DETERMINISM_ENV = {
    "TF_INTER_OP_PARALLELISM_THREADS": "1",
    "TF_INTRA_OP_PARALLELISM_THREADS": "1",
    "TF_DETERMINISTIC_OPS": "1",
    "PYTHONHASHSEED": "0",
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
}


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def bot_hash() -> str:
    h = hashlib.sha256()
    for root in INPUTS:
        if not root.exists():
            continue
        for f in _files(root):
            h.update(str(f.relative_to(REPO)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def model_path(digest: str | None = None) -> Path:
    return models_dir() / f"bot-{digest or bot_hash()}.tar.gz"


def ensure_model(log=print) -> Path:
    """The model for the current bot/; trained first if no model has this content hash."""
    if not (BOT / "config.yml").exists():
        raise FileNotFoundError("bot/config.yml 不存在：对话机器人尚未配置")
    digest = bot_hash()
    target = model_path(digest)
    if target.exists():
        log(f"Rasa 模型已是最新（内容哈希 {digest}），复用 {target.relative_to(REPO)}")
        return target
    log(f"训练 Rasa 模型（内容哈希 {digest}，约需 2–4 分钟）…")
    started = time.monotonic()
    cmd = [
        str(RASA_BIN),
        "train",
        "--config",
        "bot/config.yml",
        "--domain",
        "bot/domain.yml",
        "--data",
        "bot/data",
        "--out",
        str(models_dir()),
        "--fixed-model-name",
        f"bot-{digest}",
    ]
    env = {**os.environ, **DETERMINISM_ENV}  # handed to the rasa train subprocess
    proc = subprocess.run(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0 or not target.exists():
        sys.stderr.write(proc.stdout[-6000:])
        raise RuntimeError(f"Rasa 训练失败（退出码 {proc.returncode}），见上方输出")
    for old in models_dir().glob("bot-*.tar.gz"):
        if old != target:
            old.unlink()  # one model per content: stale ones only take disk
    log(f"训练完成，用时 {time.monotonic() - started:.0f} 秒：{target.relative_to(REPO)}")
    return target


if __name__ == "__main__":  # python -m stack.model: train if bot/ changed (used by scripts/lib.sh)
    try:
        ensure_model()
    except (RuntimeError, FileNotFoundError) as exc:
        print(f"错误: {exc}", file=sys.stderr)
        sys.exit(1)
