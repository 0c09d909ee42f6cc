"""Start the whole stack of one checkout for the load tool, and stop it when told.

    PYTHONPATH=<checkout> <checkout>/.venv/bin/python benchmarks/load_stack.py '<json env>'

Run as a script by `benchmarks/load.py` with the *measured* checkout first on PYTHONPATH, so
`stack.testing` (and through it the API, Rasa config and action server) is that checkout's code —
main's at a given ref for the baseline, this branch's for the candidate. It uses only
`stack.testing.start`, which every ref since issue 17's scale half has. Prints one JSON line
(the API URL and the three processes' pids, for py-spy), then waits until its stdin closes and
stops the stack: the load tool never leaves servers running, even when it is interrupted.

`BaselineCheckout` makes the detached git worktree of a ref that the baseline runs from.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def serve(extra_env: dict) -> None:
    from stack import testing  # the checkout's own code (PYTHONPATH), not necessarily this file's

    with tempfile.TemporaryDirectory(prefix="load-stack-") as tmp:
        running = testing.start(Path(tmp), with_dialogue=True, extra_env=extra_env)
        try:
            pids = {svc.name: svc.proc.pid for svc in running.stack.services if svc.proc}
            print(json.dumps({"api_url": running.url, "pids": pids, "workdir": tmp}), flush=True)
            sys.stdin.read()  # until the load tool closes our stdin (or dies)
        finally:
            running.stack.stop()


class StackProcess:
    """The helper above as a child process of the load tool."""

    def __init__(self, checkout: Path, extra_env: dict, start_timeout_s: float = 600.0):
        self.checkout = checkout
        env = {
            **os.environ,
            "PYTHONPATH": str(checkout),
            "POLICY_HOME": str(checkout / "var"),
            "HF_HUB_OFFLINE": "1",
            "POLICY_START_TIMEOUT_S": str(start_timeout_s),
        }
        self.proc = subprocess.Popen(
            [str(checkout / ".venv" / "bin" / "python"), __file__, json.dumps(extra_env)],
            cwd=checkout,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline()  # blocks until the stack is healthy (or failed)
        if not line:
            self.proc.wait(timeout=30)
            raise RuntimeError(f"stack from {checkout} did not start (exit {self.proc.returncode})")
        info = json.loads(line)
        self.api_url: str = info["api_url"]
        self.pids: dict[str, int] = info["pids"]
        self.workdir = Path(info["workdir"])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)


class BaselineCheckout:
    """A detached worktree of `ref` (e.g. main) sharing this checkout's venvs, built var/ and models."""

    def __init__(self, repo: Path, ref: str):
        self.repo, self.ref = repo, ref
        self.path = Path(tempfile.mkdtemp(prefix="load-baseline-"))

    def __enter__(self) -> Path:
        subprocess.run(
            ["git", "-C", str(self.repo), "worktree", "add", "--detach", "-q", str(self.path), self.ref], check=True
        )
        for venv in (".venv", ".venv-rasa"):
            (self.path / venv).symlink_to((self.repo / venv).resolve())
        # knowledge and indexes are content-hash keyed: a copy of ours is reused when the ref's
        # knowledge code matches, and rebuilt in the copy (never in ours) when it does not
        shutil.copytree(self.repo / "var", self.path / "var", ignore=shutil.ignore_patterns("run"), symlinks=True)
        models = self.path / "bot" / "models"
        models.mkdir(parents=True, exist_ok=True)
        for tar in (self.repo / "bot" / "models").glob("*.tar.gz"):  # ours holds main's model too
            if not (models / tar.name).exists():
                shutil.copy2(tar, models / tar.name)
        return self.path

    def __exit__(self, *exc) -> None:
        subprocess.run(["git", "-C", str(self.repo), "worktree", "remove", "--force", str(self.path)], check=False)
        shutil.rmtree(self.path, ignore_errors=True)


if __name__ == "__main__":
    serve(json.loads(sys.argv[1]) if len(sys.argv) > 1 else {})
