"""Run by test/python/wheel.test.ts, which SIGKILLs pytest while this test waits: the fake this test
started must be gone soon after. "<fake pid> <this process's pid>" goes to $YR_META_MOCK_PID_FILE."""

import os
import time


def test_waits_to_be_killed(yr_meta_mock):
    assert yr_meta_mock.get("/healthz").status == 200
    path = os.environ["YR_META_MOCK_PID_FILE"]
    with open(path + ".part", "w") as file:
        file.write(f"{yr_meta_mock.pid} {os.getpid()}")
    os.rename(path + ".part", path)  # whole or absent: the reader never sees half a line
    time.sleep(30)
