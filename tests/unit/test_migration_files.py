"""The fast start-up path reads revision ids from file names; they must agree with Alembic's own graph."""

from alembic.script import ScriptDirectory

from kitemark_app.db.session import _known_revisions, alembic_config, head_revision


def test_revision_file_names_match_alembic() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert _known_revisions() == {script.revision for script in scripts.walk_revisions()}
    assert head_revision() == scripts.get_current_head()
