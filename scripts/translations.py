"""The GUI's translations: the English plural forms of its counted messages, and every other language's .ts/.qm.

A message with a count is written once, with Qt's plural marker: ``self.tr("%n action(s) …", "", count)``. Qt
then shows the form that suits the number in the language shown, from that language's translation — English
included, whose translation holds only these plural forms (``lupdate -pluralonly``). This script makes it: "(s)"
is dropped for 1 and becomes "s" otherwise; a message where that is not enough (criterion/criteria, is/are) has
its two forms spelt out in ``SPELT_OUT``.

    python scripts/translations.py          # update kitemark_app/resources/translations/kitemark_en.ts and .qm
    python scripts/translations.py --check  # exit 1 if they are not what the sources give (tests/ui runs it)

ui/assessor/ is not scanned for English yet: its messages keep their "(s)" until its own tests expect the English
forms.

Every other language (``LANGUAGES``; Bengali so far) has a whole translation, ``kitemark_<code>.ts``, of every
message in ui/ (assessor included), translated by people with Qt Linguist (``pyside6-linguist``). This script runs
``lupdate`` over the sources *into the existing .ts*, so translations already made are kept, new messages come in as
unfinished and messages gone from the sources are dropped; then ``lrelease`` makes the ``.qm`` the app loads. Qt's
own words (the standard buttons, the file dialog, a line edit's menu) are in ``qtbase_<code>.ts``, kept by hand (Qt
ships no Bengali one); only its ``.qm`` is made here.

    python scripts/translations.py bn       # the same for one language (a new code starts a new, empty .ts)
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "kitemark_app" / "ui"
OUT = ROOT / "kitemark_app" / "resources" / "translations"
TS, QM = OUT / "kitemark_en.ts", OUT / "kitemark_en.qm"
NOT_SCANNED = (UI / "assessor",)
#: The languages with a whole translation (their .ts is kitemark_<code>.ts).
LANGUAGES = ("bn",)

#: Messages whose English forms are more than "(s)": (for 1, for any other number).
SPELT_OUT = {
    "Now %n more criterion(s) apply: %1.": ("Now %n more criterion applies: %1.", "Now %n more criteria apply: %1."),
    "%n criterion(s) no longer apply: %1.": ("%n criterion no longer applies: %1.", "%n criteria no longer apply: %1."),
    "'%1' is used by %n criterion(s): %2.": ("'%1' is used by %n criterion: %2.", "'%1' is used by %n criteria: %2."),
    "%1 does not apply to you": ("%1 does not apply to you", "%1 do not apply to you"),
    "%n verdict(s) are now shown on their criteria.": (
        "%n verdict is now shown on its criterion.",
        "%n verdicts are now shown on their criteria.",
    ),
    "%n new action(s) from the assessor are in your action plan.": (
        "%n new action from the assessor is in your action plan.",
        "%n new actions from the assessor are in your action plan.",
    ),
    "%n problem(s) must be fixed first. Close this window, fix them, then choose Prepare submission again.": (
        "%n problem must be fixed first. Close this window, fix it, then choose Prepare submission again.",
        "%n problems must be fixed first. Close this window, fix them, then choose Prepare submission again.",
    ),
}
#: What "(s)" alone gets wrong: a noun of its own plural, a verb that follows the count (it must be in SPELT_OUT).
IRREGULAR = re.compile(r"criterion\(s\)|\(s\) (?:\w+ )?(?:is|are|was|were|has|have|does|do|apply|applies)\b")


class MissingForms(Exception):
    pass


def english_forms(source: str) -> tuple[str, str]:
    if source in SPELT_OUT:
        return SPELT_OUT[source]
    if IRREGULAR.search(source):
        raise MissingForms(f"spell out the English forms of {source!r} in SPELT_OUT ({Path(__file__).name})")
    return source.replace("(s)", ""), source.replace("(s)", "s")


def qt_tool(name: str) -> str:
    import PySide6

    found = shutil.which(name, path=str(Path(PySide6.__file__).parent))
    if found is None:
        raise SystemExit(f"{name} is not in this PySide6 installation")
    return found


def sources(*, everything: bool = False) -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in UI.rglob("*.py")
        if everything or not any(path.is_relative_to(folder) for folder in NOT_SCANNED)
    )


def core_templates() -> list[str]:
    """Every ``say("…")`` template in the Qt-free packages (``kitemark_app.sentences``), once each, sorted."""
    found: set[str] = set()
    for path in (ROOT / "kitemark_app").rglob("*.py"):
        if path.is_relative_to(UI):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say":
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    raise SystemExit(f"{path.relative_to(ROOT)}:{node.lineno}: say() needs a literal template")
                found.add(first.value)
    return sorted(found)


def core_catalogue(folder: Path) -> Path:
    """A Python file lupdate reads: the core's templates under the context ui/core_sentences.py translates them in."""
    lines = [f'QT_TRANSLATE_NOOP("CoreSentences", {json.dumps(text, ensure_ascii=False)})' for text in core_templates()]
    path = folder / "core_sentences_catalogue.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def language_files(code: str) -> list[Path]:
    """The committed files of one language: its .ts and .qm, and its qtbase .qm when it has a qtbase .ts."""
    files = [OUT / f"kitemark_{code}.ts", OUT / f"kitemark_{code}.qm"]
    if (OUT / f"qtbase_{code}.ts").exists():
        files.append(OUT / f"qtbase_{code}.qm")
    return files


def build_language(code: str, folder: Path) -> list[Path]:
    """Merge the sources' messages into a copy of ``kitemark_<code>.ts`` in ``folder`` and release the .qm files."""
    ts, qm = folder / f"kitemark_{code}.ts", folder / f"kitemark_{code}.qm"
    if (OUT / ts.name).exists():
        shutil.copyfile(OUT / ts.name, ts)
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-target-language", code,
         *sources(everything=True), str(core_catalogue(folder)), "-ts", str(ts)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    made = [ts, qm]
    qtbase = OUT / f"qtbase_{code}.ts"
    if qtbase.exists():
        made.append(folder / f"qtbase_{code}.qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(qtbase), "-qm", str(made[-1])], check=True)
    return made


def build(folder: Path) -> tuple[Path, Path]:
    """Scan the sources for counted messages and write the English .ts and .qm into ``folder``."""
    scanned = folder / "scanned.ts"
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-pluralonly", "-locations", "none", "-no-obsolete",
         "-target-language", "en_GB", *sources(), "-ts", str(scanned)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    messages = sorted(
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(scanned).getroot().iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    )
    ts, qm = folder / TS.name, folder / QM.name
    ts.write_text(ts_text(messages), encoding="utf-8")
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return ts, qm


def ts_text(messages: list[tuple[str, str]]) -> str:
    """The .ts file, one context after the other in name order (so that it is the same on every run)."""
    root = ET.Element("TS", version="2.1", language="en_GB")
    contexts: dict[str, ET.Element] = {}
    for context_name, source in messages:
        if context_name not in contexts:
            contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context_name], "name").text = context_name
        message = ET.SubElement(contexts[context_name], "message", numerus="yes")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("language", nargs="?", help="only this language's translation (e.g. bn); a new code starts one")
    parser.add_argument("--check", action="store_true", help="only check that the committed files are up to date")
    args = parser.parse_args()
    if args.language is not None and not re.fullmatch(r"[a-z]{2,3}(?:_[A-Z]{2})?", args.language):
        parser.error(f"{args.language!r} is not a language code such as bn or pt_BR")
    codes = [args.language] if args.language else list(LANGUAGES)
    with tempfile.TemporaryDirectory() as temp:
        try:
            ts, qm = build(Path(temp))
        except MissingForms as missing:
            print(f"translations: {missing}", file=sys.stderr)
            return 1
        pairs = [] if args.language and args.language != "en" else [(TS, ts), (QM, qm)]
        for code in codes:
            if code == "en":
                continue
            for made in build_language(code, Path(temp)):
                pairs.append((OUT / made.name, made))
        if args.check:
            stale = [path.name for path, made in pairs if not path.exists() or path.read_bytes() != made.read_bytes()]
            if stale:
                print(
                    f"translations: {', '.join(stale)} out of date: run python scripts/translations.py", file=sys.stderr
                )
                return 1
            return 0
        OUT.mkdir(parents=True, exist_ok=True)
        for path, made in pairs:
            shutil.copyfile(made, path)
        print(f"translations: {', '.join(path.name for path, _made in pairs)} written in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
