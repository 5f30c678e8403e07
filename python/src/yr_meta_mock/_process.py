"""Starts the fake's single executable on a free port and stops it, whatever happens to the caller."""

import json
import os
import select
import subprocess
import tempfile
import threading
import time
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent

# `--port 0`: a free port, said on the first stdout line. `--exit-on-stdin-close`: this process holds
# the only write end of the fake's stdin, and the kernel closes it when this process dies in any way
# (SIGKILL included), so the fake stops; the fake also stops when its parent exits (on by default).
# See decisions/0028-python-and-go-helpers.md.
BASE_ARGS = ("--port", "0", "--host", "127.0.0.1", "--exit-on-stdin-close")


class StartError(RuntimeError):
    """The fake did not start: the message says which command and what it wrote to stderr."""


def executable():
    """The executable to run: $YR_META_MOCK_BIN, else the one inside this wheel."""
    configured = os.environ.get("YR_META_MOCK_BIN")
    path = Path(configured) if configured else PACKAGE / "bin" / "yr-meta-mock"
    if not path.is_file():
        where = "YR_META_MOCK_BIN" if configured else "the yr-meta-mock wheel"
        raise StartError(
            f"yr-meta-mock: no executable at {path} (from {where}); install the wheel that "
            "`npm run build:release` builds (dist-release/*.whl), or set YR_META_MOCK_BIN to one"
        )
    return path


def shipped_fixtures():
    """The folder of the scenarios the wheel ships (docs-example, flaky-versions, ...)."""
    return PACKAGE / "fixtures"


class FakeProcess:
    """A running fake: `url`, `port`, `pid`; `stop()` ends it (closing its stdin, then a kill)."""

    def __init__(self, args=(), timeout=20.0):
        command = [str(executable()), *BASE_ARGS, *args]
        self._stderr = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr
        )
        self.pid = self._process.pid
        ready = self._read_ready_line(command, timeout)
        self.url = ready["url"]
        self.port = ready["port"]
        # The banner follows the ready line: drained, so a full pipe can never block the fake.
        threading.Thread(target=self._process.stdout.read, daemon=True).start()

    def _read_ready_line(self, command, timeout):
        readable, _, _ = select.select([self._process.stdout], [], [], timeout)
        line = self._process.stdout.readline() if readable else b""
        try:
            ready = json.loads(line)
            if isinstance(ready, dict) and ready.get("event") == "listening":
                return ready
        except ValueError:
            pass
        exited = self._exit_code_after_eof() if readable and not line else None
        self.stop()
        what = f"exited with code {exited}" if exited is not None else f"printed no ready line within {timeout} s"
        raise StartError(
            f"yr-meta-mock: {' '.join(command)} {what} (first line: {line[:200]!r}); "
            f"its stderr: {self.stderr_text() or '(empty)'}"
        )

    def _exit_code_after_eof(self):
        # stdout ends a moment before the process is reaped: wait for the code, briefly.
        try:
            return self._process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return None

    def stop_when_parent_exits(self, every=0.1):
        """Stops the fake once this process's parent is gone. For a pytest-xdist worker: a SIGKILLed
        controller leaves its workers running until their test ends, and the fake watches its own
        parent (the worker), so without this it would outlive the killed run by that long."""
        parent = os.getppid()

        def watch():
            while self._process.poll() is None:
                if os.getppid() != parent:
                    self._process.terminate()  # SIGTERM: the fake closes and exits 0
                    return
                time.sleep(every)

        threading.Thread(target=watch, name="yr-meta-mock parent watch", daemon=True).start()

    def stderr_text(self):
        """What the fake wrote to stderr so far (its warnings and errors)."""
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace").strip()

    def stop(self, timeout=5.0):
        """Closes stdin (the fake finishes requests in flight and exits), kills it after `timeout`."""
        if self._process.poll() is None:
            self._process.stdin.close()
            try:
                self._process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        return self._process.returncode
