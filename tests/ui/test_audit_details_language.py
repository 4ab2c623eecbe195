"""The audit trail's Details column names the changed fields in the interface language
("Hauptbeschwerde: Nacken → Schulter"); a field it has no name for stays as stored."""
from __future__ import annotations


def test_the_details_column_names_its_fields_in_german(interface_language):
    from bodymap.ui.accounts.admin import describe_change
    before = {"chief_complaint": "Neck", "overall_pain": 6, "novel_column": 1}
    after = {"chief_complaint": "Shoulder", "overall_pain": 4, "novel_column": 2}
    assert interface_language("en") == "en"
    assert describe_change(before, after) == "chief complaint: Neck → Shoulder; overall pain: 6 → 4; novel column: 1 → 2"
    assert describe_change(None, {"chief_complaint": "Neck"}) == "chief complaint: Neck"
    assert interface_language("de") == "de"
    assert describe_change(before, after) == ("Hauptbeschwerde: Neck → Shoulder; Schmerz insgesamt: 6 → 4; "
                                              "novel column: 1 → 2")
    assert describe_change(None, {"chief_complaint": "Neck"}) == "Hauptbeschwerde: Neck"
    assert interface_language("es") == "es"
    assert describe_change(None, {"signed_by": "Dr. Rivera"}) == "firmado por: Dr. Rivera"
