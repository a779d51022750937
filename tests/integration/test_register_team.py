"""A council team on one PostgreSQL register: each officer a login, roles enforced by the server itself.

Two leads, an assessor and a read-only member, each with their own data folder (their key), share the register:
assignment → review → moderation (returned, then approved by a second officer) → the signed review sent. Then the
same limits tried with direct SQL, as a determined assessor would.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from kitemark_app.errors import KitemarkError
from kitemark_app.register.store import RegisterError, open_register
from kitemark_app.register.workflow import WorkflowRefused
from kitemark_app.services import assessor, council
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
from tests import packs
from tests.registers import login

ASSESSOR_PASSPHRASE = "test lead passphrase (not secret)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory)


class Team:
    def __init__(self, url: str, base: Path) -> None:
        from kitemark_app.register.store import upgrade

        upgrade(base / "admin", url)
        self.url = url
        self.base = base
        self.urls = {
            "lead_ana": login(url, "lead_ana", "lead"),
            "lead_ben": login(url, "lead_ben", "lead"),
            "sam": login(url, "sam", "assessor"),
            "member": login(url, "member", "read_only"),
        }

    def desk(self, officer: str) -> Path:
        return self.base / officer

    def sql(self, officer: str) -> psycopg.Connection[tuple[object, ...]]:
        parsed = make_url(self.urls[officer])
        return psycopg.connect(
            host=parsed.host, port=parsed.port, user=parsed.username, password=parsed.password,
            dbname=parsed.database, autocommit=True,
        )  # fmt: skip


@pytest.fixture
def team(postgres_database_url: str, tmp_path: Path) -> Team:
    return Team(postgres_database_url, tmp_path)


def _complete(draft: assessor.ReviewDraft, criteria: list[str]) -> None:
    for criterion in criteria:
        draft.verdicts[criterion] = VerdictEntry("met", comment="Clear.")
    draft.outcome = OutcomeEntry("awarded", "Foundation", date.today() + timedelta(days=3 * 365), None, "Well done.")


def _received(team: Team, demo: packs.DemoPack) -> assessor.OpenedPack:
    lead = team.urls["lead_ana"]
    assessor.register_organisation(team.desk("lead_ana"), demo.organisation, demo.fingerprint, register=lead)
    return assessor.open_received_pack(team.desk("lead_ana"), demo.path, register=lead)


def test_each_login_has_the_role_the_server_gives_it(team: Team) -> None:
    roles = {}
    for officer, url in team.urls.items():
        with open_register(team.desk(officer), url) as opened:
            roles[officer] = (opened.officer, opened.role)
    assert roles == {
        "lead_ana": ("lead_ana", "lead"),
        "lead_ben": ("lead_ben", "lead"),
        "sam": ("sam", "assessor"),
        "member": ("member", "read-only"),
    }


def test_two_officers_take_a_pack_from_receipt_to_the_signed_review(team: Team, demo: packs.DemoPack) -> None:
    opened = _received(team, demo)
    pack_id = opened.received_pack_id
    criteria = [c.criterion for c in opened.criteria]
    sam, ana, ben = team.urls["sam"], team.urls["lead_ana"], team.urls["lead_ben"]
    sam_desk, ana_desk, ben_desk = team.desk("sam"), team.desk("lead_ana"), team.desk("lead_ben")

    assert [p.id for p in council.queue(ana_desk, "unassigned", register=ana)] == [pack_id]
    with pytest.raises(WorkflowRefused, match="Only a lead may assign"):
        council.assign(sam_desk, pack_id, "sam", register=sam)
    draft = assessor.load_review(sam_desk, pack_id, register=sam)
    _complete(draft, criteria)
    with pytest.raises(WorkflowRefused, match="not been assigned yet"):
        assessor.save_review(sam_desk, pack_id, draft, register=sam)

    with pytest.raises(KitemarkError, match="no login 'sma'"):
        council.assign(ana_desk, pack_id, "sma", register=ana)
    with pytest.raises(KitemarkError, match="'member' has no assessor or lead role"):
        council.assign(ana_desk, pack_id, "member", register=ana)
    council.assign(ana_desk, pack_id, "sam", register=ana)
    assert [p.id for p in council.queue(sam_desk, "mine", register=sam)] == [pack_id]
    assert council.queue(ben_desk, "mine", register=ben) == []
    assessor.save_review(sam_desk, pack_id, draft, register=sam)
    council.submit_for_moderation(sam_desk, pack_id, register=sam)
    with pytest.raises(WorkflowRefused, match="waiting for moderation"):
        assessor.save_review(sam_desk, pack_id, draft, register=sam)
    with pytest.raises(WorkflowRefused, match="Only a lead may approve a review"):
        council.approve(sam_desk, pack_id, register=sam)
    assert [p.id for p in council.queue(ben_desk, "moderation", register=ben)] == [pack_id]

    council.return_to_assessor(ben_desk, pack_id, "Say which minute shows the review.", register=ben)
    draft = assessor.load_review(sam_desk, pack_id, register=sam)
    draft.verdicts[criteria[0]] = VerdictEntry("met", comment="Minute 4 of 12 March.")
    assessor.save_review(sam_desk, pack_id, draft, register=sam)
    council.submit_for_moderation(sam_desk, pack_id, register=sam)
    assessor.create_assessor_key(ana_desk, "Ana Lead", "Borough Council", ASSESSOR_PASSPHRASE)
    with pytest.raises(WorkflowRefused, match="not been approved yet"):
        assessor.export_review(ana_desk, pack_id, team.base / "early.pdf", ASSESSOR_PASSPHRASE, register=ana)
    assert not (team.base / "early.pdf").exists()
    council.approve(ben_desk, pack_id, register=ben)
    result = assessor.export_review(ana_desk, pack_id, team.base / "review.pdf", ASSESSOR_PASSPHRASE, register=ana)
    assert result.path.is_file()

    detail = council.pack_detail(team.desk("member"), pack_id, register=team.urls["member"])
    assert detail.pack.state == "review-sent"
    assert [(line.officer, line.action) for line in detail.history] == [
        ("lead_ana", "received"),
        ("lead_ana", "assign"),
        ("sam", "review-saved"),
        ("sam", "submit"),
        ("lead_ben", "return"),
        ("sam", "review-saved"),
        ("sam", "submit"),
        ("lead_ben", "approve"),
        ("lead_ana", "review-sent"),
    ]
    assert "which minute" in detail.history[4].after
    assert council.queue(ana_desk, "all", register=ana) == []  # sent: off the working queue


def test_a_lead_cannot_approve_a_review_they_wrote(team: Team, demo: packs.DemoPack) -> None:
    opened = _received(team, demo)
    ana, desk = team.urls["lead_ana"], team.desk("lead_ana")
    council.assign(desk, opened.received_pack_id, "lead_ana", register=ana)
    draft = opened.draft
    _complete(draft, [c.criterion for c in opened.criteria])
    assessor.save_review(desk, opened.received_pack_id, draft, register=ana)
    council.submit_for_moderation(desk, opened.received_pack_id, register=ana)
    with pytest.raises(WorkflowRefused, match="second officer approves"):
        council.approve(desk, opened.received_pack_id, register=ana)
    with team.sql("lead_ana") as connection, pytest.raises(psycopg.errors.InsufficientPrivilege, match="second"):
        connection.execute("UPDATE received_pack SET state = 'approved' WHERE id = %s", (opened.received_pack_id,))


def test_a_read_only_login_changes_nothing(team: Team, demo: packs.DemoPack) -> None:
    opened = _received(team, demo)
    member, desk = team.urls["member"], team.desk("member")
    with pytest.raises(WorkflowRefused, match="read the register but not change it"):
        council.assign(desk, opened.received_pack_id, "member", register=member)
    with pytest.raises(WorkflowRefused, match="read the register but not change it"):
        assessor.save_review(desk, opened.received_pack_id, opened.draft, register=member)
    another = packs.build_pack(team.base / "another.pdf")  # a new file to receive: an INSERT the server refuses
    with pytest.raises(RegisterError, match="did not allow this for your login"):
        assessor.open_received_pack(desk, another, register=member)
    with team.sql("member") as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE assessor_review SET summary = 'x'")


def test_an_assessor_cannot_pass_the_limits_with_direct_sql(team: Team, demo: packs.DemoPack) -> None:
    opened = _received(team, demo)
    pack_id = opened.received_pack_id
    council.assign(team.desk("lead_ana"), pack_id, "lead_ben", register=team.urls["lead_ana"])
    ben = opened.draft
    ben.verdicts[opened.criteria[0].criterion] = VerdictEntry("not-met", comment="Ben's verdict")
    assessor.save_review(team.desk("lead_ben"), pack_id, ben, register=team.urls["lead_ben"])

    refused = psycopg.errors.InsufficientPrivilege
    with team.sql("sam") as sam:
        for statement in (
            "UPDATE received_pack SET state = 'approved'",
            "UPDATE received_pack SET assigned_to = 'sam'",
            "UPDATE audit_entry SET officer = 'lead_ana'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
            "INSERT INTO moderation (received_pack_id, decision, note, decided_by, decided_at) "
            "VALUES (1, 'approved', '', 'lead_ana', now())",
            "UPDATE registered_organisation SET root_fingerprint = repeat('0', 64)",
        ):
            with pytest.raises(refused):
                sam.execute(statement)
        # Row-level security: another officer's review is not sam's to change; the update touches no row.
        changed = sam.execute("UPDATE criterion_verdict SET comment = 'changed by sam'").rowcount
        assert changed == 0
        assert sam.execute("UPDATE assessor_review SET summary = 'changed by sam'").rowcount == 0
        # An entry written in another's name is stamped with the real login and the server's time.
        sam.execute(
            "INSERT INTO audit_entry (at, officer, record, action, before_json, after_json) "
            "VALUES ('2000-01-01', 'lead_ana', 'pack', 'forged', '', '')"
        )
        officer, year = sam.execute(
            "SELECT officer, extract(year FROM at) FROM audit_entry WHERE action = 'forged'"
        ).fetchone()
    assert (officer, int(year)) == ("sam", date.today().year)
    stored = assessor.load_review(team.desk("lead_ana"), pack_id, register=team.urls["lead_ana"])
    assert stored.verdicts[opened.criteria[0].criterion].comment == "Ben's verdict"


CLIENT = """
import json, sys, time
from pathlib import Path
from kitemark_app.services import assessor
from kitemark_app.services.assessor import VerdictEntry
from kitemark_app.register.store import ConcurrentEdit
desk, url, pack_id, criterion, text, barrier = sys.argv[1:]
draft = assessor.load_review(Path(desk), int(pack_id), register=url)
Path(barrier + "." + text).touch()
while len(list(Path(barrier).parent.glob(Path(barrier).name + ".*"))) < 2:
    time.sleep(0.01)
draft.verdicts[criterion] = VerdictEntry("met", comment=text)
try:
    assessor.save_review(Path(desk), int(pack_id), draft, register=url)
    print(json.dumps({"saved": text}))
except ConcurrentEdit as error:
    print(json.dumps({"refused": text, "message": str(error)}))
"""


@pytest.mark.slow
def test_two_clients_saving_at_the_same_moment_one_is_refused_none_lost(team: Team, demo: packs.DemoPack) -> None:
    opened = _received(team, demo)
    pack_id, criterion = opened.received_pack_id, opened.criteria[0].criterion
    council.assign(team.desk("lead_ana"), pack_id, "sam", register=team.urls["lead_ana"])
    first = assessor.load_review(team.desk("sam"), pack_id, register=team.urls["sam"])
    first.verdicts[criterion] = VerdictEntry("not-met", comment="first reading")
    assessor.save_review(team.desk("sam"), pack_id, first, register=team.urls["sam"])  # so both race to UPDATE it
    barrier = team.base / "barrier"
    clients = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                CLIENT,
                str(team.desk(who)),
                team.urls[who],
                str(pack_id),
                criterion,
                who,
                str(barrier),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("sam", "lead_ana")
    ]
    results = []
    for client in clients:
        out, err = client.communicate(timeout=120)
        assert client.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    saved = [r["saved"] for r in results if "saved" in r]
    refused = [r for r in results if "refused" in r]
    assert len(saved) == 1 and len(refused) == 1, results
    assert "after you opened it" in refused[0]["message"]
    stored = assessor.load_review(team.desk("lead_ana"), pack_id, register=team.urls["lead_ana"])
    assert stored.verdicts[criterion].comment == saved[0]  # the winner's, whole; the loser was told


def test_only_the_owner_upgrades_the_server(team: Team) -> None:
    from kitemark_app.register.store import upgrade

    with pytest.raises(RegisterError, match=r"may not upgrade.*owner"):
        upgrade(team.desk("lead_ana"), team.urls["lead_ana"])
