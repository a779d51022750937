"""``kitemark key show|change-passphrase|copy|import|renew|new`` — the signing key's life for volunteers.

* ``show``: the root fingerprint (to read to the council) and whether a key exists.
* ``change-passphrase``: the passphrase from ``--passphrase-file``/``KITEMARK_PASSPHRASE``, the new one from
  ``--new-passphrase-file``/``KITEMARK_NEW_PASSPHRASE``; the key (and its fingerprint) stay the same.
* ``copy --out FILE.p12``: a copy of the signing key for a new treasurer's computer, locked with the new passphrase.
* ``import FILE.p12``: use a copy made by ``copy`` (or a key the council issued); a key already here is put aside.
* ``renew``: a new key while the passphrase is known; the old key signs a statement handing over to it
  (pack/key_change.py), which the next packs carry, so the council's register sees a key change, not an impostor.
* ``new --yes``: put the key aside (a forgotten passphrase); the next export makes a new key, whose fingerprint
  the council must confirm again.

Exit 0 done; 1 wrong passphrase or no key; 2 usage errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kitemark_app.commands import data_root, print_json
from kitemark_app.commands.export import PASSPHRASE_ENV, read_passphrase, read_secret

NEW_PASSPHRASE_ENV = "KITEMARK_NEW_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("key", help="show the signing key, change its passphrase, copy it or start again")
    actions = parser.add_subparsers(dest="key_command", required=True, metavar="ACTION")
    show = actions.add_parser("show", help="the root fingerprint to read to the council")
    show.add_argument("--json", action="store_true", help="print the result as JSON")
    for name, text in (
        ("change-passphrase", "lock the key with a new passphrase (the key and its fingerprint stay the same)"),
        ("copy", "save a copy of the key for a new treasurer, locked with their own passphrase"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("--passphrase-file", type=Path, metavar="FILE",
                            help=f"the current passphrase, first line of FILE (default: ${PASSPHRASE_ENV})")  # fmt: skip
        action.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                            help=f"the new passphrase, first line of FILE (default: ${NEW_PASSPHRASE_ENV})")  # fmt: skip
        if name == "copy":
            action.add_argument("--out", type=Path, required=True, metavar="FILE.p12", help="where to save the copy")
    take = actions.add_parser("import", help="use a copy of the key from the previous treasurer (or the council)")
    take.add_argument("file", type=Path, metavar="FILE.p12", help="the key file")
    take.add_argument("--passphrase-file", type=Path, metavar="FILE",
                      help=f"the passphrase the file is locked with, first line of FILE (default: ${PASSPHRASE_ENV})")  # fmt: skip
    renew = actions.add_parser("renew", help="make a new key while the passphrase is known; the old key vouches for it")
    renew.add_argument("--passphrase-file", type=Path, metavar="FILE",
                       help=f"the current passphrase, first line of FILE (default: ${PASSPHRASE_ENV})")  # fmt: skip
    renew.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                       help=f"the new key's passphrase, first line of FILE (default: ${NEW_PASSPHRASE_ENV})")  # fmt: skip
    new = actions.add_parser("new", help="put the key aside after a forgotten passphrase; the next export makes one")
    new.add_argument("--yes", action="store_true", help="confirm: the council must then confirm the new fingerprint")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.errors import UsageError
    from kitemark_app.pack.keys import grouped_fingerprint
    from kitemark_app.services import signing_key
    from kitemark_app.services.export import key_status

    root = data_root(args)
    if args.key_command == "show":
        status = key_status(root)
        if args.json:
            print_json({"exists": status.exists, "root_fingerprint": status.root_fingerprint or None})
        elif status.exists:
            print(f"Root fingerprint: {grouped_fingerprint(status.root_fingerprint)}")
        else:
            print("No signing key yet: the first export creates one.")
        return 0
    if args.key_command == "new":
        if not args.yes:
            raise UsageError(
                "starting again makes a new key whose fingerprint the council must confirm before it trusts your "
                "packs; add --yes to do it"
            )
        retired = signing_key.start_new_key(root)
        print(f"The old key is kept in {retired.folder}; the next export makes a new key.")
        print(
            f"Tell the council: the old fingerprint {grouped_fingerprint(retired.old_fingerprint)} is no longer used."
        )
        return 0
    passphrase = read_passphrase(args)
    if args.key_command == "import":
        fingerprint, put_aside = signing_key.import_key_copy(root, args.file, passphrase)
        if put_aside is not None:
            print(f"The key that was here is kept in {put_aside.folder}.")
        print(f"This key signs from now on (root fingerprint {grouped_fingerprint(fingerprint)}).")
        return 0
    new_passphrase = read_secret(
        args.new_passphrase_file, NEW_PASSPHRASE_ENV, "--new-passphrase-file", "new passphrase"
    )
    if args.key_command == "renew":
        fingerprint, put_aside = signing_key.renew_key(root, passphrase, new_passphrase)
        print(f"A new key signs from now on (root fingerprint {grouped_fingerprint(fingerprint)}); the old one is")
        print(f"kept in {put_aside.folder} and has signed a statement handing over to the new one, which your")
        print("packs carry: the council's register recognises the change. Tell the council the new fingerprint too.")
        return 0
    if args.key_command == "change-passphrase":
        fingerprint = signing_key.change_passphrase(root, passphrase, new_passphrase)
        print(f"The passphrase is changed; the key is the same (root fingerprint {grouped_fingerprint(fingerprint)}).")
        return 0
    signing_key.save_key_copy(root, passphrase, args.out, new_passphrase)
    print(f"A copy of the key is saved as {args.out}, locked with the new passphrase.")
    return 0
