"""``kitemark [--register URL] register ACTION`` — the council register, the same operations as the assessor window.

* ``upgrade``: migrate the register to this version (a server is never migrated silently) and set its roles' grants.
* ``use URL``: remember the team's register for this data folder (no password: libpq's .pgpass keeps that).
* ``add PACK.pdf --confirm-fingerprint FP``: register the organisation that signed the pack, once FP (read to you
  by the organisation, by phone or letter) matches the pack's root; exit 1 with a sentence if it differs.
* ``search TEXT``, ``list``: organisations (name without accents or case, charity or company number, fingerprint).
* ``queue [--filter mine|unassigned|overdue|moderation|expiring]``: the team's packs, most urgent first.
* ``show PACK_ID``: one pack, its review and its audit history.
* ``assign PACK_ID LOGIN``, ``submit PACK_ID``, ``approve PACK_ID``, ``return PACK_ID --note TEXT``: the workflow.
* ``export --out FILE.csv``: every award sent, for the council's own records.
* ``setup-sql``: the SQL an administrator runs once per PostgreSQL server (roles, logins).
* ``mode team|one-officer``: on a server, whether a second officer moderates (the default) or one holds every duty.

``--json`` where it helps. Exit 0 done; 1 refused (with the sentence why); 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from kitemark_app.commands import data_root, print_json
from kitemark_app.commands.verify import add_decryption_options


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("register", help="the council register: organisations, packs, the team's queue")
    actions = parser.add_subparsers(dest="register_command", required=True, metavar="ACTION")
    actions.add_parser("upgrade", help="migrate the register (and a server's grants) to this version")
    actions.add_parser("setup-sql", help="print the SQL that sets up a PostgreSQL server for a council team")
    mode = actions.add_parser("mode", help="team (moderation by a second officer) or one officer (a lead's choice)")
    mode.add_argument("mode", choices=("team", "one-officer"))
    use = actions.add_parser("use", help="remember the team's register for this data folder")
    use.add_argument("url", metavar="URL", help="postgresql+psycopg://LOGIN@HOST/DATABASE (no password)")
    add = actions.add_parser("add", help="register the organisation that signed PACK.pdf, once its fingerprint matches")
    add.add_argument("pack", type=Path, metavar="PACK.pdf")
    add.add_argument("--confirm-fingerprint", required=True, metavar="FP",
                     help="the root fingerprint the organisation gave you by another channel")  # fmt: skip
    add.add_argument("--replace", action="store_true", help="the organisation confirmed it changed its root")
    add_decryption_options(add)  # a pack encrypted for the council
    for name, text in (("search", "find organisations"), ("list", "every registered organisation")):
        action = actions.add_parser(name, help=text)
        if name == "search":
            action.add_argument("text", metavar="TEXT", help="name, charity or company number, or fingerprint")
        action.add_argument("--json", action="store_true", help="print the result as JSON")
    queue = actions.add_parser("queue", help="the team's packs, most urgent first")
    queue.add_argument("--filter", default="all", choices=("all", "mine", "unassigned", "overdue", "moderation",
                                                           "expiring"))  # fmt: skip
    queue.add_argument("--json", action="store_true", help="print the result as JSON")
    show = actions.add_parser("show", help="one pack: its review and its history")
    show.add_argument("pack_id", type=int, metavar="PACK_ID")
    show.add_argument("--json", action="store_true", help="print the result as JSON")
    assign = actions.add_parser("assign", help="assign a pack to an officer (a lead's duty)")
    assign.add_argument("pack_id", type=int, metavar="PACK_ID")
    assign.add_argument("officer", metavar="LOGIN")
    for name, text in (("submit", "put your review forward for moderation"), ("approve", "approve a review")):
        action = actions.add_parser(name, help=text)
        action.add_argument("pack_id", type=int, metavar="PACK_ID")
    back = actions.add_parser("return", help="return a review to its assessor with a note")
    back.add_argument("pack_id", type=int, metavar="PACK_ID")
    back.add_argument("--note", required=True, help="what the assessor should change")
    export = actions.add_parser("export", help="a CSV of every award sent")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    root = data_root(args)
    url = getattr(args, "register", None)
    action = args.register_command
    if action == "setup-sql":
        from kitemark_app.register.roles import SETUP_SQL

        print(SETUP_SQL, end="")
        return 0
    if action == "upgrade":
        from kitemark_app.register.store import describe, register_url, upgrade

        before, after = upgrade(root, url)
        where = describe(register_url(root, url))
        print(f"Schema {after} is in {where}" + (f" (it was {before})." if before else "."))
        return 0
    if action == "use":
        from kitemark_app.register.store import open_register, save_url

        shown = save_url(root, args.url)
        open_register(root).close()  # checked now, so a wrong address is said at once
        print(f"This data folder now uses the register at {shown}.")
        return 0
    if action == "mode":
        from kitemark_app.register.store import open_register, set_one_officer

        with open_register(root, url) as opened:
            set_one_officer(opened, args.mode == "one-officer")
        print("One officer now holds every duty on this register." if args.mode == "one-officer" else
              "This register now works as a team: a second officer moderates each review.")  # fmt: skip
        return 0
    if action == "add":
        return _add(root, url, args)
    return _read_or_move(root, url, action, args)


def _add(root: Path, url: str | None, args: argparse.Namespace) -> int:
    from kitemark_app.errors import KitemarkError
    from kitemark_app.services import assessor
    from kitemark_app.verify.trust import FingerprintError, display_fingerprint, normalise_fingerprint

    try:
        confirmed = normalise_fingerprint(args.confirm_fingerprint)
    except FingerprintError as error:
        raise KitemarkError(f"--confirm-fingerprint: {error}.") from None
    from kitemark_app.commands.verify import decryption_key
    from kitemark_app.verify.encryption import DecryptionKey

    key = decryption_key(args)
    assert key is None or isinstance(key, DecryptionKey)
    opened = assessor.open_received_pack(root, args.pack, register=url, decryption=key)
    verdict = opened.verdict
    if not verdict.intact or not verdict.signer_fingerprint:
        raise KitemarkError("This pack failed verification, so its organisation cannot be registered from it.")
    if verdict.signer_fingerprint != confirmed:
        raise KitemarkError(
            f"The fingerprint you were given ({display_fingerprint(confirmed)}) is not the pack's root "
            f"({display_fingerprint(verdict.signer_fingerprint)}); do not register it: ask the organisation again."
        )
    numbers = ("", "")
    if verdict.manifest is not None:
        numbers = (verdict.manifest.organisation.charity_number, verdict.manifest.organisation.company_number)
    entry = assessor.register_organisation(
        root, verdict.organisation or "", confirmed, replace=args.replace, register=url, numbers=numbers
    )
    print(f"Registered '{entry.name}' with root {display_fingerprint(entry.root_fingerprint)}.")
    return 0


def _read_or_move(root: Path, url: str | None, action: str, args: argparse.Namespace) -> int:
    from kitemark_app.services import council

    if action in {"search", "list"}:
        rows = council.search_organisations(root, getattr(args, "text", ""), register=url)
        if args.json:
            print_json([asdict(row) for row in rows])
        else:
            for row in rows:
                expiry = f", valid until {row.valid_until}" if row.valid_until else ""
                print(f"{row.name}  [{row.charity_number or '-'}]  {row.packs} pack(s)  {row.latest_outcome}{expiry}")
        return 0
    if action == "queue":
        packs = council.queue(root, args.filter, register=url)
        if args.json:
            print_json([asdict(row) for row in packs])
        else:
            for pack in packs:
                print(
                    f"{pack.id:>6}  {pack.state:<22} {pack.assigned_to or '-':<16} due {pack.due_by}  {pack.organisation}"
                )
        return 0
    if action == "show":
        return _show(root, url, args)
    if action == "export":
        count = council.export_awards(root, args.out, register=url)
        print(f"{count} award(s) written to {args.out}.")
        return 0
    moves = {
        "assign": lambda: council.assign(root, args.pack_id, args.officer, register=url),
        "submit": lambda: council.submit_for_moderation(root, args.pack_id, register=url),
        "approve": lambda: council.approve(root, args.pack_id, register=url),
        "return": lambda: council.return_to_assessor(root, args.pack_id, args.note, register=url),
    }
    moved = moves[action]()
    print(
        f"Pack {moved.id} ({moved.organisation}) is now '{moved.state}'"
        + (f", with {moved.assigned_to}." if moved.assigned_to else ".")
    )
    return 0


def _show(root: Path, url: str | None, args: argparse.Namespace) -> int:
    from kitemark_app.services import council

    detail = council.pack_detail(root, args.pack_id, register=url)
    if args.json:
        print_json(asdict(detail))
        return 0
    pack = detail.pack
    print(f"Pack {pack.id}: {pack.organisation} ({pack.file_name}), {pack.verdict}, {pack.state}")
    print(f"  Assigned to: {pack.assigned_to or 'nobody yet'}; due by {pack.due_by}")
    if pack.outcome:
        print(f"  Outcome: {pack.outcome} {pack.level}".rstrip())
    for line in detail.history:
        print(f"  {line.at:%Y-%m-%d %H:%M}  {line.officer:<16} {line.action}", file=sys.stdout)
    return 0
