"""The pack's manifest.json (pack/manifest.py) field by field: the expected document is written out by hand from
docs/pack-format.md, so a renamed key, a dropped field or a date in the wrong form fails here (tests written to
kill the mutants of scripts/mutation.sh)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from kitemark_app.pack.manifest import (
    SCHEMA,
    ActionInfo,
    AreaInfo,
    DeclarationInfo,
    EvidenceInfo,
    OrganisationInfo,
    PackContent,
    ResponseInfo,
    SignatoryInfo,
    manifest_bytes,
    manifest_dict,
)

FINGERPRINT = "ab" * 32


def content() -> PackContent:
    organisation = OrganisationInfo(
        name="Café Riverside",
        legal_form="cio",
        legal_form_label="Charitable incorporated organisation",
        charity_number="1234567",
        company_number="",
        address="1 High Street",
        contact_name="A Person",
        contact_email="a@example.org",
        income_band="100k-250k",
        income_band_label="£100,000 to £250,000",
        staff_count=4,
        volunteer_count=30,
        activities=("employs-staff", "uses-volunteers"),
        activity_labels=("Employs staff", "Uses volunteers"),
    )
    responses = (
        ResponseInfo("GOV-01", "GOV", "Governing document", True, "met", "Met", "", "We have one.", ("E001-a.pdf",)),
        ResponseInfo("SAF-01", "SAF", "Safeguarding", False, "na", "Not applicable", "No children", "", ()),
    )
    evidence = (
        EvidenceInfo(
            "E001-a.pdf", "Constitution", "a.pdf", "application/pdf", 11, "cd" * 32, date(2026, 6, 1), None, ("GOV-01",)
        ),
        EvidenceInfo("E002-b.txt", "Minutes", "b.txt", "text/plain", 0, "ef" * 32, None, date(2027, 1, 31), ()),
    )
    actions = (
        ActionInfo("GOV-02", "Skills audit", "Chair", date(2027, 3, 1), "open"),
        ActionInfo("GOV-03", "Review policy", "", None, "done"),
    )
    declaration = DeclarationInfo(
        (
            SignatoryInfo("A Trustee", "Chair", date(2026, 11, 20)),
            SignatoryInfo("B Trustee", "Treasurer", date(2026, 11, 21)),
        ),
        date(2026, 11, 18),
        "TM-2026-11 item 6",
    )
    return PackContent(
        app_version="0.1.0",
        created_at=datetime(2026, 11, 26, 10, 0, 5, 123456, tzinfo=UTC),
        framework_id="borough-vco-kitemark",
        framework_version="2026.1",
        framework_title="Borough VCO Kitemark",
        organisation=organisation,
        cycle_id=3,
        target_level="Foundation",
        started_on=date(2026, 9, 1),
        follows_cycle=2,
        areas=(AreaInfo("GOV", "Governance"), AreaInfo("SAF", "Safeguarding")),
        responses=responses,
        evidence=evidence,
        actions=actions,
        declaration=declaration,
        root_fingerprint=FINGERPRINT,
        notes=("acknowledged",),
        framework_council="c" * 64,
        follows_pack="d" * 64,
    )


EXPECTED = {
    "schema": "kitemark-pack/1",
    "app_version": "0.1.0",
    "created_at": "2026-11-26T10:00:05+00:00",  # whole seconds
    "framework": {
        "id": "borough-vco-kitemark",
        "version": "2026.1",
        "title": "Borough VCO Kitemark",
        "council_fingerprint": "c" * 64,
    },
    "organisation": {
        "name": "Café Riverside",
        "legal_form": "cio",
        "charity_number": "1234567",
        "company_number": "",
        "address": "1 High Street",
        "contact_name": "A Person",
        "contact_email": "a@example.org",
        "income_band": "100k-250k",
        "staff_count": 4,
        "volunteer_count": 30,
        "activities": ["employs-staff", "uses-volunteers"],
    },
    "cycle": {"id": 3, "target_level": "Foundation", "started_on": "2026-09-01", "follows": 2, "follows_pack": "d" * 64},
    "responses": [
        {
            "criterion": "GOV-01",
            "area": "GOV",
            "mandatory": True,
            "status": "met",
            "na_reason": "",
            "narrative": "We have one.",
            "evidence": ["E001-a.pdf"],
        },
        {
            "criterion": "SAF-01",
            "area": "SAF",
            "mandatory": False,
            "status": "na",
            "na_reason": "No children",
            "narrative": "",
            "evidence": [],
        },
    ],
    "evidence": [
        {
            "attachment": "E001-a.pdf",
            "title": "Constitution",
            "original_name": "a.pdf",
            "media_type": "application/pdf",
            "size": 11,
            "sha256": "cd" * 32,
            "document_date": "2026-06-01",
            "review_by": None,
            "criteria": ["GOV-01"],
        },
        {
            "attachment": "E002-b.txt",
            "title": "Minutes",
            "original_name": "b.txt",
            "media_type": "text/plain",
            "size": 0,
            "sha256": "ef" * 32,
            "document_date": None,
            "review_by": "2027-01-31",
            "criteria": [],
        },
    ],
    "actions": [
        {
            "criterion": "GOV-02",
            "description": "Skills audit",
            "owner": "Chair",
            "due_date": "2027-03-01",
            "status": "open",
        },
        {"criterion": "GOV-03", "description": "Review policy", "owner": "", "due_date": None, "status": "done"},
    ],
    "declaration": {
        "signatories": [
            {"name": "A Trustee", "role": "Chair", "date": "2026-11-20"},
            {"name": "B Trustee", "role": "Treasurer", "date": "2026-11-21"},
        ],
        "resolution_date": "2026-11-18",
        "minute_ref": "TM-2026-11 item 6",
    },
    "signer": {"root_fingerprint": FINGERPRINT},
}


def test_the_schema_name() -> None:
    assert SCHEMA == "kitemark-pack/1"


def test_the_manifest_holds_every_field_in_the_documented_form() -> None:
    assert manifest_dict(content()) == EXPECTED


def test_labels_areas_titles_and_notes_stay_out_of_the_manifest() -> None:
    text = json.dumps(manifest_dict(content()))
    for shown_only in ("Charitable incorporated organisation", "Employs staff", "Governance", "Not applicable"):
        assert shown_only not in text


def test_no_previous_cycle_and_another_time_zone() -> None:
    first = replace(
        content(), follows_cycle=None, created_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1)))
    )
    manifest = manifest_dict(first)
    assert manifest["cycle"]["follows"] is None
    assert manifest["created_at"] == "2026-01-02T03:04:05+01:00"


def test_the_bytes_are_indented_utf8_json_of_the_same_document() -> None:
    data = manifest_bytes(content())
    assert json.loads(data.decode("utf-8")) == EXPECTED
    assert '"name": "Café Riverside"'.encode() in data  # UTF-8 as is, not \u00e9
    assert b"\\u00e9" not in data
    lines = data.decode("utf-8").splitlines()
    assert lines[0] == "{"
    assert lines[1] == '  "schema": "kitemark-pack/1",'  # two-space indent
    assert lines[-1] == "}"


def test_a_key_change_statement_goes_with_the_signer_only_when_there_is_one() -> None:
    # docs/pack-format.md: `signer` may also hold `key_change` ({"statement", "signature", "certificates"}, base64).
    handover = {"statement": "c3RhdGVtZW50", "signature": "c2lnbmF0dXJl", "certificates": ["Y2VydA=="]}
    manifest = manifest_dict(replace(content(), key_change=handover))
    assert manifest["signer"] == {"root_fingerprint": FINGERPRINT, "key_change": handover}
    assert {k: v for k, v in manifest.items() if k != "signer"} == {k: v for k, v in EXPECTED.items() if k != "signer"}
    assert manifest_dict(content())["signer"] == {"root_fingerprint": FINGERPRINT}  # no key change: no field
