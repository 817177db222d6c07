"""What a load imports: extraction and loading run without the analysis and pyshacl stacks."""

import subprocess
import sys

import pytest

import diplograph

HEAVY = ("networkx", "igraph", "matplotlib", "pyshacl")


def imported_by(statement: str) -> set[str]:
    """The heavy packages that a fresh interpreter has imported after running the statement."""
    code = f"import sys; {statement}; print(' '.join(name for name in {HEAVY!r} if name in sys.modules))"
    return set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split())


def test_an_extracting_process_imports_no_analysis_stack():
    assert imported_by("import diplograph.pipeline") == set()


def test_the_command_line_imports_the_analyses_and_pyshacl_only_for_their_commands():
    assert imported_by("import diplograph.cli") <= {"networkx"}  # the network writers of `export`


def test_the_package_api_imports_its_names_when_first_used():
    assert imported_by("import diplograph") == set()
    assert imported_by("import diplograph; diplograph.contact_network") == {"networkx"}
    assert set(diplograph.__all__) <= set(dir(diplograph))
    with pytest.raises(AttributeError, match="no attribute 'contact_graph'"):
        diplograph.contact_graph
