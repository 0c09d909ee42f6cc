"""The set-up scripts: a missing Python 3.10 is reported clearly; the sources are the seeds."""

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


def test_missing_python310_names_what_to_install(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYENV_ROOT": str(tmp_path / "nopyenv")}
    out = subprocess.run(
        ["bash", "-c", "source scripts/lib.sh; ensure_rasa_venv"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert "Python 3.10" in out.stderr and "pyenv install 3.10.13" in out.stderr


def test_find_python_finds_311():
    out = subprocess.run(
        ["bash", "-c", "source scripts/lib.sh; find_python 3.11"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0
    version = subprocess.run([out.stdout.strip(), "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("Python 3.11")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_sources_are_the_seeds_byte_for_byte():
    ours = sorted(p.name for p in (ROOT / "knowledge" / "sources").glob("*.txt"))
    assert ours == sorted(p.name for p in SEEDS.glob("*.txt"))
    for name in ours:
        assert (ROOT / "knowledge" / "sources" / name).read_bytes() == (SEEDS / name).read_bytes()
