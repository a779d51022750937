"""What stops an export, each in one sentence a user can act on: problems still to fix, evidence files gone from
the data folder, a destination that cannot take the pack, and a write that failed (``services/export.py``)."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from kitemark_app.core.readiness import Problem
from kitemark_app.errors import KitemarkError, NotReadyError
from kitemark_app.sentences import Said, say


def not_ready(problems: list[Problem]) -> NotReadyError:
    count = len(problems)
    listing = "; ".join(p.message.rstrip(".") for p in problems[:8]) + ("; …" if count > 8 else "")
    if count == 1:
        sentence = say("The pack cannot be exported yet: 1 problem must be fixed first ({problems}).", problems=listing)
    else:
        sentence = say(
            "The pack cannot be exported yet: {count} problems must be fixed first ({problems}).",
            count=count,
            problems=listing,
        )
    return NotReadyError(sentence, [p.message for p in problems])


def check_destination(out: Path, needed: int) -> None:
    folder = out.parent
    if out.is_dir():
        raise KitemarkError(
            say(
                "'{path}' is a folder; give a file name for the pack, e.g. {example}.",
                path=out,
                example=out / "submission.pdf",
            )
        )
    if not folder.is_dir():
        raise KitemarkError(say("The folder '{folder}' does not exist; create it or choose another.", folder=folder))
    if not os.access(folder, os.W_OK):
        raise KitemarkError(say("You cannot save files in '{folder}'; choose another folder.", folder=folder))
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise KitemarkError(
            say(
                "There is not enough space in '{folder}': the pack needs about {needed} MB and {free} MB is free; "
                "free some space or choose another drive.",
                folder=folder,
                needed=f"{needed / 1e6:,.0f}",
                free=f"{free / 1e6:,.0f}",
            )
        )


def write_failure(error: OSError, folder: Path) -> KitemarkError:
    if error.errno == errno.ENOSPC:
        return KitemarkError(
            say(
                "The disk ran out of space while writing the pack in '{folder}'; nothing was saved. "
                "Free some space or choose another drive and export again.",
                folder=folder,
            )
        )
    if isinstance(error, PermissionError):
        return KitemarkError(say("You cannot save files in '{folder}'; choose another folder.", folder=folder))
    return KitemarkError(
        say(
            "The pack could not be written in '{folder}' ({reason}); nothing was saved.",
            folder=folder,
            reason=error.strerror or error,
        )
    )


def missing_evidence(count: int, titles: str) -> Said:
    """The sentence for ``count`` evidence files missing from the data folder; ``titles`` lists (some of) them."""
    if count == 1:
        return say(
            "1 evidence file is missing from the data folder ({titles}); add it again and export.", titles=titles
        )
    return say(
        "{count} evidence files are missing from the data folder ({titles}); add them again and export.",
        count=count,
        titles=titles,
    )
