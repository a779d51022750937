"""Write a signed review: the report, ``review.json`` as an attachment, one certification signature.

The same three revisions as a pack (docs/pack-format.md), made with the same parts: ``pack.attachments`` appends
``review.json`` (``/AFRelationship /Data``), ``pack.sign`` certifies the file with the assessor's key in the
field ``KitemarkReview``. The file is written next to its destination under a hidden name and renamed only when
complete, so a review exists whole or not at all.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from kitemark_app.errors import KitemarkError
from kitemark_app.pack.attachments import Attachment, append_attachments
from kitemark_app.pack.keys import SigningKey
from kitemark_app.pack.sign import certify_in_place
from kitemark_app.review.document import write_review_document
from kitemark_app.review.model import FIELD_NAME, REVIEW_NAME, Review

READ_CHUNK = 1024 * 1024


def _failure(error: OSError, folder: Path) -> KitemarkError:
    if error.errno == errno.ENOSPC:
        return KitemarkError(f"The disk ran out of space while writing the review in '{folder}'; nothing was saved.")
    if isinstance(error, PermissionError):
        return KitemarkError(f"You cannot save files in '{folder}'; choose another folder.")
    return KitemarkError(
        f"The review could not be written in '{folder}' ({error.strerror or error}); nothing was saved."
    )


def write_signed_review(
    review: Review, out: Path, key: SigningKey, titles: Mapping[str, str] | None = None
) -> tuple[str, int]:
    """Write the signed review to ``out``; returns its SHA-256 and size."""
    out = Path(out).expanduser().absolute()
    if out.is_dir():
        raise KitemarkError(f"'{out}' is a folder; give a file name for the review, e.g. {out / 'review.pdf'}.")
    if not out.parent.is_dir():
        raise KitemarkError(f"The folder '{out.parent}' does not exist; create it or choose another.")
    data = review.to_bytes()
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as error:
        raise _failure(error, out.parent) from None
    temp = Path(temp_name)
    renamed = False
    try:
        with os.fdopen(handle, "w+b") as pdf:
            write_review_document(review, pdf, titles)
            pdf.flush()
            attachment = Attachment(
                REVIEW_NAME, "Kitemark review data", "application/json", len(data), "Data", lambda: iter([data])
            )
            append_attachments(pdf, [attachment], done=lambda _n: None, cancelled=lambda: False)
            pdf.flush()
            certify_in_place(
                pdf, key, field_name=FIELD_NAME, signer_name=review.assessor.name, reason="Kitemark assessment review"
            )
            pdf.flush()
            os.fsync(pdf.fileno())
        os.replace(temp, out)
        renamed = True
        digest = hashlib.sha256()
        with out.open("rb") as written:
            while chunk := written.read(READ_CHUNK):
                digest.update(chunk)
        return digest.hexdigest(), out.stat().st_size
    except OSError as error:
        raise _failure(error, out.parent) from None
    finally:
        if not renamed:
            temp.unlink(missing_ok=True)
