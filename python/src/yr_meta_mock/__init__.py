"""yr-meta-mock for Python: the fake's single executable, its shipped scenarios, a pytest fixture.

    def test_lists_versions(yr_meta_mock):
        answer = yr_meta_mock.get("/serverless/v1/functions/0@faaspy@hello2/versions")
        assert answer.status == 200
        yr_meta_mock.assert_received(method="GET", path="*/versions", times=1)

Outside pytest: `with start() as fake: ...` (a FakeProcess: url, port, pid, stop()).
"""

from contextlib import contextmanager

from ._http import Response
from ._process import FakeProcess, StartError, executable, shipped_fixtures
from ._session import AdminError, MetaMock
from ._version import VERSION

__version__ = VERSION
__all__ = [
    "AdminError",
    "FakeProcess",
    "MetaMock",
    "Response",
    "StartError",
    "executable",
    "shipped_fixtures",
    "start",
]


@contextmanager
def start(*args):
    """Starts the fake (extra CLI options in `args`) and stops it on leaving the block."""
    process = FakeProcess(args)
    try:
        yield process
    finally:
        process.stop()
