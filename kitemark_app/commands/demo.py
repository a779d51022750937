"""``kitemark demo`` — fill an empty data folder with a realistic fictional VCO."""

from __future__ import annotations

import argparse

from kitemark_app.commands import data_root


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="create a demo organisation in an empty data folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo

    root = data_root(args)
    create_demo(root)
    print(f"Demo organisation created in {root}")
    print(f"Its signing passphrase (demo only) is: {DEMO_PASSPHRASE}")
    return 0
