"""A pytest fixture that starts yr-meta-mock on a free port and stops it after the test.

The command comes from YR_META_MOCK_CMD (default: `yr-meta-mock`, the single executable on PATH),
e.g. YR_META_MOCK_CMD="npx yr-meta-mock" or "node node_modules/yr-meta-mock/dist/node/cli-bundle.js".
"""

import json
import os
import select
import shlex
import socket
import subprocess
import time

import pytest

# `--port 0` picks a free port; the first stdout line is one JSON object saying which.
# `--exit-on-stdin-close`: if pytest itself is killed, its end of the stdin pipe closes and the
# fake stops, even when a wrapper such as npx sits in between. The fake also stops when its parent
# process exits (on by default), so killing a wrapper leaves no orphan either.
ARGS = ["--port", "0", "--log-level", "warn", "--exit-on-stdin-close"]


def meta_mock_command():
    return shlex.split(os.environ.get("YR_META_MOCK_CMD", "yr-meta-mock"))


def start_meta_mock(command, args=ARGS, timeout=10.0):
    """Starts the fake; returns (process, ready) where ready is the parsed first line."""
    process = subprocess.Popen(
        [*command, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline() if ready else b""
    if not line:
        process.kill()
        raise RuntimeError(f"{command} did not print its ready line within {timeout} s")
    return process, json.loads(line)


def stop(process):
    """SIGTERM, then wait; the fake closes its connections and exits 0."""
    process.terminate()
    try:
        return process.wait(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()


def port_is_free(port, host="127.0.0.1"):
    try:
        socket.create_connection((host, port), timeout=0.2).close()
        return False
    except OSError:
        return True


def wait_until_port_free(port, within=1.0):
    """Seconds until nothing answers on the port; raises if it takes longer than `within`."""
    started = time.monotonic()
    while time.monotonic() - started < within:
        if port_is_free(port):
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError(f"port {port} still answers {within} s later")


@pytest.fixture
def meta_mock():
    """The fake's ready line: {"url": "http://127.0.0.1:40125", "port": 40125, ...}."""
    process, ready = start_meta_mock(meta_mock_command())
    ready["process"] = process
    yield ready
    stop(process)
