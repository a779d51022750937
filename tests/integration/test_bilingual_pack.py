"""The pack stays English for the council unless the charity chooses a bilingual one: ``export --bilingual`` (and
the tick box in Prepare submission, through the same ``export_pack``) gives each criterion's title and guidance in
English and then in Bengali, from the framework's translations, with the pack's headings and labels in both; the
signature, the manifest and every check are those of any pack."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.core.framework import parse_framework
from kitemark_app.core.framework_text import localised
from kitemark_app.errors import KitemarkError
from kitemark_app.paths import default_framework_text
from kitemark_app.services.export import export_pack
from kitemark_app.verify import verify_pack
from tests.packs import DEMO_PASSPHRASE, _manifest_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

BENGALI = localised(parse_framework(default_framework_text()), "bn")
CRITERION = "GOV-01"  # answered by the demo charity (a CIO)


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def words_of(pdf: Path) -> str:
    """The pack's text as pdftotext gives it, line breaks and runs of spaces as single spaces."""
    extracted = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(nfc(extracted).split())


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The demo's pack exported twice by the CLI: the usual English one and a bilingual one."""
    from kitemark_app.services.demo import create_demo

    folder = tmp_path_factory.mktemp("bilingual")
    root = folder / "data"
    create_demo(root)
    passphrase = folder / "passphrase.txt"
    passphrase.write_text(DEMO_PASSPHRASE, encoding="utf-8")
    common = ["--data-dir", str(root), "export", "--passphrase-file", str(passphrase), "--json"]
    assert main([*common, "--out", str(folder / "english.pdf")]) == 0
    assert main([*common, "--out", str(folder / "bilingual.pdf"), "--bilingual"]) == 0
    return folder / "english.pdf", folder / "bilingual.pdf", root


def test_the_bilingual_pack_gives_each_criterion_in_english_then_bengali(packs: tuple[Path, Path, Path]) -> None:
    _, bilingual, _ = packs
    text = words_of(bilingual)
    criterion = BENGALI.criterion(CRITERION)
    english_title = "A signed, adopted governing document"
    assert nfc(criterion.title) in text
    assert text.index(english_title) < text.index(nfc(criterion.title))  # English first
    assert nfc(" ".join(criterion.guidance.split())) in text  # the whole guidance, extracted as written
    assert "What it asks: The organisation has a governing document" in text  # and the English guidance
    assert nfc("পরিচালনা ও পরিচালনা নথি") in text  # the area's title
    assert nfc("অবস্থা:") in text and nfc("Kitemark স্ব-মূল্যায়ন জমা") in text  # the pack's own words too
    assert nfc("এই প্যাকটি দ্বিভাষিক") in text


#: Words of the cover's instructions, the declaration and the evidence index in Bengali, as a reader would look
#: for them (written here, not taken from the app's table).
BENGALI_OF_THE_PACK = {
    "How to check this pack": "এই প্যাকটি কীভাবে যাচাই করবেন",
    "Root certificate fingerprint": "রুট সার্টিফিকেটের ফিঙ্গারপ্রিন্ট",
    "We declare that": "আমরা ঘোষণা করছি যে",
    "Every file below is attached": "নিচের প্রতিটি ফাইল এই PDF-এ দেখানো নামে সংযুক্ত আছে",
    "Title / attachment": "শিরোনাম / সংযুক্তি",
    "Legal form": "আইনি ধরন",
    "Owner": "দায়িত্বে",
}


def test_the_bilingual_pack_gives_its_instructions_declaration_and_index_in_both(
    packs: tuple[Path, Path, Path],
) -> None:
    _, bilingual, root = packs
    text = words_of(bilingual)
    for english, bengali in BENGALI_OF_THE_PACK.items():
        assert english in text, english
        assert nfc(bengali) in text[text.index(english) :], english  # after the English, as the council reads it
    from kitemark_app.services.workspace import Workspace

    with Workspace.open(root) as workspace, workspace.session() as session:
        organisation = workspace.organisation(session).name
    declared = text[text.index(nfc("আমরা ঘোষণা করছি যে")) :]
    assert organisation in declared[:400]  # the organisation and its resolution filled into the Bengali too
    assert nfc("ভূমিকা") in declared[:600]  # the signatories' table: Role / ভূমিকা


def test_the_usual_pack_stays_english(packs: tuple[Path, Path, Path]) -> None:
    english, _, _ = packs
    text = words_of(english)
    assert "A signed, adopted governing document" in text
    assert nfc(BENGALI.criterion(CRITERION).title) not in text
    assert "What it asks:" not in text and nfc("অবস্থা") not in text
    assert not any(nfc(bengali) in text for bengali in BENGALI_OF_THE_PACK.values())
    assert "We declare that, to the best of our knowledge" in text and "How to check this pack" in text


def test_both_packs_verify_and_carry_the_same_kind_of_manifest(packs: tuple[Path, Path, Path]) -> None:
    english, bilingual, _ = packs
    for pack in (english, bilingual):
        verdict = verify_pack(pack)
        assert verdict.manifest_bytes is not None, verdict.reasons
    first, second = (json.loads(_manifest_of(pack)) for pack in (english, bilingual))
    assert first["responses"] == second["responses"]  # the answers are the same; only the reading differs
    assert set(first) == set(second)


def test_a_framework_without_bengali_cannot_give_a_bilingual_pack(tmp_path: Path) -> None:
    from kitemark_app.services.demo import create_demo
    from kitemark_app.services.workspace import Workspace

    root = tmp_path / "data"
    create_demo(root)
    with Workspace.open(root) as workspace, workspace.session() as session:
        cycle = workspace.current_cycle(session)
        cycle.framework_source = _without_translations(cycle.framework_source)
    with pytest.raises(KitemarkError, match="has no Bengali words, so a pack in English and Bengali would be in"):
        export_pack(root, tmp_path / "pack.pdf", DEMO_PASSPHRASE, second_language="bn")
    assert not (tmp_path / "pack.pdf").exists()


def _without_translations(source: str) -> str:
    """The framework's YAML with every ``translations:`` block left out."""
    kept: list[str] = []
    skipping_below: int | None = None
    for line in source.splitlines():
        indent = len(line) - len(line.lstrip())
        if skipping_below is not None and (not line.strip() or indent > skipping_below):
            continue
        skipping_below = None
        if line.strip() == "translations:":
            skipping_below = indent
            continue
        kept.append(line)
    return "\n".join(kept) + "\n"
