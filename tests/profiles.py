"""The one organisation profile the tests use when the details do not matter (a small CIO working with children)."""

from kitemark_app.core.profile import Activity, IncomeBand, LegalForm
from kitemark_app.services.workspace import OrganisationDetails

ORGANISATION = OrganisationDetails(
    name="Test Community Group",
    legal_form=LegalForm.CIO,
    income_band=IncomeBand.FROM_25K_TO_100K,
    activities={Activity.WORKS_WITH_CHILDREN, Activity.USES_VOLUNTEERS},
    charity_number="1234567",
    address="1 High Street",
    contact_name="Sam Okafor",
    contact_email="sam@example.org",
    volunteer_count=8,  # "uses volunteers" is ticked: a count of 0 would be a contradiction to check
)
