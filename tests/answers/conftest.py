"""pytest runs with --import-mode=importlib (no test folder on sys.path): put this one there so the
tests can import their helper module (person_text: the collector of person-facing strings)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
