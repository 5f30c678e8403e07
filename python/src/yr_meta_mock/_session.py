"""One test's view of a running fake: its own session, the journal, scenarios."""

import json as jsonlib
import urllib.parse

from ._http import admin_headers, send

SESSION_HEADER = "x-mock-session"


class AdminError(RuntimeError):
    """An /__admin call the fake refused: the message carries its answer (what is allowed)."""


class MetaMock:
    """The fake for one test: `url`, `session`, `headers`; requests, journal checks and scenarios.

    Every request sent through it carries `x-mock-session: <session>`, so the test sees only its own
    writes and journal; a client of your own sends `headers` to do the same.
    """

    def __init__(self, process, session):
        self.url = process.url
        self.port = process.port
        self.pid = process.pid
        self.session = session
        self.headers = {SESSION_HEADER: session}
        self._process = process
        self.scenario = None

    def request(self, method, path, json=None, headers=None, data=None):
        """Sends `method path` in this test's session; returns a Response (4xx/5xx included)."""
        return send(self.url + path, method, json, {**self.headers, **(headers or {})}, data)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, json=None, **kwargs):
        return self.request("POST", path, json=json, **kwargs)

    def delete(self, path, **kwargs):
        return self.request("DELETE", path, **kwargs)

    def admin(self, method, path, body=None):
        """Calls /__admin`path` for this session; a refusal raises AdminError with the fake's answer."""
        answer = send(
            f"{self.url}/__admin{path}",
            method,
            body,
            {**admin_headers(), **self.headers},
        )
        if answer.status >= 400:
            raise AdminError(f"yr-meta-mock: {method} /__admin{path} answered {answer.status}: {answer.text}")
        return answer.json()

    def find(self, **filter):
        """The journal entries of this test matching the filter (`method`, `path`, `json`, `status`, ...)."""
        return self.admin("POST", "/requests/find", filter)["requests"]

    def count(self, **filter):
        """How many requests of this test matched the filter."""
        return self.admin("POST", "/requests/count", filter)["count"]

    def assert_received(self, times=None, **filter):
        """Fails unless the filter matched (at least once, or exactly `times`); the failure lists the
        nearest requests and how each differs, e.g. `method: expected POST, got GET`."""
        found = self.admin("POST", "/requests/find", filter)
        count = len(found["requests"])
        if (count >= 1) if times is None else (count == times):
            return found["requests"]
        wanted = "at least once" if times is None else f"{times} time(s)"
        raise AssertionError(
            f"expected {jsonlib.dumps(filter)} {wanted}, received {count}" + _near_misses(found)
        )

    def clear_requests(self):
        self.admin("DELETE", "/requests")

    def reset(self):
        """This session back to the baseline (or the active scenario's data)."""
        self.admin("POST", "/reset")

    def use_scenario(self, name):
        """Activates a shipped (or --fixtures) scenario until the test ends; returns its report.
        An unknown name raises AdminError listing the known ones."""
        report = self.admin("POST", f"/scenarios/{urllib.parse.quote(name, safe='')}/activate")
        self.scenario = name
        return report

    def scenario_report(self):
        """Which scenario is active, its state, and each rule with how often it matched."""
        return self.admin("GET", "/scenarios")

    def stderr(self):
        """What the fake has written to stderr so far (warnings, reloads)."""
        return self._process.stderr_text()

    def end(self):
        """The test is over: the scenario off (a scenario is process-wide) and the session dropped."""
        if self.scenario is not None:
            self.admin("DELETE", "/scenarios/active")
            self.scenario = None
        answer = send(
            f"{self.url}/__admin/sessions/{urllib.parse.quote(self.session, safe='')}",
            "DELETE",
            headers=admin_headers(),
        )
        if answer.status not in (200, 404):  # 404: the test sent nothing, so no session was made
            raise AdminError(f"yr-meta-mock: dropping session {self.session!r}: {answer.status} {answer.text}")


def _near_misses(found):
    lines = []
    for miss in found.get("nearMisses", []):
        entry = miss["entry"]
        differences = "; ".join(
            f"{d['criterion']}: expected {_show(d.get('expected'))}, got {_show(d.get('actual'))}"
            for d in miss["differences"]
        )
        lines.append(f"\n  {entry['method']} {entry['path']} -> {entry['status']}: {differences}")
    return "; nearest:" + "".join(lines) if lines else "; nothing near it was received"


def _show(value):
    return value if isinstance(value, str) else jsonlib.dumps(value)
