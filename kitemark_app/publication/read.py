"""Read and verify a published framework file, with the verifier's own checks, in a bounded child process.

Intact only if the rules for packs and reviews hold (one certification signature allowing no changes, covering the
whole file, the last revision, pyHanko's validation, a signing certificate chaining to the root it carries) with
the field ``KitemarkFramework``, and it carries exactly one attachment, ``framework.yaml`` (``/AFRelationship
/Source``), a valid framework, and — when the framework names its council's root — that root is the signer's.
Any exception while reading is a refusal, never a crash.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from kitemark_app.core.framework import MAX_FRAMEWORK_BYTES, FrameworkError, FrameworkIssue, parse_framework
from kitemark_app.errors import KitemarkError, UsageError
from kitemark_app.publication.write import FIELD_NAME, SOURCE_NAME
from kitemark_app.sentences import said_by, say
from kitemark_app.verify.digest import FileIdentity, Progress, hash_pack, only_attachment
from kitemark_app.verify.isolation import TooComplex, WorkLimits, run_limited
from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import PackProblem

log = logging.getLogger(__name__)

CLOCK_SKEW = timedelta(days=1)
MAX_FILE = 64 * 1024 * 1024  # a booklet of some pages and one YAML file


class FrameworkRejected(KitemarkError):
    """The file is not an intact council-signed framework; the message says why in one sentence."""


@dataclass(frozen=True)
class VerifiedFramework:
    source: str  # framework.yaml as signed
    file_sha256: str
    signer_fingerprint: str
    signer_subject: str | None
    signed_at: datetime | None


def _refuse(path: Path, reason: str) -> FrameworkRejected:
    return FrameworkRejected(
        say(
            "'{name}' is not an intact council-signed framework ({reason}); ask the council for the file again.",
            name=path.name,
            reason=reason,
        )
    )



def _invalid(issue: FrameworkIssue) -> str:
    """The reason for a framework that is not valid: its first issue, and where it is (as ``str(issue)`` says it)."""
    if issue.path:
        return say("its framework is not valid: {where}: {problem}", where=issue.path, problem=issue.message)
    return say("its framework is not valid: {problem}", problem=issue.message)


def verify_framework_file(
    path: Path | str, limits: ReadingLimits | None = None, work: WorkLimits | None = None
) -> VerifiedFramework:
    path = Path(path)
    try:
        return run_limited(check_framework_file, (path, limits or ReadingLimits()), limits=work)
    except TooComplex as error:
        raise _refuse(path, said_by(error)) from None


def check_framework_file(path: Path, limits: ReadingLimits, *, progress: Progress | None = None) -> VerifiedFramework:
    """``verify_framework_file``'s work, in the child process."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise UsageError(
            say("Could not read '{path}' ({reason}); check the file name.", path=path, reason=error.strerror or error)
        ) from None
    with handle:
        try:
            return _verify(path, handle, limits)
        except (FrameworkRejected, MemoryError):
            raise
        except (PackProblem, LimitExceeded) as problem:
            raise _refuse(path, said_by(problem)) from None
        except FrameworkError as error:
            raise _refuse(path, _invalid(error.issues[0])) from None
        except Exception as error:  # fail closed
            log.info("framework %s could not be read: %s: %s", path.name, type(error).__name__, error)
            raise _refuse(path, say("it is damaged or not a Kitemark framework")) from None


def _verify(path: Path, handle: BinaryIO, limits: ReadingLimits) -> VerifiedFramework:
    from kitemark_app.verify import signature as sig
    from kitemark_app.verify.trust import normalise_fingerprint

    identity = FileIdentity.of(handle)
    if identity.size == 0:
        raise _refuse(path, say("the file is empty"))
    if identity.size > MAX_FILE:
        raise _refuse(path, say("the file is far larger than a framework"))
    if b"%PDF-" not in handle.read(1024):
        raise _refuse(path, say("the file is not a PDF"))
    opened = sig.open_pack(handle, identity, limits, field_name=FIELD_NAME)
    if opened.problems:
        raise _refuse(path, opened.problems[0])
    raw = only_attachment(handle, opened.entries, SOURCE_NAME, "Source", MAX_FRAMEWORK_BYTES, limits, "framework")
    hashed = hash_pack(path, identity, opened.byte_range, opened.md_algorithm, [], limits, file_sha256=True)
    checked = sig.check_signature(opened, hashed.document_digest, now=datetime.now(UTC), skew=CLOCK_SKEW)
    if checked.problems:
        raise _refuse(path, checked.problems[0].replace("pack", "framework"))
    source = raw.decode("utf-8")
    framework = parse_framework(source)
    named = getattr(framework, "council", None)
    stated = getattr(named, "root_fingerprint", "") if named is not None else ""
    if stated and normalise_fingerprint(stated) != checked.fingerprint:
        raise _refuse(path, say("it names a different council key from the one that signed it"))
    assert hashed.file_sha256 is not None and checked.fingerprint is not None  # no problems: both are known
    return VerifiedFramework(source, hashed.file_sha256, checked.fingerprint, checked.subject, checked.signed_at)
