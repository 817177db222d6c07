"""The README's promises: its two quickstart commands, and CI running the same test command."""

import re

from tests.conftest import ROOT


def quickstart_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", quickstart)


def test_docs_quickstart_is_two_commands():
    commands = quickstart_commands()
    assert len(commands) == 2
    assert "diplograph run seeds/articles.jsonl" in commands[0]
    assert "pytest" in commands[1]


def test_docs_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quickstart_commands()[1] in ci
