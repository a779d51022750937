"""Reading a file from outside in a child process with a time and a memory limit: defence in depth.

The reading limits (``limits.py``, ``crossref.py``) bound the work before the signature is checked; whatever slips
through them still ends here, as "too complex to check safely", within seconds: ``run_limited`` runs one job in a
child process, watches it, and kills it when

* it spends more than ``WorkLimits.seconds`` of CPU time before its first progress report or after its last — CPU
  time, not time on the clock, so a genuine file is not refused because the PC is busy with other work (hashing,
  which reports progress as it goes and is bounded by the file's size, resets the count at each report);
* it waits, computing nothing (a read that hangs), more than ``WorkLimits.wait_seconds`` on the clock before its
  first report or after its last, or more than ``stall_seconds`` between two reports;
* its memory (resident set) grows more than ``WorkLimits.extra_memory`` beyond where it began (a forked child is
  measured as it starts, so only what the job adds counts; a spawned one from this process's size); on Linux the kernel also refuses it more than
  that in data (``RLIMIT_DATA``), so a burst between two looks ends as a ``MemoryError`` in the child;
* the caller's ``cancelled()`` says so — at any stage, not only while hashing.

The job must be a module-level function (``spawn`` pickles it by name) taking its arguments and a ``progress``
keyword; its result and any ``KitemarkError`` it raises come back through a pipe. On Linux the child is forked
(instant, and it inherits what is already imported); elsewhere it is spawned, and ``multiprocessing.freeze_support``
in ``__main__`` lets a frozen app do that.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

import psutil

from kitemark_app import collection
from kitemark_app.errors import KitemarkError
from kitemark_app.verify.digest import Cancelled, Progress, VerifyCancelled

T = TypeVar("T")
MiB = 1024 * 1024
POLL = 0.02  # seconds between two looks at the child
REPORT_EVERY = 0.05  # the child sends at most this often, and always the last report
TOOK_TOO_LONG = "the file is too complex to check safely (it took too long)"


class TooComplex(KitemarkError):
    """The child ran out of time or memory, or died: the file is too complex to check safely."""


@dataclass(frozen=True)
class WorkLimits:
    seconds: float = 4.0  # CPU seconds before the first progress report, and after the last
    stall_seconds: float = 15.0  # the longest pause on the clock between two progress reports
    extra_memory: int = 192 * MiB
    isolated: bool = True  # False runs the job in this process (for a debugger; the limits then do not apply)
    start_method: str | None = None  # None: "fork" on Linux, "spawn" elsewhere
    wait_seconds: float = 30.0  # on the clock, before the first report and after the last: a read that hangs


def run_limited(
    job: Callable[..., T],
    args: tuple[Any, ...],
    *,
    limits: WorkLimits | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> T:
    """``job(*args, progress=...)`` in a child process; its result, or its error raised here, or ``TooComplex``
    (``VerifyCancelled`` when ``cancelled()`` turned true)."""
    limits = limits or WorkLimits()
    if not limits.isolated:
        return job(*args, progress=progress or _ignore)
    method = limits.start_method or ("fork" if sys.platform.startswith("linux") else "spawn")
    context: Any = multiprocessing.get_context(method)
    receive, send = context.Pipe(duplex=False)
    # Where the child's memory begins: a forked child is this process's copy (it may map fewer pages of the
    # libraries, so it is measured itself, at once); a spawned one starts empty and imports, which this allows.
    baseline = None if method == "fork" else psutil.Process().memory_info().rss
    child = context.Process(target=_child, args=(send, job, args, limits.extra_memory), daemon=True)
    with warnings.catch_warnings():  # forking a threaded process: the child runs only this job, never Qt
        warnings.simplefilter("ignore", DeprecationWarning)
        child.start()
    send.close()
    try:
        result: T = _watch(child, receive, baseline, limits, progress, cancelled)
        return result
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()


def _watch(
    child: Any,
    receive: Connection,
    baseline: int | None,
    limits: WorkLimits,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Any:
    watched = psutil.Process(child.pid)
    deadline = time.monotonic() + limits.wait_seconds
    cpu_deadline = limits.seconds  # the child's CPU time (user + system) since it began
    while True:
        try:  # first, at once: a forked child's baseline is what it holds as it starts
            resident = watched.memory_info().rss
            times = watched.cpu_times()
            cpu: float | None = times.user + times.system
        except psutil.Error:  # gone: the pipe says how (a result, or EOF)
            resident = cpu = None
        if resident is not None:
            baseline = resident if baseline is None else baseline
            if resident > baseline + limits.extra_memory:
                raise TooComplex("the file is too complex to check safely (it needed too much memory)")
        if cpu is not None and cpu > cpu_deadline:
            raise TooComplex(TOOK_TOO_LONG)
        if receive.poll(POLL):
            try:
                message = receive.recv()
            except (EOFError, OSError):
                raise TooComplex("the file is too complex to check safely") from None
            kind = message[0]
            if kind == "progress":
                done, total = message[1], message[2]
                allowance = limits.stall_seconds if done < total else limits.wait_seconds
                deadline = max(deadline, time.monotonic() + allowance)
                if cpu is not None:  # CPU time only grows: this never shortens the deadline
                    cpu_deadline = cpu + limits.seconds
                if progress is not None:
                    progress(done, total)
                continue
            if kind == "result":
                return message[1]
            if kind == "error":
                raise message[1]
            raise TooComplex("the file is too complex to check safely")
        if cancelled is not None and cancelled():
            raise VerifyCancelled()
        if time.monotonic() > deadline:
            raise TooComplex(TOOK_TOO_LONG)


def _ignore(_done: int, _total: int) -> None:
    return None


def _child(send: Connection, job: Callable[..., Any], args: tuple[Any, ...], extra_memory: int) -> None:
    _cap_data(extra_memory)
    collection.resume()  # a hostile file's cycles are collected, within the cap; what the fork copied stays frozen
    lock = threading.Lock()  # hashing reports from several threads
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < REPORT_EVERY:
            return
        last[0] = now
        with lock:
            send.send(("progress", done, total))

    try:
        message: tuple[Any, ...] = ("result", job(*args, progress=report))
    except MemoryError:
        message = ("too-complex",)
    except KitemarkError as error:
        message = ("error", error if _picklable(error) else KitemarkError(str(error)))
    except BaseException:
        message = ("too-complex",)
    with lock:
        send.send(message)
    send.close()


def _picklable(error: BaseException) -> bool:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return False
    return True


def _cap_data(extra: int) -> None:
    """Linux: the kernel refuses the child more than ``extra`` bytes of data beyond what it began with."""
    if not sys.platform.startswith("linux"):
        return
    import resource

    try:
        with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
            data = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmData:"))
        _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        cap = data + extra + 64 * MiB  # the watchdog looks first; this stops a burst between two looks
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
    except (OSError, ValueError, StopIteration):
        pass
