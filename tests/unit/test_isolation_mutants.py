"""The parts of verify/isolation.py in this process, one at a time, with a clock, a pipe and a process table written
here, so that each limit is met exactly at its boundary and one step past it, in microseconds.

``_watch`` (the parent's loop) is given a fake child and a scripted pipe; ``_child`` and ``_cap_data`` (which
normally run in the child, where mutmut cannot see them) are called in this process with their effects on the
process (the data limit) replaced by recorders. tests/unit/test_isolation.py runs the real child."""

from __future__ import annotations

import io
import multiprocessing
import os
import resource
from types import SimpleNamespace
from typing import Any

import psutil
import pytest

from kitemark_app.errors import KitemarkError, UsageError
from kitemark_app.verify import isolation
from kitemark_app.verify.digest import PackChanged, Progress, VerifyCancelled
from kitemark_app.verify.isolation import TooComplex, WorkLimits, run_limited

START = 1000.0
TINY = 2.0**-7  # exactly representable: past a deadline by this much is past it


class Clock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def monotonic(self) -> float:
        return self.now


class ScriptedPipe:
    """``poll`` answers from a script: a float is a wait of that many seconds with nothing to read, anything else
    is a message (``recv`` returns it, or raises it if it is an exception)."""

    def __init__(self, clock: Clock, *events: Any) -> None:
        self.clock = clock
        self.events = list(events)
        self.timeouts: list[float] = []

    def poll(self, timeout: float) -> bool:
        self.timeouts.append(timeout)
        if isinstance(self.events[0], float):
            self.clock.now += self.events.pop(0)
            return False
        return True

    def recv(self) -> Any:
        event = self.events.pop(0)
        if isinstance(event, BaseException):
            raise event
        return event


class Table:
    """The process table: ``Process(pid).memory_info().rss`` from a list (the last one repeats), and
    ``cpu_times()``: ``cpu(clock)`` seconds of user time (an idle child by default) or an exception to raise."""

    Error = psutil.Error

    def __init__(self, *resident: int | BaseException, clock: Clock, cpu: Any = None) -> None:
        self.resident = list(resident)
        self.pids: list[int] = []
        self.clock = clock
        self.cpu = cpu or (lambda clock: 0.0)

    def Process(self, pid: int) -> Table:
        self.pids.append(pid)
        return self

    def memory_info(self) -> SimpleNamespace:
        value = self.resident.pop(0) if len(self.resident) > 1 else self.resident[0]
        if isinstance(value, BaseException):
            raise value
        return SimpleNamespace(rss=value)

    def cpu_times(self) -> SimpleNamespace:
        if isinstance(self.cpu, BaseException):
            raise self.cpu
        spent = self.cpu(self.clock)
        user, system = spent if isinstance(spent, tuple) else (spent, 0.0)
        return SimpleNamespace(user=user, system=system)


def busy(clock: Clock) -> float:
    """A child computing all the time: its CPU time is the time on the clock since it began."""
    return clock.now - START


def half_speed(clock: Clock) -> float:
    """A child sharing its core with other work: half the time on the clock."""
    return (clock.now - START) / 2


def watch(
    monkeypatch: pytest.MonkeyPatch,
    *events: Any,
    resident: tuple[int | BaseException, ...] = (100,),
    baseline: int | None = None,
    limits: WorkLimits | None = None,
    progress: Progress | None = None,
    cancelled: Any = None,
    cpu: Any = None,
) -> Any:
    clock = Clock()
    table = Table(*resident, clock=clock, cpu=cpu)
    monkeypatch.setattr(isolation, "time", clock)
    monkeypatch.setattr(isolation, "psutil", table)
    pipe = ScriptedPipe(clock, *events)
    child = SimpleNamespace(pid=4242)
    limits = limits or WorkLimits(seconds=4.0, stall_seconds=15.0, extra_memory=1000, wait_seconds=4.0)
    result = isolation._watch(child, pipe, baseline, limits, progress, cancelled)  # type: ignore[arg-type]
    assert table.pids == [4242]
    assert set(pipe.timeouts) <= {0.02}
    return result


# --- the defaults -------------------------------------------------------------------------------------------------


def test_the_default_work_limits() -> None:
    assert WorkLimits() == WorkLimits(4.0, 15.0, 201_326_592, True, None, 30.0)  # 192 MiB
    assert isolation.MiB == 1_048_576


# --- the parent's watch -------------------------------------------------------------------------------------------


def test_a_result_comes_back_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    assert watch(monkeypatch, ("result", 7)) == 7


def test_memory_up_to_the_limit_above_the_first_look_and_one_byte_more(monkeypatch: pytest.MonkeyPatch) -> None:
    # the first look is the baseline of a forked child (baseline None); the limit here is 1000 bytes above it
    assert watch(monkeypatch, 0.0, ("result", "ok"), resident=(5000, 6000)) == "ok"
    with pytest.raises(TooComplex) as caught:
        watch(monkeypatch, 0.0, ("result", "ok"), resident=(5000, 6001))
    assert str(caught.value) == "the file is too complex to check safely (it needed too much memory)"


def test_a_given_baseline_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    assert watch(monkeypatch, ("result", "ok"), resident=(1500,), baseline=500) == "ok"
    with pytest.raises(TooComplex, match="needed too much memory"):
        watch(monkeypatch, ("result", "ok"), resident=(1501,), baseline=500)
    with pytest.raises(TooComplex, match="needed too much memory"):  # a later look is measured from it too
        watch(monkeypatch, 0.0, ("result", "ok"), resident=(600, 1501), baseline=500)


def test_a_child_gone_from_the_process_table_is_judged_by_its_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    assert watch(monkeypatch, 0.0, ("result", 3), resident=(psutil.NoSuchProcess(4242),)) == 3
    # gone at the first look, then a process of the same size is no baseline: the next look sets it
    assert watch(monkeypatch, 0.0, 0.0, ("result", 4), resident=(psutil.NoSuchProcess(4242), 9000, 10000)) == 4


def test_the_time_limit_exactly_and_just_past_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert watch(monkeypatch, 4.0, ("result", "ok")) == "ok"
    with pytest.raises(TooComplex) as caught:
        watch(monkeypatch, 4.0, TINY, ("result", "ok"))
    assert str(caught.value) == "the file is too complex to check safely (it took too long)"


CPU_LIMITS = WorkLimits(seconds=4.0, stall_seconds=15.0, extra_memory=1000, wait_seconds=30.0)


def test_the_cpu_limit_exactly_and_just_past_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert watch(monkeypatch, 4.0, ("result", "ok"), cpu=busy, limits=CPU_LIMITS) == "ok"
    with pytest.raises(TooComplex) as caught:
        watch(monkeypatch, 4.0, TINY, ("result", "ok"), cpu=busy, limits=CPU_LIMITS)
    assert str(caught.value) == "the file is too complex to check safely (it took too long)"


def test_a_busy_pc_slows_the_clock_not_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # sharing its core, the child has had 3.95 s of CPU after 7.9 s on the clock: within the limit
    assert watch(monkeypatch, 7.9, ("result", "ok"), cpu=half_speed, limits=CPU_LIMITS) == "ok"
    with pytest.raises(TooComplex, match="took too long"):  # 4 s of CPU and a little more
        watch(monkeypatch, 8.0, 2 * TINY, ("result", "ok"), cpu=half_speed, limits=CPU_LIMITS)


def in_the_kernel(clock: Clock) -> tuple[float, float]:
    """A busy child spending a quarter of its CPU time in user code, the rest in the kernel (system time)."""
    spent = clock.now - START
    return spent / 4, spent * 3 / 4


def test_system_time_counts_as_much_as_user_time(monkeypatch: pytest.MonkeyPatch) -> None:
    assert watch(monkeypatch, 4.0, ("result", "ok"), cpu=in_the_kernel, limits=CPU_LIMITS) == "ok"
    with pytest.raises(TooComplex, match="took too long"):  # 1 s of user time and 3 s and a little of system
        watch(monkeypatch, 4.0, TINY, ("result", "ok"), cpu=in_the_kernel, limits=CPU_LIMITS)


def test_a_progress_report_restarts_the_cpu_count(monkeypatch: pytest.MonkeyPatch) -> None:
    # a report at 1 s of CPU: 4 s more are allowed (5 s in all), and no more
    events = (1.0, ("progress", 1, 2), 4.0)
    assert watch(monkeypatch, *events, ("result", "ok"), cpu=busy, limits=CPU_LIMITS) == "ok"
    with pytest.raises(TooComplex, match="took too long"):
        watch(monkeypatch, *events, TINY, ("result", "ok"), cpu=busy, limits=CPU_LIMITS)


def test_a_child_whose_cpu_time_cannot_be_read_is_judged_by_its_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    # gone between the two looks: its last memory reading is not held against it, its pipe says what happened
    gone = psutil.NoSuchProcess(4242)
    assert watch(monkeypatch, 0.0, ("result", 5), resident=(10**9,), baseline=1, cpu=gone) == 5


def test_a_progress_report_before_the_end_allows_the_stall_time(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int]] = []
    # at 1001 s a report of 1 of 2: the deadline becomes 1001 + 15 = 1016 (later than 1000 + 4)
    assert (
        watch(monkeypatch, 1.0, ("progress", 1, 2), 15.0, ("result", "ok"), progress=lambda d, t: seen.append((d, t)))
        == "ok"
    )
    assert seen == [(1, 2)]
    with pytest.raises(TooComplex, match="took too long"):
        watch(monkeypatch, 1.0, ("progress", 1, 2), 15.0, TINY, ("result", "ok"))


def test_the_last_progress_report_allows_only_the_time_limit_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # at 1001 s a report of 2 of 2: the deadline becomes 1001 + 4 = 1005
    assert watch(monkeypatch, 1.0, ("progress", 2, 2), 4.0, ("result", "ok")) == "ok"
    with pytest.raises(TooComplex, match="took too long"):
        watch(monkeypatch, 1.0, ("progress", 2, 2), 4.0, TINY, ("result", "ok"))


def test_a_report_never_shortens_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    # 1 of 2 at 1001 s (deadline 1016), then 2 of 2 at 1002 s (1006 would be earlier): 1016 holds
    events = (1.0, ("progress", 1, 2), 1.0, ("progress", 2, 2), 14.0, ("result", "ok"))
    assert watch(monkeypatch, *events) == "ok"


def test_reports_are_passed_on_in_order_and_none_needs_no_callback(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int]] = []
    events = (("progress", 3, 9), ("progress", 9, 9), ("result", None))
    assert watch(monkeypatch, *events, progress=lambda d, t: seen.append((d, t))) is None
    assert seen == [(3, 9), (9, 9)]
    assert watch(monkeypatch, *events) is None


def test_an_error_from_the_child_is_raised_as_it_came(monkeypatch: pytest.MonkeyPatch) -> None:
    error = UsageError("Could not read 'x'")
    with pytest.raises(UsageError) as caught:
        watch(monkeypatch, ("error", error))
    assert caught.value is error


@pytest.mark.parametrize("event", [("too-complex",), ("something else", 1), EOFError(), OSError("broken pipe")])
def test_anything_else_from_the_pipe_is_too_complex(monkeypatch: pytest.MonkeyPatch, event: Any) -> None:
    with pytest.raises(TooComplex) as caught:
        watch(monkeypatch, event)
    assert str(caught.value) == "the file is too complex to check safely"


def test_cancelled_while_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(VerifyCancelled):
        watch(monkeypatch, 0.5, ("result", "ok"), cancelled=lambda: True)
    assert watch(monkeypatch, 0.5, ("result", "ok"), cancelled=lambda: False) == "ok"
    assert watch(monkeypatch, ("result", "ready"), cancelled=lambda: True) == "ready"  # what is there is read first


# --- run_limited, around the watch --------------------------------------------------------------------------------


def add(a: int, b: int, *, progress: Progress) -> int:
    progress(1, 1)
    return a + b


def test_in_this_process_with_and_without_a_progress_callback() -> None:
    seen: list[tuple[int, int]] = []
    in_process = WorkLimits(isolated=False)
    assert run_limited(add, (2, 3), limits=in_process, progress=lambda d, t: seen.append((d, t))) == 5
    assert seen == [(1, 1)]
    assert run_limited(add, (4, 5), limits=in_process) == 9
    assert isolation._ignore(1, 2) is None


class Captured:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, child: Any, receive: Any, baseline: Any, limits: Any, progress: Any, cancelled: Any) -> str:
        self.calls.append((child.daemon, receive.readable, receive.writable, baseline, limits, progress, cancelled))
        self.receive = receive
        self.child = child
        return "watched"


def test_a_forked_child_is_measured_by_the_watch_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    captured = Captured()
    monkeypatch.setattr(isolation, "_watch", captured)
    limits = WorkLimits(seconds=30)

    def progress(done: int, total: int) -> None:
        return None

    def cancelled() -> bool:
        return False

    assert run_limited(add, (1, 2), limits=limits, progress=progress, cancelled=cancelled) == "watched"
    assert captured.calls == [(True, True, False, None, limits, progress, cancelled)]
    assert captured.receive.closed and not captured.child.is_alive()


def test_the_default_start_method_is_fork_on_linux_only(monkeypatch: pytest.MonkeyPatch) -> None:
    captured = Captured()
    monkeypatch.setattr(isolation, "_watch", captured)
    monkeypatch.setattr(isolation, "sys", SimpleNamespace(platform="linux"))
    assert run_limited(add, (1, 2)) == "watched"
    assert captured.calls[-1][3] is None  # forked: no baseline
    monkeypatch.setattr(isolation, "sys", SimpleNamespace(platform="darwin"))
    assert run_limited(add, (1, 2)) == "watched"
    assert isinstance(captured.calls[-1][3], int)  # spawned: this process's size


def test_a_spawned_child_starts_from_this_process_size(monkeypatch: pytest.MonkeyPatch) -> None:
    captured = Captured()
    monkeypatch.setattr(isolation, "_watch", captured)
    assert run_limited(add, (1, 2), limits=WorkLimits(start_method="spawn")) == "watched"
    baseline = captured.calls[0][3]
    here = psutil.Process().memory_info().rss
    assert isinstance(baseline, int) and here / 2 < baseline < here * 2
    assert captured.receive.closed and not captured.child.is_alive()


class FakeContext:
    """multiprocessing's context, recording which start method was asked for; its process warns as it starts."""

    def __init__(self, method: str | None) -> None:
        self.method = method

    def Pipe(self, duplex: bool) -> tuple[Any, Any]:
        assert duplex is False
        return SimpleNamespace(close=lambda: None), SimpleNamespace(close=lambda: None)

    def Process(self, **kwargs: Any) -> Any:
        import warnings

        def start() -> None:
            warnings.warn("forking a threaded process", DeprecationWarning, stacklevel=1)
            warnings.warn("something else", UserWarning, stacklevel=1)

        return SimpleNamespace(start=start, is_alive=lambda: False, join=lambda: None, pid=1, kwargs=kwargs)


def test_the_start_method_asked_for_and_only_the_fork_warning_silenced(monkeypatch: pytest.MonkeyPatch) -> None:
    contexts: list[FakeContext] = []

    def get_context(method: str | None) -> FakeContext:
        contexts.append(FakeContext(method))
        return contexts[-1]

    monkeypatch.setattr(isolation, "multiprocessing", SimpleNamespace(get_context=get_context))
    monkeypatch.setattr(isolation, "_watch", lambda *args: "watched")
    with pytest.warns(UserWarning, match="something else") as caught:
        assert run_limited(add, (1, 2), limits=WorkLimits(start_method="spawn")) == "watched"
    assert [type(w.message) for w in caught] == [UserWarning]  # the DeprecationWarning was not shown
    with pytest.warns(UserWarning):
        run_limited(add, (1, 2), limits=WorkLimits(start_method="forkserver"))
    assert [context.method for context in contexts] == ["spawn", "forkserver"]


def test_an_explicit_spawn_spawns(monkeypatch: pytest.MonkeyPatch) -> None:
    captured = Captured()
    monkeypatch.setattr(isolation, "_watch", captured)
    run_limited(add, (1, 2), limits=WorkLimits(start_method="spawn"))
    assert type(captured.child).__name__ == "SpawnProcess"
    run_limited(add, (1, 2), limits=WorkLimits(start_method="fork"))
    assert type(captured.child).__name__ == "ForkProcess"


# --- the child's side, in this process ----------------------------------------------------------------------------


def messages(job: Any, args: tuple[Any, ...], monkeypatch: pytest.MonkeyPatch, extra: int = 12345) -> list[Any]:
    caps: list[int] = []
    monkeypatch.setattr(isolation, "_cap_data", caps.append)
    receive, send = multiprocessing.Pipe(duplex=False)
    isolation._child(send, job, args, extra)
    assert caps == [extra]
    out = []
    while True:
        try:
            out.append(receive.recv())
        except EOFError:  # the child closed its end
            break
    receive.close()
    return out


def test_the_child_sends_its_result(monkeypatch: pytest.MonkeyPatch) -> None:
    assert messages(add, (20, 22), monkeypatch) == [("progress", 1, 1), ("result", 42)]


def reports_at_times(clock: Clock, *, progress: Progress) -> str:
    for now, done in ((0.05, 1), (0.09, 2), (0.1, 3), (0.11, 10)):
        clock.now = now
        progress(done, 10)
    return "done"


def test_reports_are_sent_at_most_every_50_ms_and_always_the_last(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(0.0)
    monkeypatch.setattr(isolation, "time", clock)
    # 0.05 s after the start (0.0): sent; 0.04 s after that: not; 0.05 s after the last sent: sent; the last: sent
    assert messages(reports_at_times, (clock,), monkeypatch) == [
        ("progress", 1, 10),
        ("progress", 3, 10),
        ("progress", 10, 10),
        ("result", "done"),
    ]


def raise_it(error: BaseException, *, progress: Progress) -> None:
    raise error


def test_a_memory_error_is_too_complex(monkeypatch: pytest.MonkeyPatch) -> None:
    assert messages(raise_it, (MemoryError(),), monkeypatch) == [("too-complex",)]


@pytest.mark.parametrize("error", [ValueError("x"), RecursionError(), SystemExit(3)])
def test_any_other_failure_is_too_complex(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    assert messages(raise_it, (error,), monkeypatch) == [("too-complex",)]


def test_a_kitemark_error_comes_back_as_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    [(kind, error)] = messages(raise_it, (PackChanged(),), monkeypatch)
    assert kind == "error" and type(error) is PackChanged and error.exit_code == 2


def test_a_kitemark_error_that_cannot_be_pickled_comes_back_as_its_message(monkeypatch: pytest.MonkeyPatch) -> None:
    class Local(KitemarkError):  # a local class cannot be pickled by name
        pass

    assert not isolation._picklable(Local("m"))
    assert isolation._picklable(UsageError("m"))
    [(kind, error)] = messages(raise_it, (Local("the reason"),), monkeypatch)
    assert kind == "error" and type(error) is KitemarkError and str(error) == "the reason"


# --- the data limit, with the process's status and limits replaced -------------------------------------------------


class Limits:
    def __init__(self, hard: int, fail: BaseException | None = None) -> None:
        self.hard = hard
        self.fail = fail
        self.asked: list[int] = []
        self.set: list[tuple[int, tuple[int, int]]] = []

    def getrlimit(self, which: int) -> tuple[int, int]:
        self.asked.append(which)
        return (resource.RLIM_INFINITY, self.hard)

    def setrlimit(self, which: int, limits: tuple[int, int]) -> None:
        if self.fail is not None:
            raise self.fail
        self.set.append((which, limits))


def cap(monkeypatch: pytest.MonkeyPatch, status: str | BaseException, limits: Limits, extra: int) -> list[Any]:
    opened: list[Any] = []

    def fake_open(path: str, encoding: str) -> io.StringIO:
        opened.append((path, encoding))
        if isinstance(status, BaseException):
            raise status
        return io.StringIO(status)

    monkeypatch.setattr(isolation, "open", fake_open, raising=False)
    monkeypatch.setattr(resource, "getrlimit", limits.getrlimit)
    monkeypatch.setattr(resource, "setrlimit", limits.setrlimit)
    isolation._cap_data(extra)
    return opened


STATUS = "Name:\tpython\nVmPeak:\t  99999 kB\nVmData:\t   1000 kB\nVmStk:\t 132 kB\n"


def test_the_data_limit_is_what_the_child_holds_plus_the_allowance_plus_64_mib(monkeypatch: pytest.MonkeyPatch) -> None:
    limits = Limits(resource.RLIM_INFINITY)
    opened = cap(monkeypatch, STATUS, limits, extra=5 * 1_048_576)
    assert opened == [(f"/proc/{os.getpid()}/status", "ascii")]
    assert limits.asked == [resource.RLIMIT_DATA]
    # 1000 kB + 5 MiB + 64 MiB
    assert limits.set == [(resource.RLIMIT_DATA, (1_024_000 + 5_242_880 + 67_108_864, resource.RLIM_INFINITY))]


def test_the_data_limit_never_exceeds_the_hard_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    low = Limits(50_000_000)
    cap(monkeypatch, STATUS, low, extra=5 * 1_048_576)
    assert low.set == [(resource.RLIMIT_DATA, (50_000_000, 50_000_000))]
    high = Limits(10**12)
    cap(monkeypatch, STATUS, high, extra=0)
    assert high.set == [(resource.RLIMIT_DATA, (1_024_000 + 67_108_864, 10**12))]


@pytest.mark.parametrize("status", ["Name:\tpython\nVmPeak:\t 5 kB\n", OSError("no /proc"), "VmData:\tlots kB\n"])
def test_no_data_limit_when_the_status_cannot_be_read(monkeypatch: pytest.MonkeyPatch, status: Any) -> None:
    limits = Limits(resource.RLIM_INFINITY)
    cap(monkeypatch, status, limits, extra=0)
    assert limits.set == []


def test_a_refused_data_limit_is_no_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    cap(monkeypatch, STATUS, Limits(resource.RLIM_INFINITY, fail=ValueError("not allowed")), extra=0)


def test_no_data_limit_outside_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolation, "sys", SimpleNamespace(platform="darwin"))
    limits = Limits(resource.RLIM_INFINITY)
    assert cap(monkeypatch, STATUS, limits, extra=0) == []
    assert limits.set == [] and limits.asked == []
