"""Make ``import evals`` find the product's package, not this test folder.

Without an ``__init__.py`` here, pytest puts ``tests/`` on ``sys.path`` and the folder
``tests/evals`` would be imported as a namespace package named ``evals`` ahead of the
editable install's finder.
"""

from __future__ import annotations

import sys
from pathlib import Path

_REPO = str(Path(__file__).resolve().parents[2])
if sys.path[:1] != [_REPO]:
    sys.path.insert(0, _REPO)
_loaded = sys.modules.get("evals")
if _loaded is not None and getattr(_loaded, "__file__", None) is None:
    del sys.modules["evals"]
