"""The pytest plugin as a user of the wheel sees it: five tests, run by test/python/wheel.test.ts in a
clean virtual environment with no Node on the PATH, alone and under pytest-xdist."""

import json
import urllib.request

import pytest

VERSIONS = "/serverless/v1/functions/0@faaspy@hello2/versions"


def test_the_url_answers_the_docs_example(yr_meta_mock):
    # A client of your own: the URL, and the test's session header.
    request = urllib.request.Request(f"{yr_meta_mock.url}{VERSIONS}", headers=yr_meta_mock.headers)
    with urllib.request.urlopen(request, timeout=5) as answer:
        body = json.load(answer)
    assert body["pageInfo"]["total"] == 2
    assert body["functions"][0]["versionNumber"] == "$latest"


def test_writes_stay_in_the_test_session(yr_meta_mock):
    created = yr_meta_mock.post(
        "/serverless/v1/functions",
        json={"name": "0@svc@pytest", "runtime": "python3.9", "cpu": 500, "memory": 256, "timeout": 30},
    )
    assert (created.status, created.json()["code"]) == (200, 0)
    assert yr_meta_mock.get("/serverless/v1/functions/0@svc@pytest").status == 200
    # The same request without the session header reads the default session, which never saw it.
    unseen = urllib.request.Request(f"{yr_meta_mock.url}/serverless/v1/functions/0@svc@pytest")
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(unseen, timeout=5)
    assert answer.value.code == 404


def test_the_journal_holds_this_test_only(yr_meta_mock):
    yr_meta_mock.get(VERSIONS)
    yr_meta_mock.delete("/serverless/v1/functions/0@faaspy@hello2")
    yr_meta_mock.assert_received(method="GET", path="*/functions/:name/versions", times=1)
    yr_meta_mock.assert_received(method="DELETE", path="/serverless/v1/functions/*")
    assert yr_meta_mock.count() == 2


def test_a_failed_journal_assertion_names_the_nearest_request(yr_meta_mock):
    yr_meta_mock.get(VERSIONS)
    with pytest.raises(AssertionError, match="method: expected POST, got GET"):
        yr_meta_mock.assert_received(method="POST", path="*/versions")


def test_a_scenario_fault_lasts_until_the_test_ends(yr_meta_mock):
    yr_meta_mock.use_scenario("flaky-versions")
    assert yr_meta_mock.get(VERSIONS).status == 200
    failed = yr_meta_mock.get(VERSIONS)  # the 2nd versions list: the real etcd error
    assert (failed.status, failed.json()["code"]) == (500, 122002)
    assert yr_meta_mock.get(VERSIONS).status == 200
    report = yr_meta_mock.scenario_report()
    assert report["active"] == "flaky-versions"
