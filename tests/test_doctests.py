"""The examples in the docstrings of the compiled extraction modules, run from their source.

mypyc drops docstrings from the functions it compiles, so pytest's own doctest collection,
which reads the imported module, would find none there (pyproject.toml leaves these modules
out of it). Here each module's source is executed as a module of its own and its examples run.
"""

import doctest
import importlib.util
import sys
from pathlib import Path

import pytest

import diplograph

PACKAGE = Path(diplograph.__file__).parent
SOURCES = sorted([*PACKAGE.glob("extract/*.py"), *PACKAGE.glob("resolve/*.py"), PACKAGE / "patterns.py"])


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_docstring_examples_hold_in_source(source, monkeypatch):
    # A name of its own, so that doctest does not take its functions for the compiled module's.
    name = ".".join(source.relative_to(PACKAGE.parent).with_suffix("").parts) + "_source"
    spec = importlib.util.spec_from_file_location(name, source)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)
    results = doctest.testmod(module, report=True)
    assert results.failed == 0
    assert results.attempted > 0 or ">>> " not in source.read_text(encoding="utf-8")
