"""The child process that reads files from outside (verify/isolation.py): each limit triggered alone, with jobs
written here that behave as a hostile file would make the reader behave."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import psutil
import pytest

from kitemark_app.errors import KitemarkError, UsageError
from kitemark_app.verify.digest import PackChanged, Progress, VerifyCancelled
from kitemark_app.verify.isolation import MiB, TooComplex, WorkLimits, run_limited


def add(a: int, b: int, *, progress: Progress) -> int:
    progress(1, 1)
    return a + b


def sleep_forever(*, progress: Progress) -> None:
    time.sleep(3600)


def keep_reporting(seconds: float, *, progress: Progress) -> str:
    end = time.monotonic() + seconds
    step = 0
    while time.monotonic() < end:
        step += 1
        progress(step, 10**9)
        time.sleep(0.01)
    progress(10**9, 10**9)
    return "done"


def spin_forever(*, progress: Progress) -> None:
    while True:
        pass


def report_then_stall(*, progress: Progress) -> None:
    progress(1, 100)
    time.sleep(3600)


def grow(step: int, *, progress: Progress) -> None:
    held = []
    while True:
        held.append(bytearray(step))  # bytearray(n) is touched (zeroed): it counts as resident at once
        time.sleep(0.01)  # slowly: the watchdog sees it long before the kernel's cap (the burst test's) is reached


def burst(size: int, *, progress: Progress) -> int:
    return len(bytearray(size))


def raise_error(error: KitemarkError, *, progress: Progress) -> None:
    raise error


def crash(*, progress: Progress) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def write_pid_then_sleep(path: str, *, progress: Progress) -> None:
    with open(path, "w", encoding="ascii") as out:
        out.write(str(os.getpid()))
    time.sleep(3600)


def test_the_result_comes_back_and_progress_is_passed_on() -> None:
    seen: list[tuple[int, int]] = []
    assert run_limited(add, (2, 3), progress=lambda done, total: seen.append((done, total))) == 5
    assert seen == [(1, 1)]


def test_a_job_that_waits_forever_is_stopped_at_the_wait_limit() -> None:
    began = time.monotonic()
    with pytest.raises(TooComplex, match=r"too complex to check safely \(it took too long\)"):
        run_limited(sleep_forever, (), limits=WorkLimits(wait_seconds=0.5))
    assert time.monotonic() - began < 5


def test_a_job_that_computes_forever_is_stopped_at_the_cpu_limit() -> None:
    began = time.monotonic()
    with pytest.raises(TooComplex, match=r"too complex to check safely \(it took too long\)"):
        run_limited(spin_forever, (), limits=WorkLimits(seconds=0.5))  # waiting is allowed 30 s: CPU stops it
    assert time.monotonic() - began < 5


def test_progress_reports_extend_the_time_but_a_stall_does_not() -> None:
    limits = WorkLimits(seconds=0.3, stall_seconds=0.6, wait_seconds=0.3)
    assert run_limited(keep_reporting, (1.5,), limits=limits) == "done"  # 5x the limit, reporting all along
    with pytest.raises(TooComplex, match="took too long"):
        run_limited(report_then_stall, (), limits=limits)


def test_growing_memory_is_stopped_at_the_memory_limit() -> None:
    with pytest.raises(TooComplex, match="needed too much memory"):
        run_limited(grow, (MiB,), limits=WorkLimits(seconds=30, extra_memory=48 * MiB))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_DATA is Linux's")
def test_a_burst_between_two_looks_is_refused_by_the_kernel() -> None:
    limits = WorkLimits(seconds=30, extra_memory=32 * MiB)
    assert run_limited(burst, (16 * MiB,), limits=limits) == 16 * MiB  # within the limit: allowed
    with pytest.raises(TooComplex, match="too complex to check safely"):
        run_limited(burst, (512 * MiB,), limits=limits)


def test_errors_come_back_with_their_type_and_message() -> None:
    with pytest.raises(UsageError, match=r"^Could not read 'x'$"):
        run_limited(raise_error, (UsageError("Could not read 'x'"),))
    with pytest.raises(PackChanged) as changed:
        run_limited(raise_error, (PackChanged(),))
    assert changed.value.exit_code == 2


def test_a_child_that_dies_is_too_complex() -> None:
    with pytest.raises(TooComplex, match="too complex to check safely"):
        run_limited(crash, ())


def test_cancel_stops_the_child_at_once(tmp_path: Path) -> None:
    pid_file = os.path.join(str(tmp_path), "pid")
    began = time.monotonic()
    with pytest.raises(VerifyCancelled):
        run_limited(write_pid_then_sleep, (pid_file,), cancelled=lambda: os.path.exists(pid_file))
    assert time.monotonic() - began < 5
    with open(pid_file, encoding="ascii") as written:
        pid = int(written.read())
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_a_spawned_child_works_as_a_forked_one() -> None:
    assert run_limited(add, (20, 22), limits=WorkLimits(start_method="spawn")) == 42
