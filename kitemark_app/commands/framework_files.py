"""``kitemark framework publish|install`` — the council's signed framework files (registered by ``framework.py``).

* ``publish FRAMEWORK.yaml --out FRAMEWORK.pdf [--passphrase-file F]``: a council command; signs with the council
  key kept in the data folder (made on first use, like the assessor's key); passphrase also from
  ``KITEMARK_PASSPHRASE``.
* ``install FILE [--confirm-council-key FP] [--json]``: exit 0 installed, 1 refused, 3 signed by a council key not
  yet confirmed (nothing installed), 2 usage or unreadable. A YAML file installs as an unsigned draft.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kitemark_app.commands import data_root, print_json
from kitemark_app.commands.export import PASSPHRASE_ENV, read_passphrase


def add_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    publish = actions.add_parser("publish", help="sign a framework as the council's booklet PDF (a council command)")
    publish.add_argument("file", type=Path, metavar="FRAMEWORK.yaml")
    publish.add_argument("--out", type=Path, required=True, metavar="FRAMEWORK.pdf")
    publish.add_argument("--passphrase-file", type=Path, metavar="FILE",
                         help=f"the council key's passphrase, first line of FILE (default: ${PASSPHRASE_ENV})")  # fmt: skip
    publish.add_argument("--json", action="store_true", help="print the result as JSON")
    publish.set_defaults(handler=run_publish)
    install = actions.add_parser("install", help="install the council's framework file (exit 3: confirm its key)")
    install.add_argument("file", type=Path, metavar="FILE")
    install.add_argument("--confirm-council-key", metavar="FP",
                         help="the council key's fingerprint as the council gave it to you (the first time)")  # fmt: skip
    install.add_argument("--json", action="store_true", help="print the result as JSON")
    install.set_defaults(handler=run_install)


def run_publish(args: argparse.Namespace) -> int:
    from kitemark_app.pack.keys import grouped_fingerprint
    from kitemark_app.services.framework_files import publish_framework

    result = publish_framework(data_root(args), args.file, args.out, read_passphrase(args))
    if args.json:
        print_json({"path": str(result.path), "sha256": result.sha256, "size": result.size,
                    "council_fingerprint": result.council_fingerprint, "key_created": result.key_created})  # fmt: skip
        return 0
    if result.key_created:
        print("A council signing key was made in this data folder; keep its passphrase safe.")
    print(f"Published {result.path} ({result.size:,} bytes).")
    print(
        f"  Council key fingerprint (publish it, so charities can compare): {grouped_fingerprint(result.council_fingerprint)}"
    )
    return 0


def run_install(args: argparse.Namespace) -> int:
    from kitemark_app.pack.keys import grouped_fingerprint
    from kitemark_app.services.framework_files import install_framework

    result = install_framework(data_root(args), args.file, confirm_council_key=args.confirm_council_key)
    if args.json:
        print_json({"framework": {"id": result.framework_id, "version": result.version, "title": result.title},
                    "council_fingerprint": result.council_fingerprint, "unsigned": result.unsigned,
                    "file_sha256": result.file_sha256})  # fmt: skip
        return 0
    print(f"Installed {result.title}, version {result.version}.")
    if result.unsigned:
        print("  This is an unsigned draft: it is marked so everywhere, and in your pack.")
    else:
        print(f"  Signed by the council key {grouped_fingerprint(result.council_fingerprint)}.")
    return 0
