"""The signing key's life for volunteers: a new passphrase, a copy for a new treasurer, starting again with a new
key when the passphrase is forgotten. The CLI (``kitemark key``) and the GUI (File → Signing key) call these."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kitemark_app.db.models import Setting
from kitemark_app.pack import keys
from kitemark_app.sentences import say
from kitemark_app.services.export import FINGERPRINT_SETTING, key_status
from kitemark_app.services.workspace import Workspace


@dataclass(frozen=True)
class Retired:
    folder: Path  # where the old key files are kept
    old_fingerprint: str


def change_passphrase(root: Path, old: str, new: str) -> str:
    """Lock the key with ``new`` from now on; returns the root fingerprint (unchanged: the key is the same)."""
    with Workspace.open(root) as workspace:
        return keys.change_passphrase(workspace.layout.keys, old, new).root_fingerprint


def save_key_copy(root: Path, passphrase: str, target: Path, new_passphrase: str) -> str:
    """Write a copy of the signing key for a new treasurer, locked with their own passphrase."""
    with Workspace.open(root) as workspace:
        return keys.save_key_copy(workspace.layout.keys, passphrase, target, new_passphrase).root_fingerprint


def start_new_key(root: Path) -> Retired:
    """Put the key aside so that the next export makes a new one (a forgotten passphrase). The council must then
    confirm the new fingerprint before it trusts the organisation's packs again."""
    old = key_status(root)
    if not old.exists:
        raise keys.NoSigningKeyError()
    with Workspace.open(root) as workspace:
        folder = keys.retire_keys(workspace.layout.keys)
        with workspace.session() as session:
            setting = session.get(Setting, FINGERPRINT_SETTING)
            if setting is not None:
                session.delete(setting)
    return Retired(folder, old.root_fingerprint)


def import_key_copy(root: Path, source: Path, passphrase: str) -> tuple[str, Retired | None]:
    """Use the key in ``source`` (a copy from the previous treasurer, or one the council issued) from now on,
    kept under the same passphrase. A key already here is put aside first, never overwritten."""
    from kitemark_app.services.export import import_council_key

    retired = start_new_key(root) if key_status(root).exists else None
    try:
        return import_council_key(root, source, passphrase), retired
    except keys.SigningKeyError:
        if retired is not None:  # nothing was imported: put the key that was here back
            with Workspace.open(root) as workspace, workspace.session() as session:
                keys.restore_retired(workspace.layout.keys, retired.folder)
                session.merge(Setting(key=FINGERPRINT_SETTING, value=retired.old_fingerprint))
        raise


def renew_key(root: Path, old_passphrase: str, new_passphrase: str) -> tuple[str, Retired]:
    """A new key while the old passphrase is known (a new treasurer, a key thought exposed): the old key signs a
    statement handing over to the new one (pack/key_change.py), which every pack then carries, so the council's
    register recognises a key change and not an impersonation. Returns the new root fingerprint."""
    import json

    from kitemark_app.pack.key_change import FILE, make_key_change

    if len(new_passphrase) < keys.MIN_PASSPHRASE_CHARS:
        raise keys.SigningKeyError(
            say("The new passphrase must be at least {count} characters long.", count=keys.MIN_PASSPHRASE_CHARS)
        )
    with Workspace.open(root) as workspace:
        folder = workspace.layout.keys
        old = keys.load_signing_key(folder, old_passphrase)  # a wrong passphrase changes nothing
        with workspace.session() as session:
            organisation = workspace.organisation(session).name
    retired = start_new_key(root)
    signing, root_key = keys.create_signing_key(organisation)
    statement = make_key_change(old.private_key, old.certificate, old.root, organisation, signing.root_fingerprint)
    with Workspace.open(root) as workspace:
        folder = workspace.layout.keys
        keys.save_keys(folder, signing, new_passphrase, root_key)
        (folder / FILE).write_text(json.dumps(statement, indent=2), encoding="utf-8")
        with workspace.session() as session:
            session.merge(Setting(key=FINGERPRINT_SETTING, value=signing.root_fingerprint))
    return signing.root_fingerprint, retired
