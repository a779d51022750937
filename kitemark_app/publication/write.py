"""Write a published framework: the booklet, ``framework.yaml`` as its attachment, one certification signature.

The same revisions as a pack or a review (docs/pack-format.md), made with the same parts, signed in the field
``KitemarkFramework`` with the council's key. Written under a hidden name beside the destination and renamed only
when complete: a framework file exists whole or not at all.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kitemark_app import __version__
from kitemark_app.core.framework import Framework
from kitemark_app.errors import KitemarkError
from kitemark_app.pack.attachments import Attachment, append_attachments
from kitemark_app.pack.keys import SigningKey
from kitemark_app.pack.sign import certify_in_place
from kitemark_app.publication.booklet import write_booklet
from kitemark_app.sentences import say

FIELD_NAME = "KitemarkFramework"
SOURCE_NAME = "framework.yaml"


def write_published_framework(
    framework: Framework, source: str, out: Path, key: SigningKey, changes: Sequence[str] = ()
) -> tuple[str, int]:
    """Write the signed framework file to ``out``; returns its SHA-256 and size."""
    out = Path(out).expanduser().absolute()
    if out.is_dir():
        raise KitemarkError(
            say("'{path}' is a folder; give a file name, e.g. {example}.", path=out, example=out / "framework.pdf")
        )
    if not out.parent.is_dir():
        raise KitemarkError(say("The folder '{path}' does not exist; create it or choose another.", path=out.parent))
    data = source.encode("utf-8")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as error:
        raise KitemarkError(
            say("The framework could not be written in '{path}' ({reason}).", path=out.parent, reason=error.strerror)
        ) from None
    temp = Path(temp_name)
    renamed = False
    try:
        with os.fdopen(handle, "w+b") as pdf:
            write_booklet(framework, pdf, key.root_fingerprint, changes, creator=f"Kitemark {__version__}")
            pdf.flush()
            attachment = Attachment(
                SOURCE_NAME,
                "Kitemark criteria framework",
                "application/yaml",
                len(data),
                "Source",
                lambda: iter([data]),
            )
            append_attachments(pdf, [attachment], done=lambda _n: None, cancelled=lambda: False)
            pdf.flush()
            certify_in_place(
                pdf, key, field_name=FIELD_NAME, signer_name=framework.publisher, reason="Kitemark criteria framework"
            )
            pdf.flush()
            os.fsync(pdf.fileno())
        os.replace(temp, out)
        renamed = True
    except OSError as error:
        raise KitemarkError(
            say(
                "The framework could not be written in '{path}' ({reason}); nothing was saved.",
                path=out.parent,
                reason=error.strerror or error,
            )
        ) from None
    finally:
        if not renamed:
            temp.unlink(missing_ok=True)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    return digest, out.stat().st_size
