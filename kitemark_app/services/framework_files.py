"""Publishing a framework (the council) and installing one (the charity).

The council signs with the key kept in its data folder's assessor key set (``keys/assessor/``, made on first use):
one council key signs both its frameworks and its reviews. The charity installs a signed framework only once its
key is the council key it confirmed — by fingerprint, the first time — and from then on reviews must be signed with
that same key (``review_import``): one anchor for frameworks and reviews. A plain YAML file is still accepted for
trying things out, recorded as an unsigned draft.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from kitemark_app.core.framework import Framework, load_framework, parse_framework
from kitemark_app.db.models import Setting
from kitemark_app.errors import KitemarkError
from kitemark_app.pack import keys
from kitemark_app.sentences import said_by, say
from kitemark_app.services.workspace import Workspace
from kitemark_app.verify.trust import FingerprintError, display_fingerprint, normalise_fingerprint

INSTALLED_SETTING = "framework.installed"
#: Each framework source the charity installed signed: ``framework.signed.<sha256 of the source>`` = council root.
SIGNED_PREFIX = "framework.signed."
COUNCIL_KEYS = "assessor"  # the council's key set: the same key signs its frameworks and its reviews


class CouncilKeyNotConfirmed(KitemarkError):
    """The framework is intact but signed by a council key this charity has not confirmed: nothing installed."""

    exit_code = 3

    def __init__(self, found: str) -> None:
        super().__init__(
            say(
                "This framework is signed with a council key you have not confirmed yet (fingerprint {fingerprint}), "
                "so it was not installed; compare it with the fingerprint the council gave you and, if it matches, "
                "install it again confirming that fingerprint.",
                fingerprint=display_fingerprint(found),
            )
        )
        self.found = found


@dataclass(frozen=True)
class PublishResult:
    path: Path
    sha256: str
    size: int
    council_fingerprint: str
    key_created: bool


@dataclass(frozen=True)
class InstallResult:
    framework_id: str
    version: str
    title: str
    council_fingerprint: str  # "" for an unsigned draft
    file_sha256: str

    @property
    def unsigned(self) -> bool:
        return not self.council_fingerprint


# --- the council -------------------------------------------------------------------------------------------------


def publish_framework(
    root: Path, source_path: Path, out: Path, passphrase: str, *, changes: tuple[str, ...] = ()
) -> PublishResult:
    """Sign ``source_path`` (a framework YAML, validated first) as a booklet PDF in ``out`` with the council key."""
    from kitemark_app.publication.write import write_published_framework

    framework = load_framework(source_path)
    source = source_path.read_text(encoding="utf-8")
    with Workspace.open(root) as workspace:
        folder = workspace.layout.keys / COUNCIL_KEYS
        created = False
        if not keys.has_signing_key(folder):
            signing, root_key = keys.create_signing_key(_council_name(framework))
            keys.save_keys(folder, signing, passphrase, root_key)
            created = True
        signing = keys.load_signing_key(folder, passphrase)
    stated = _stated_council_root(framework)
    if stated and stated != signing.root_fingerprint:
        raise KitemarkError(
            say(
                "The framework names the council key {stated}, but this data folder's council key is {own}; publish "
                "it from the council's own data folder, or correct council.root_fingerprint in the file.",
                stated=display_fingerprint(stated),
                own=display_fingerprint(signing.root_fingerprint),
            )
        )
    sha256, size = write_published_framework(framework, source, out, signing, changes)
    return PublishResult(Path(out), sha256, size, signing.root_fingerprint, created)


def _council_name(framework: Framework) -> str:
    council = getattr(framework, "council", None)
    return getattr(council, "name", "") or framework.publisher


def _stated_council_root(framework: Framework) -> str:
    council = getattr(framework, "council", None)
    stated = getattr(council, "root_fingerprint", "") if council is not None else ""
    return normalise_fingerprint(stated) if stated else ""


# --- the charity -------------------------------------------------------------------------------------------------


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return b"%PDF-" in handle.read(1024)
    except OSError as error:
        from kitemark_app.errors import UsageError

        raise UsageError(
            say("Could not read '{path}' ({reason}); check the file name.", path=path, reason=error.strerror or error)
        ) from None


def _read_source(path: Path) -> tuple[str, str, str]:
    """A framework file's text, the council root that signed it ("" for a YAML draft) and the file's SHA-256.
    A signed file is verified first (``FrameworkRejected``); a draft is validated (``FrameworkError``)."""
    if _is_pdf(path):
        from kitemark_app.publication.read import verify_framework_file

        verified = verify_framework_file(path)
        return verified.source, verified.signer_fingerprint, verified.file_sha256
    load_framework(path)  # FrameworkError lists every problem
    return path.read_text(encoding="utf-8"), "", hashlib.sha256(path.read_bytes()).hexdigest()


def _trust_signer(session: Session, source: str, signer: str, confirmed: str | None) -> None:
    """Believe ``source`` only under the council key this charity confirmed; the first time, only when ``confirmed``
    (what the person read from the council) is the signer. Raises otherwise."""
    from kitemark_app.services.review_import import confirmed_council_key, pin_council_key

    pinned = confirmed_council_key(session)
    if pinned is None:
        if confirmed is None:
            raise CouncilKeyNotConfirmed(signer)
        if confirmed != signer:
            raise KitemarkError(
                say(
                    "The fingerprint you confirmed ({confirmed}) is not the key that signed this framework "
                    "({signer}); it was not installed: ask the council.",
                    confirmed=display_fingerprint(confirmed),
                    signer=display_fingerprint(signer),
                )
            )
        pin_council_key(session, signer)
    elif pinned != signer:
        raise KitemarkError(
            say(
                "This framework is signed with a different council key ({signer}) from the one you confirmed "
                "({confirmed}), so it was not used; check with the council by a channel you already trust.",
                signer=display_fingerprint(signer),
                confirmed=display_fingerprint(pinned),
            )
        )
    session.merge(Setting(key=SIGNED_PREFIX + _source_sha(source), value=signer))


def install_framework(root: Path, path: Path, *, confirm_council_key: str | None = None) -> InstallResult:
    """Verify and install a framework file for this organisation's next (or moved) self-assessment.

    A signed file is installed only when its council key is the one this charity confirmed; the first time, when
    ``confirm_council_key`` is that key's fingerprint (``CouncilKeyNotConfirmed`` otherwise, nothing installed).
    A YAML file installs as an unsigned draft.
    """
    confirmed = _normalised(confirm_council_key) if confirm_council_key else None
    source, signer, file_sha = _read_source(Path(path))
    framework = parse_framework(source)
    with Workspace.open(root) as workspace, workspace.session() as session:
        if signer:
            _trust_signer(session, source, signer, confirmed)
        record = {
            "source": source,
            "council_fingerprint": signer,
            "file_sha256": file_sha,
            "installed_at": datetime.now(UTC).isoformat(),
        }
        session.merge(Setting(key=INSTALLED_SETTING, value=json.dumps(record)))
    return InstallResult(framework.id, framework.version, framework.title, signer, file_sha)


def trusted_source(root: Path, path: Path) -> str:
    """The framework text of ``path`` to move to: a signed file only under the council key already confirmed here
    (``CouncilKeyNotConfirmed`` if none is: install it first, confirming the key), a YAML file as a draft."""
    source, signer, _file_sha = _read_source(path)
    if signer:
        with Workspace.open(root) as workspace, workspace.session() as session:
            _trust_signer(session, source, signer, None)
    return source


def _normalised(fingerprint: str) -> str:
    try:
        return normalise_fingerprint(fingerprint)
    except FingerprintError as error:
        raise KitemarkError(
            say("{problem}; copy it again from the council's letter or website.", problem=said_by(error))
        ) from None



def _source_sha(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def installed_framework(workspace: Workspace) -> tuple[str, str] | None:
    """The installed framework's source and council root ("" if an unsigned draft), or None if none installed."""
    with workspace.session() as session:
        row = session.get(Setting, INSTALLED_SETTING)
        if row is None:
            return None
        record = json.loads(row.value)
        return str(record["source"]), str(record["council_fingerprint"])


def council_of_source(session: Session, source: str) -> str:
    """The council root that signed this framework source when the charity installed it; "" for an unsigned one."""
    row = session.get(Setting, SIGNED_PREFIX + _source_sha(source))
    return row.value if row is not None else ""
