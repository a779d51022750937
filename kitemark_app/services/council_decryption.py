"""The council's decryption key on the assessor's computer: which key file opens packs encrypted for the council.

The key itself stays in its own file (PKCS#12 or PEM, under its passphrase), wherever the council keeps it; the
data folder remembers only the file's path (``council-decryption-key.path``), never the passphrase, which is asked
for (the window) or read from ``--decrypt-passphrase-file`` / ``KITEMARK_DECRYPT_PASSPHRASE`` (the command line)
each time. The window and ``kitemark verify`` call these same functions.
"""

from __future__ import annotations

import os
from pathlib import Path

from kitemark_app.verify.encryption import DecryptionKey, load_decryption_key

KEY_PATH_FILE = "council-decryption-key.path"
PASSPHRASE_ENV = "KITEMARK_DECRYPT_PASSPHRASE"


def saved_key_file(root: Path) -> Path | None:
    """The key file chosen earlier for this data folder, if any."""
    try:
        text = (root / KEY_PATH_FILE).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return Path(text) if text else None


def open_key(path: Path, passphrase: str) -> DecryptionKey:
    """The key in ``path`` unlocked with ``passphrase``; ``UsageError`` with a sentence when it cannot be."""
    return load_decryption_key(Path(path).expanduser(), passphrase)


def use_key_file(root: Path, path: Path, passphrase: str) -> DecryptionKey:
    """Check that ``path`` opens with ``passphrase``, then remember the path (only) for this data folder."""
    path = Path(path).expanduser().absolute()
    key = open_key(path, passphrase)
    root.mkdir(parents=True, exist_ok=True)
    target = root / KEY_PATH_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(f"{path}\n", encoding="utf-8")
    os.replace(temporary, target)
    return key


def forget_key_file(root: Path) -> None:
    (root / KEY_PATH_FILE).unlink(missing_ok=True)
