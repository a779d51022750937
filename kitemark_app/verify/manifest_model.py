"""The shape of ``manifest.json`` (schema ``kitemark-pack/1``, docs/pack-format.md), checked strictly.

Anything not in the contract is refused (``extra="forbid"``), types are not coerced (strict mode: a size written
as ``"12"`` is an error), and the cross-references hold: attachment names are safe and unique, every response
names only evidence the pack carries.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

SCHEMA = "kitemark-pack/1"
MANIFEST_NAME = "manifest.json"
MAX_NAME_CHARS = 120
_FORBIDDEN = set('/\\:*?"<>|')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"
}

Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Text = Annotated[str, Field(max_length=100_000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


Hex64OrNone = Annotated[str, Field(pattern=r"^(?:[0-9a-f]{64})?$")]
#: What a copy left out, in words ("GPS position", "author"…).
RemovedWords = Annotated[list[Annotated[str, Field(min_length=1, max_length=200)]], Field(max_length=64)]


class FrameworkRef(_Strict):
    id: Text
    version: Text
    title: Text
    council_fingerprint: Hex64OrNone = ""  # the council root that signed the framework; "" for an unsigned draft


class Organisation(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=500)]
    legal_form: Text
    charity_number: Text
    company_number: Text
    address: Text
    contact_name: Text
    contact_email: Text
    income_band: Text
    staff_count: Annotated[int, Field(ge=0)]
    volunteer_count: Annotated[int, Field(ge=0)]
    activities: list[Text]


class Cycle(_Strict):
    id: int
    target_level: Text
    started_on: date
    follows: int | None
    follows_pack: Hex64OrNone = ""  # the SHA-256 of the organisation's previous pack; "" for its first


class ResponseEntry(_Strict):
    criterion: Text
    area: Text
    mandatory: bool
    status: Text
    na_reason: Text
    narrative: Text
    evidence: list[Text]


class RedactionEntry(_Strict):
    """A copy made anew from the pages' pixels, with parts hidden by the organisation."""

    areas: Annotated[int, Field(ge=0, le=1_000_000)]
    pages_left_out: Annotated[list[Annotated[int, Field(ge=1)]], Field(max_length=10_000)]
    pages: Annotated[int, Field(ge=1, le=1_000_000)]


class EvidenceEntry(_Strict):
    attachment: str
    title: Text
    original_name: Text
    media_type: Text
    size: Annotated[int, Field(ge=0)]
    sha256: Hex64
    document_date: date | None
    review_by: date | None
    criteria: list[Text]
    #: A copy without personal details: the original's SHA-256 and what was removed, in words (both or neither).
    original_sha256: Hex64OrNone = ""
    metadata_removed: RemovedWords = Field(default_factory=list)
    #: A redacted copy: what the organisation hid (it is also a copy: ``original_sha256`` is set).
    redaction: RedactionEntry | None = None

    @field_validator("attachment")
    @classmethod
    def _safe_name(cls, name: str) -> str:
        problem = attachment_name_problem(name)
        if problem:
            raise ValueError(problem)
        return name

    @model_validator(mode="after")
    def _copy_described(self) -> EvidenceEntry:
        if bool(self.original_sha256) != bool(self.metadata_removed):
            raise ValueError("original_sha256 and metadata_removed go together (a copy without personal details)")
        if self.original_sha256 == self.sha256 and self.original_sha256:
            raise ValueError("a copy without personal details cannot be the original itself")
        if self.redaction is not None and not self.original_sha256:
            raise ValueError("a redacted copy names its original (original_sha256)")
        return self


class ActionEntry(_Strict):
    criterion: Text
    description: Text
    owner: Text
    due_date: date | None
    status: Text


class Signatory(_Strict):
    name: Text
    role: Text
    date: date


class Declaration(_Strict):
    signatories: list[Signatory]
    resolution_date: date
    minute_ref: Text


class KeyChangeEntry(_Strict):
    """A key change the old key vouches for (pack/key_change.py checks it); bounded before it is decoded."""

    statement: Annotated[str, Field(max_length=6000)]
    signature: Annotated[str, Field(max_length=3000)]
    certificates: Annotated[list[Annotated[str, Field(max_length=11_000)]], Field(min_length=2, max_length=2)]


class Signer(_Strict):
    root_fingerprint: Hex64
    key_change: KeyChangeEntry | None = None


class PackManifest(_Strict):
    schema_: Literal["kitemark-pack/1"] = Field(alias="schema")
    app_version: Text
    created_at: datetime
    framework: FrameworkRef
    organisation: Organisation
    cycle: Cycle
    responses: list[ResponseEntry]
    evidence: list[EvidenceEntry]
    actions: list[ActionEntry]
    declaration: Declaration
    signer: Signer

    @model_validator(mode="after")
    def _consistent(self) -> PackManifest:
        names = [item.attachment for item in self.evidence]
        folded = {name.casefold() for name in names}
        known = set(names)
        if len(folded) != len(names):
            raise ValueError("two evidence entries have the same attachment name")
        if MANIFEST_NAME.casefold() in folded:
            raise ValueError("an evidence entry uses the manifest's own name")
        for response in self.responses:
            missing = [name for name in response.evidence if name not in known]
            if missing:
                raise ValueError(f"response {response.criterion} names evidence the pack does not list: {missing[0]}")
        return self


def attachment_name_problem(name: str) -> str | None:
    """Why ``name`` is not a safe attachment name (docs/pack-format.md), or None."""
    if not name or len(name) > MAX_NAME_CHARS:
        return f"attachment name must have 1 to {MAX_NAME_CHARS} characters"
    for char in name:
        if char in _FORBIDDEN or unicodedata.category(char)[0] == "C":
            return f"attachment name {name!r} contains a path separator, control or bidirectional character"
    if name != name.strip(" .") or name.split(".")[0].strip().upper() in _RESERVED:
        return f"attachment name {name!r} is not a safe file name"
    return None


class ManifestProblem(Exception):
    """The manifest is not well-formed; ``str()`` is one plain sentence."""


def parse_manifest(data: bytes) -> PackManifest:
    """The manifest checked against the contract, or ``ManifestProblem`` saying the first thing wrong."""
    try:
        text = data.decode("utf-8")
        json.loads(text)  # a plain syntax error reads better from json than from pydantic
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ManifestProblem("the manifest is not valid UTF-8 JSON") from None
    try:
        return PackManifest.model_validate_json(text, strict=True)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "manifest"
        raise ManifestProblem(f"the manifest is not well-formed ({where}: {first['msg']})") from None
