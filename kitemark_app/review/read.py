"""Read and verify a signed review on the VCO's side, with the verifier's own checks (``kitemark_app.verify``).

A review is intact only if the same rules as for a pack hold (one certification signature allowing no changes,
covering the whole file, last revision; pyHanko validation with its modification analysis; a signing certificate
for signatures that chains to the root it carries) with the field ``KitemarkReview``, and it carries exactly one
attachment, ``review.json`` (``/AFRelationship /Data``), well-formed and naming the root that signed. Any
exception while reading is a refusal, never a crash.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from kitemark_app.errors import KitemarkError, UsageError
from kitemark_app.review.model import FIELD_NAME, REVIEW_NAME, Review, ReviewProblem, parse_review
from kitemark_app.sentences import said_by, say
from kitemark_app.verify.digest import FileIdentity, Progress, hash_pack, only_attachment
from kitemark_app.verify.isolation import TooComplex, WorkLimits, run_limited
from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import PackProblem

log = logging.getLogger(__name__)

CLOCK_SKEW = timedelta(days=1)
MAX_REVIEW_FILE = 256 * 1024 * 1024  # a review is a few pages and one small JSON file


class ReviewRejected(KitemarkError):
    """The file is not an intact signed Kitemark review; the message says why in one sentence."""


@dataclass(frozen=True)
class VerifiedReview:
    review: Review
    review_bytes: bytes  # review.json as signed
    file_sha256: str
    signer_fingerprint: str
    signer_subject: str | None
    signed_at: datetime | None


def _refuse(path: Path, reason: str) -> ReviewRejected:
    return ReviewRejected(
        say(
            "'{name}' is not an intact Kitemark review ({reason}); ask the assessor to send it again.",
            name=path.name,
            reason=reason,
        )
    )



def verify_review(
    path: Path | str, limits: ReadingLimits | None = None, work: WorkLimits | None = None
) -> VerifiedReview:
    """The review in ``path`` after every check, or ``ReviewRejected`` with the reason. The file is read in a
    child process within ``work``'s time and memory, like a pack (``verify/isolation.py``)."""
    path = Path(path)
    try:
        return run_limited(check_review, (path, limits or ReadingLimits()), limits=work)
    except TooComplex as error:
        raise _refuse(path, said_by(error)) from None


def check_review(path: Path, limits: ReadingLimits, *, progress: Progress | None = None) -> VerifiedReview:
    """``verify_review``'s work, in the child process."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise UsageError(
            say("Could not read '{path}' ({reason}); check the file name.", path=path, reason=error.strerror or error)
        ) from None
    with handle:
        try:
            return _verify(path, handle, limits)
        except (ReviewRejected, MemoryError):
            raise
        except (PackProblem, LimitExceeded, ReviewProblem) as problem:
            raise _refuse(path, said_by(problem)) from None
        except Exception as error:  # fail closed
            log.info("review %s could not be read: %s: %s", path.name, type(error).__name__, error)
            raise _refuse(path, say("it is damaged or not a Kitemark review")) from None


def _verify(path: Path, handle: BinaryIO, limits: ReadingLimits) -> VerifiedReview:
    from kitemark_app.verify import signature as sig

    identity = FileIdentity.of(handle)
    if identity.size == 0:
        raise _refuse(path, say("the file is empty"))
    if identity.size > MAX_REVIEW_FILE:
        raise _refuse(path, say("the file is far larger than a review"))
    if b"%PDF-" not in handle.read(1024):
        raise _refuse(path, say("the file is not a PDF"))
    opened = sig.open_pack(handle, identity, limits, field_name=FIELD_NAME)
    if opened.problems and opened.problems[0] == sig.WRONG_KIND["KitemarkSubmission"]:  # not damaged: mistaken
        raise ReviewRejected(
            say(
                "'{name}' is a submission pack, not the assessor's review; choose the review file the council sent.",
                name=path.name,
            )
        )
    if opened.problems:
        raise _refuse(path, opened.problems[0])
    review_bytes = only_attachment(
        handle, opened.entries, REVIEW_NAME, "Data", limits.max_manifest_size, limits, "review"
    )
    hashed = hash_pack(path, identity, opened.byte_range, opened.md_algorithm, [], limits, file_sha256=True)
    checked = sig.check_signature(opened, hashed.document_digest, now=datetime.now(UTC), skew=CLOCK_SKEW)
    if checked.problems:
        raise _refuse(path, checked.problems[0].replace("pack", "review"))
    review = parse_review(review_bytes)
    if checked.fingerprint != review.assessor.root_fingerprint:
        raise _refuse(path, say("its data names a different root from the one that signed it"))
    assert hashed.file_sha256 is not None
    return VerifiedReview(
        review, review_bytes, hashed.file_sha256, checked.fingerprint, checked.subject, checked.signed_at
    )


def review_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
