"""The README's promises: its two quickstart commands, CI running the same test command, its Python example."""

import re

from click.testing import CliRunner

from diplograph.cli import main
from tests.conftest import ROOT, SEED_ARTICLES


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


def test_docs_python_api_example_runs(tmp_path, monkeypatch, capsys):
    CliRunner().invoke(main, ["run", str(SEED_ARTICLES), "--store", str(tmp_path / "store")], catch_exceptions=False)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## Python API.*?```python\n(.+?)\n```", readme, re.DOTALL).group(1)
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "7 calls"
    assert printed[1].startswith("('https://w3id.org/diplograph/id/person/") and printed[1].endswith(", 1.0)")
