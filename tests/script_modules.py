"""The repository's scripts (benchmarks, examples, scripts/), imported by path as modules.

They are not part of the package, so tests load them from their files:

    accuracy = load_script(ROOT / "benchmarks" / "accuracy.py", "goalkit_accuracy")
"""

from __future__ import annotations

import importlib.util
import pathlib
import sys
from types import ModuleType


def load_script(path: pathlib.Path, name: str) -> ModuleType:
    """The script at *path*, run as the module *name* and registered in `sys.modules`.

    Registered first, because dataclasses and pickling look a class's module up by name.
    """
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
