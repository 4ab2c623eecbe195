from bodymap.domain.wording import counted


def test_counted_agrees_with_one_and_many():
    assert counted(1, "trigger point") == "1 trigger point"
    assert counted(0, "zone") == "0 zones"
    assert counted(3, "trigger point") == "3 trigger points"
    assert counted(2, "adverse event") == "2 adverse events"
    assert counted(2, "patient's", "patients'") == "2 patients'"
