"""The team's roles on PostgreSQL, enforced by the database itself (grants, row-level security, triggers).

- ``kitemark_read_only`` (auditors, members): reads everything, changes nothing.
- ``kitemark_assessor``: records packs received, writes the reviews of packs assigned to them (row-level security),
  moves their own pack to "in review" and "ready for moderation".
- ``kitemark_lead``: everything an assessor may, plus assigning, moderating (approve or return; never their own
  review), sending the signed review, and managing the register of organisations.
The audit log takes new entries only: nobody but the tables' owner may update or delete one, and a trigger stamps
each entry with the login and the server's clock, so an officer cannot write in another's name.

``grant_roles`` runs at ``kitemark register upgrade`` (as the database owner); ``SETUP_SQL`` is what a council's
administrator runs once per server to create the roles and officers' logins (the README shows it).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

LEAD_ROLE, ASSESSOR_ROLE, READ_ONLY_ROLE = "kitemark_lead", "kitemark_assessor", "kitemark_read_only"

#: Roles are shared by the whole server; creating them is idempotent.
_CREATE_ROLES = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{READ_ONLY_ROLE}') THEN
        CREATE ROLE {READ_ONLY_ROLE} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ASSESSOR_ROLE}') THEN
        CREATE ROLE {ASSESSOR_ROLE} NOLOGIN IN ROLE {READ_ONLY_ROLE};
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{LEAD_ROLE}') THEN
        CREATE ROLE {LEAD_ROLE} NOLOGIN IN ROLE {ASSESSOR_ROLE};
    END IF;
END
$$
"""

_TABLES = (
    "registered_organisation",
    "received_pack",
    "assessor_review",
    "criterion_verdict",
    "moderation",
    "audit_entry",
    "register_setting",
    "register_alembic_version",
)

_GRANTS = f"""
REVOKE ALL ON {", ".join(_TABLES)} FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {READ_ONLY_ROLE};
GRANT SELECT ON {", ".join(_TABLES)} TO {READ_ONLY_ROLE};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {ASSESSOR_ROLE};
GRANT INSERT ON received_pack, assessor_review, criterion_verdict, audit_entry TO {ASSESSOR_ROLE};
GRANT UPDATE (verdict, file_name, registered_organisation_id, organisation_name, name_key, archive_name, size,
              state, version) ON received_pack TO {ASSESSOR_ROLE};
GRANT UPDATE (outcome, awarded_level, valid_until, resubmit_by, summary, updated_at, updated_by, version)
    ON assessor_review TO {ASSESSOR_ROLE};
GRANT UPDATE, DELETE ON criterion_verdict TO {ASSESSOR_ROLE};
GRANT INSERT, UPDATE ON registered_organisation TO {LEAD_ROLE};
GRANT UPDATE ON received_pack, assessor_review TO {LEAD_ROLE};
GRANT INSERT ON moderation TO {LEAD_ROLE};
GRANT INSERT, UPDATE ON register_setting TO {LEAD_ROLE};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {READ_ONLY_ROLE}, {ASSESSOR_ROLE}, {LEAD_ROLE};
"""

#: Who may move a pack where: a lead assigns, approves (not their own review) and sends; anyone else only moves
#: their own assigned pack into review and on to moderation. Checked by the server for every UPDATE.
_PACK_GUARD = f"""
CREATE OR REPLACE FUNCTION kitemark_guard_pack() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    is_lead boolean := pg_has_role(current_user, '{LEAD_ROLE}', 'MEMBER');
BEGIN
    IF NEW.assigned_to IS DISTINCT FROM OLD.assigned_to AND NOT is_lead THEN
        RAISE EXCEPTION 'only a lead may assign a pack' USING ERRCODE = '42501';
    END IF;
    IF NEW.state IS DISTINCT FROM OLD.state THEN
        IF NEW.state IN ('assigned', 'approved', 'review-sent') OR OLD.state = 'ready-for-moderation' THEN
            IF NOT is_lead THEN
                RAISE EXCEPTION 'only a lead may move a pack to %', NEW.state USING ERRCODE = '42501';
            END IF;
        ELSIF OLD.assigned_to <> current_user AND NOT is_lead THEN
            RAISE EXCEPTION 'this pack is assigned to someone else' USING ERRCODE = '42501';
        END IF;
        IF NEW.state = 'approved' AND NEW.assigned_to = current_user THEN
            RAISE EXCEPTION 'a review is approved by a second officer, not its assessor' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS kitemark_guard_pack ON received_pack;
CREATE TRIGGER kitemark_guard_pack BEFORE UPDATE ON received_pack
    FOR EACH ROW EXECUTE FUNCTION kitemark_guard_pack();

CREATE OR REPLACE FUNCTION kitemark_stamp_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.officer := current_user;
    NEW.at := now();
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS kitemark_stamp_audit ON audit_entry;
CREATE TRIGGER kitemark_stamp_audit BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION kitemark_stamp_audit();
"""

#: Row-level security: an assessor writes only the review of a pack assigned to them; everyone reads.
_ROW_SECURITY = f"""
ALTER TABLE assessor_review ENABLE ROW LEVEL SECURITY;
ALTER TABLE criterion_verdict ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON assessor_review;
DROP POLICY IF EXISTS assigned_writes ON assessor_review;
DROP POLICY IF EXISTS lead_writes ON assessor_review;
DROP POLICY IF EXISTS everyone_reads ON criterion_verdict;
DROP POLICY IF EXISTS assigned_writes ON criterion_verdict;
DROP POLICY IF EXISTS lead_writes ON criterion_verdict;
CREATE POLICY everyone_reads ON assessor_review FOR SELECT USING (true);
CREATE POLICY assigned_writes ON assessor_review FOR ALL TO {ASSESSOR_ROLE}
    USING (EXISTS (SELECT 1 FROM received_pack p WHERE p.id = received_pack_id AND p.assigned_to = current_user))
    WITH CHECK (EXISTS (SELECT 1 FROM received_pack p
                        WHERE p.id = received_pack_id AND p.assigned_to = current_user));
CREATE POLICY lead_writes ON assessor_review FOR ALL TO {LEAD_ROLE} USING (true) WITH CHECK (true);
CREATE POLICY everyone_reads ON criterion_verdict FOR SELECT USING (true);
CREATE POLICY assigned_writes ON criterion_verdict FOR ALL TO {ASSESSOR_ROLE}
    USING (EXISTS (SELECT 1 FROM assessor_review r JOIN received_pack p ON p.id = r.received_pack_id
                   WHERE r.id = review_id AND p.assigned_to = current_user))
    WITH CHECK (EXISTS (SELECT 1 FROM assessor_review r JOIN received_pack p ON p.id = r.received_pack_id
                        WHERE r.id = review_id AND p.assigned_to = current_user));
CREATE POLICY lead_writes ON criterion_verdict FOR ALL TO {LEAD_ROLE} USING (true) WITH CHECK (true);
"""

#: What an administrator runs once per server (as a superuser or a role with CREATEROLE), then one line per officer.
SETUP_SQL = f"""-- Once per server: the database, owned by the login that runs 'kitemark register upgrade'.
CREATE ROLE kitemark_admin LOGIN;            -- set its password with \\password kitemark_admin
CREATE DATABASE kitemark_register OWNER kitemark_admin;
{_CREATE_ROLES.strip()};
-- One line per officer (each sets their own password with \\password, kept in their .pgpass):
CREATE ROLE jane_lead LOGIN IN ROLE {LEAD_ROLE};
CREATE ROLE sam_assessor LOGIN IN ROLE {ASSESSOR_ROLE};
CREATE ROLE audit_member LOGIN IN ROLE {READ_ONLY_ROLE};
-- Then, as kitemark_admin: kitemark --register postgresql+psycopg://kitemark_admin@HOST/kitemark_register register upgrade
"""


def grant_roles(connection: Connection) -> None:
    """Create the roles if the server lacks them, then (re)apply grants, guards and policies to this database."""
    for block in (_CREATE_ROLES, _GRANTS, _PACK_GUARD, _ROW_SECURITY):
        connection.exec_driver_sql(block.replace("%", "%%"))  # the driver reads % as a parameter marker


def role_of(connection: Connection, login: str) -> str:
    """The strongest Kitemark role ``login`` holds on this server ("" for none). The owner counts as lead."""
    row = connection.execute(
        text(
            "SELECT pg_has_role(:login, :lead, 'MEMBER'), pg_has_role(:login, :assessor, 'MEMBER'), "
            "pg_has_role(:login, :read_only, 'MEMBER'), "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = :login), "
            "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) = :login"
        ).bindparams(login=login, lead=LEAD_ROLE, assessor=ASSESSOR_ROLE, read_only=READ_ONLY_ROLE)
    ).one()
    lead, assessor, read_only, superuser, owner = row
    if lead or superuser or owner:
        return "lead"
    if assessor:
        return "assessor"
    if read_only:
        return "read-only"
    return ""
