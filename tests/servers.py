"""Real SPARQL servers for the tests: an Oxigraph server started on 127.0.0.1, and a Virtuoso
that `.ci/run` starts and names in `$DIPLOGRAPH_TEST_VIRTUOSO`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

VIRTUOSO_VARIABLE = "DIPLOGRAPH_TEST_VIRTUOSO"


def free_port() -> int:
    """A TCP port of 127.0.0.1 nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def oxigraph_binary() -> str:
    """The `oxigraph` server of the `oxigraph` package from PyPI, installed beside this Python."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if found is None:
        raise RuntimeError("the oxigraph server is not installed: pip install -e '.[test]'")
    return found


@contextmanager
def oxigraph_server(folder: Path):
    """An Oxigraph server on a free port of 127.0.0.1 with its database in `folder`; yields its query URL."""
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_for(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_for(url: str, process: subprocess.Popen, seconds: float = 20.0) -> None:
    """Return once the server answers a query; fail when it exits or stays silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server for {url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the server for {url} did not answer within {seconds} s")


def virtuoso_url() -> str | None:
    """The Virtuoso SPARQL endpoint `.ci/run` started (digest auth as dba), if any."""
    return os.environ.get(VIRTUOSO_VARIABLE) or None
