"""What an export may be besides the plain English pack, decided before the slow part: encrypted for the council
(when the framework carries its certificate, ``council.encryption_certificate``) and bilingual (when the framework
has words in the second language). ``services/export.py`` asks; the export dialog offers what these say."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kitemark_app.core.framework import Framework
from kitemark_app.core.framework_text import language_name, languages
from kitemark_app.errors import KitemarkError
from kitemark_app.pack.encryption import PackEncryption
from kitemark_app.sentences import said_by, say
from kitemark_app.services.workspace import Workspace

#: The language a bilingual pack adds after the English (the GUI's tick box and ``export --bilingual``).
BILINGUAL = "bn"


def bilingual_refusal(framework: Framework, language: str) -> str:
    """Why a pack in English and ``language`` cannot be made from this framework ("" when it can): the framework
    must have words in that language (otherwise the pack would be English only)."""
    if language in languages(framework):
        return ""
    if language == BILINGUAL:  # said whole, so that the language's name is translated with the sentence
        return say(
            "The framework '{title}' has no Bengali words, so a pack in English and Bengali would be in English only; "
            "export the English pack, or ask the framework's publisher for its Bengali version.",
            title=framework.title,
        )
    return say(
        "The framework '{title}' has no {language} words, so a pack in English and {language} would be in English "
        "only; export the English pack, or ask the framework's publisher for its {language} version.",
        title=framework.title,
        language=language_name(language),
    )


def can_be_bilingual(workspace: Workspace, language: str = BILINGUAL) -> bool:
    """Whether the current self-assessment's framework has words in ``language`` for a bilingual pack."""
    return not bilingual_problem(workspace, language)


def bilingual_problem(workspace: Workspace, language: str) -> str:
    with workspace.session() as session:
        return bilingual_refusal(workspace.framework(workspace.current_cycle(session)), language)


@dataclass(frozen=True)
class CouncilEncryption:
    """Whether the next pack can be encrypted so that only the council opens it: the framework in use carries the
    council's encryption certificate (``council.encryption_certificate``), and it is fit to encrypt for today."""

    certificate_pem: str  # "" when the framework carries none
    council: str = ""
    subject: str = ""
    fingerprint: str = ""
    problem: str = ""  # why the certificate cannot be used, as a sentence; "" when it can

    @property
    def available(self) -> bool:
        return bool(self.certificate_pem) and not self.problem


def council_encryption(root: Path, now: datetime | None = None) -> CouncilEncryption:
    """What the export dialog offers (and ``export_pack`` does by default) for the framework in use."""
    with Workspace.open(root) as workspace, workspace.session() as session:
        framework = workspace.framework(workspace.current_cycle(session))
    return offer_for(framework.council, now or datetime.now(UTC))


def offer_for(council: Any, now: datetime) -> CouncilEncryption:
    from kitemark_app.core.council_certificate import EncryptionCertificateError, check_certificate

    if council is None or not council.encryption_certificate:
        return CouncilEncryption("")
    try:
        certificate = check_certificate(council.encryption_certificate, now)
    except EncryptionCertificateError as error:
        return CouncilEncryption(
            council.encryption_certificate,
            council.name,
            problem=say(
                "The council's encryption certificate in the framework {problem}, so the pack cannot be encrypted "
                "for it; install the council's newer framework, or export without encryption (--no-encrypt).",
                problem=said_by(error),
            ),
        )
    return CouncilEncryption(council.encryption_certificate, council.name, certificate.subject, certificate.fingerprint)



def encryption_for(council: Any, encrypt: bool | None, now: datetime) -> PackEncryption | None:
    """The pack's encryption: by default whenever the framework carries a certificate (a charity should not send
    an unreadable pack by accident, nor a readable one when the council asked for encryption)."""
    if encrypt is False:
        return None
    offer = offer_for(council, now)
    if not offer.certificate_pem:
        if encrypt:
            raise KitemarkError(
                say(
                    "The framework in use carries no council encryption certificate, so the pack cannot be "
                    "encrypted for the council; export it without --encrypt."
                )
            )
        return None
    if offer.problem:
        raise KitemarkError(offer.problem)
    return PackEncryption.for_council(offer.certificate_pem, now)
