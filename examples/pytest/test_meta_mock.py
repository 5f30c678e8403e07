"""Tests against the fake, as openYuanrong's own Python tests would write them."""

import json
import os
import subprocess
import sys
import urllib.request

import pytest
from conftest import meta_mock_command, start_meta_mock, stop, wait_until_port_free


def get_json(url, data=None, method=None):
    # JSON, said so: the fake refuses /__admin writes a web page could send (urllib's default is a form).
    headers = {} if data is None else {"Content-Type": "application/json"}
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    # With YR_META_MOCK_ADMIN_TOKEN set, the fake (which inherits it) asks for the token on /__admin.
    token = os.environ.get("YR_META_MOCK_ADMIN_TOKEN")
    if token and "/__admin/" in url:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, json.loads(response.read() or b"null")


def test_answers_the_docs_example(meta_mock):
    status, body = get_json(
        f"{meta_mock['url']}/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=1"
    )
    assert status == 200
    assert body["functions"][0]["versionNumber"] == "$latest"  # a publish writes $latest and 1 together; key order puts $latest first
    assert body["pageInfo"] == {"pageIndex": "1", "pageSize": "1", "total": 2}


def test_keeps_state_and_journals_requests(meta_mock):
    url = meta_mock["url"]
    created = json.dumps(
        {"name": "0@svc@pytest", "runtime": "python3.9", "cpu": 500, "memory": 256, "timeout": 30}
    ).encode()
    status, body = get_json(f"{url}/serverless/v1/functions", data=created, method="POST")
    assert (status, body["code"]) == (200, 0)
    status, _ = get_json(f"{url}/serverless/v1/functions/0@svc@pytest")
    assert status == 200
    _, counted = get_json(
        f"{url}/__admin/requests/count",
        data=json.dumps({"method": "POST", "path": "/serverless/v1/functions"}).encode(),
        method="POST",
    )
    assert counted == {"count": 1}


def test_stops_cleanly_and_frees_the_port():
    process, ready = start_meta_mock(meta_mock_command())
    assert stop(process) == 0
    wait_until_port_free(ready["port"], within=1.0)


@pytest.mark.parametrize("how", ["kill the fake", "kill a wrapper around it, as npx is"])
def test_a_killed_fixture_process_leaves_the_port_free_within_1s(how):
    command = meta_mock_command()
    if how != "kill the fake":
        # A wrapper that does not pass signals on, like npx or `sh -c "...; true"`: killing it used
        # to orphan the fake. The fake now notices its parent is gone and stops.
        wrapper = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"
        command = [sys.executable, "-c", wrapper, *command]
    process, ready = start_meta_mock(command)
    process.kill()  # SIGKILL: no chance to clean up
    process.wait(timeout=5)
    waited = wait_until_port_free(ready["port"], within=1.0)
    print(f"{how}: port {ready['port']} free after {waited * 1000:.0f} ms")


def test_a_second_fake_gets_another_port(meta_mock):
    process, ready = start_meta_mock(meta_mock_command())
    try:
        assert ready["port"] != meta_mock["port"]
    finally:
        stop(process)
