"""The process the crash test kills: the app's real services, doing real work, reporting what is saved.

Started once per test as a "zygote" (``python crash_driver.py MODE DATA_DIR WORK_DIR``): it imports the app, then
for every seed read from stdin forks a worker (so each round costs milliseconds, not an interpreter start-up).
The worker opens the workspace and works until it is SIGKILLed, printing a line only *after* each operation
returned, i.e. after its commit:

    SAVED <criterion> <text>        an answer autosaved (Workspace.save_answer)
    ADDED <evidence id> <sha256>     an evidence file imported and recorded (evidence_ops.add_evidence)
    EXPORTED <file name> <sha256>    a signed pack written (services.export.export_pack)

and ``SAVING``/``ADDING``/``EXPORTING`` before it starts each one. The zygote relays the worker's complete lines
prefixed with ``| `` (a line cut off by the kill is dropped), then ``END``.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from kitemark_app.core.status import ResponseStatus
from kitemark_app.services import evidence_ops
from kitemark_app.services.workspace import Workspace

CRITERIA = ("GOV-01", "GOV-02", "SAF-01")
STATUSES = (ResponseStatus.MET, ResponseStatus.PARTLY_MET, ResponseStatus.NOT_MET)


def say(text: str) -> None:
    os.write(1, (text + "\n").encode("utf-8"))  # unbuffered: the line is out before the next step starts


def edit_loop(data: Path, work: Path, seed: int) -> None:
    rng = random.Random(seed)
    sources = work / f"sources-{seed}"
    sources.mkdir(parents=True, exist_ok=True)
    with Workspace.open(data) as workspace:
        say("READY")
        for step in range(200):
            if rng.random() < 0.4:
                source = sources / f"scan {seed}-{step}.pdf"
                source.write_bytes(rng.randbytes(rng.choice((700, 40_000, 300_000, 1_500_000))))
                say(f"ADDING {source.name}")
                evidence_id = evidence_ops.add_evidence(workspace, source, criteria=[rng.choice(CRITERIA)])
                sha = evidence_ops.list_evidence(workspace)[-1].sha256
                say(f"ADDED {evidence_id} {sha}")
            else:
                criterion = rng.choice(CRITERIA)
                text = f"s{seed}-{step} " + "words " * rng.randint(1, 400)
                say(f"SAVING {criterion} {text.split()[0]}")
                workspace.save_answer(criterion, status=rng.choice(STATUSES), narrative=text)
                say(f"SAVED {criterion} {text.split()[0]}")


def export_loop(data: Path, work: Path, seed: int) -> None:
    from kitemark_app.services.demo import DEMO_PASSPHRASE
    from kitemark_app.services.export import export_pack

    out = work / "packs"
    out.mkdir(exist_ok=True)
    say("READY")
    for step in range(50):
        name = f"pack-{seed}-{step}.pdf"
        say(f"EXPORTING {name}")
        result = export_pack(data, out / name, DEMO_PASSPHRASE)
        say(f"EXPORTED {name} {result.sha256}")


def zygote(mode: str, data: Path, work: Path) -> None:
    if mode == "export":  # import the heavy parts once, before forking
        import kitemark_app.pack.document
        import kitemark_app.pack.sign
        import kitemark_app.services.export  # noqa: F401
    loop = export_loop if mode == "export" else edit_loop
    sys.stdout.write("ZYGOTE\n")
    sys.stdout.flush()
    for line in sys.stdin:
        seed = int(line)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            os.close(read_end)
            os.dup2(write_end, 1)
            try:
                loop(data, work, seed)
                say("FINISHED")
            except BaseException as error:
                say(f"ERROR {type(error).__name__}: {error}".replace("\n", " "))
            os._exit(0)
        os.close(write_end)
        sys.stdout.write(f"CHILD {pid}\n")
        sys.stdout.flush()
        with os.fdopen(read_end, "rb") as reader:
            for raw in reader:
                if raw.endswith(b"\n"):  # a line cut off by the kill never counts
                    sys.stdout.write("| " + raw.decode("utf-8"))
                    sys.stdout.flush()
        os.waitpid(pid, 0)
        sys.stdout.write("END\n")
        sys.stdout.flush()


if __name__ == "__main__":
    zygote(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
