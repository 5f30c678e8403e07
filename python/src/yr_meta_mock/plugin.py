"""The pytest plugin (entry point `pytest11`): the `yr_meta_mock` fixture.

One fake per pytest process, started at the first test that asks for it: under pytest-xdist each
worker is a process, so each worker has its own fake. Each test gets a fresh session of it.
"""

import os
import re
import shlex

import pytest

from ._process import FakeProcess, shipped_fixtures
from ._session import MetaMock


def pytest_addoption(parser):
    parser.addini(
        "yr_meta_mock_args",
        "more yr-meta-mock options, e.g. --seed 5 (default: none)",
        default="",
    )
    parser.addini(
        "yr_meta_mock_fixtures",
        "the scenarios folder or file given as --fixtures (default: the shipped scenarios)",
        default="",
    )


@pytest.fixture(scope="session")
def yr_meta_mock_process(pytestconfig):
    """The running fake of this pytest process (of this xdist worker): `url`, `port`, `pid`."""
    fixtures = pytestconfig.getini("yr_meta_mock_fixtures") or str(shipped_fixtures())
    if fixtures and not os.path.isabs(fixtures):
        fixtures = str(pytestconfig.rootpath / fixtures)
    args = ["--log-level", "warn", "--fixtures", fixtures]
    args += shlex.split(pytestconfig.getini("yr_meta_mock_args"))
    process = FakeProcess(args)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        process.stop_when_parent_exits()
    yield process
    process.stop()


@pytest.fixture
def yr_meta_mock(yr_meta_mock_process, request):
    """The fake for this test: `.url`, `.headers` (its session), `.get/.post`, `.assert_received`,
    `.use_scenario`. The session is dropped and any scenario switched off when the test ends."""
    mock = MetaMock(yr_meta_mock_process, _session_id(request.node.nodeid))
    yield mock
    mock.end()


def _session_id(nodeid):
    # Readable in the journal and the dashboard; one per test and xdist worker. HTTP headers carry
    # visible ASCII only, and parametrize ids can hold anything.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return re.sub(r"[^\x21-\x7e]", "_", f"pytest:{worker}:{nodeid}")[:200]
