"""HTTP with the standard library only: every answer comes back as a Response, errors included."""

import json as jsonlib
import os
import urllib.error
import urllib.request


# The fake is on loopback: never through an http_proxy the environment names.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Response:
    """An answer: `status`, `headers` (lower-case names), `body` (bytes); `json()` and `text`."""

    def __init__(self, status, headers, body):
        self.status = status
        self.headers = {name.lower(): value for name, value in headers.items()}
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return jsonlib.loads(self.body)

    def __repr__(self):
        return f"<Response {self.status} {self.text[:200]!r}>"


def send(url, method="GET", json=None, headers=None, data=None, timeout=10.0):
    """Sends one request; a 4xx/5xx is a Response too, a dropped connection raises OSError."""
    headers = dict(headers or {})
    if json is not None:
        data = jsonlib.dumps(json).encode()
        headers.setdefault("Content-Type", "application/json")
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with _DIRECT.open(request, timeout=timeout) as answer:
            return Response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as answer:
        with answer:
            return Response(answer.code, answer.headers, answer.read())


def admin_headers():
    """What every /__admin call carries: JSON said so (the fake refuses other writes on a port, as a
    web page could send them), and the token of YR_META_MOCK_ADMIN_TOKEN, which the fake reads too."""
    headers = {"Content-Type": "application/json"}
    token = os.environ.get("YR_META_MOCK_ADMIN_TOKEN")
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers
