"""Run by test/python/wheel.test.ts under `pytest -n 2`: each test appends "<xdist worker> <fake pid>
<session>" to $YR_META_MOCK_PID_FILE, so the caller can check one fake per worker, one session per test."""

import os

import pytest


@pytest.mark.parametrize("n", range(6))
def test_notes_its_worker_and_fake(yr_meta_mock, n):
    assert yr_meta_mock.get("/healthz").status == 200
    with open(os.environ["YR_META_MOCK_PID_FILE"], "a") as file:
        file.write(f"{os.environ['PYTEST_XDIST_WORKER']} {yr_meta_mock.pid} {yr_meta_mock.session}\n")
