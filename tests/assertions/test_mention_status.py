"""`MentionStatus`: one enum for assertion statuses, serialised as the plain strings."""

import json

from medcode.coding.assertions import MENTION_PREFERENCE, MentionStatus, assertion_for


def test_statuses_are_str_members():
    assert [s.value for s in MentionStatus] == ["present", "negated", "uncertain", "family", "history"]
    assert MentionStatus.NEGATED == "negated"
    assert json.dumps({"assertion": MentionStatus.FAMILY}) == '{"assertion": "family"}'
    assert f"{MentionStatus.HISTORY}" == "history"


def test_rules_return_members():
    text = "No evidence of pneumonia."
    i = text.index("pneumonia")
    st = assertion_for(text, i, i + len("pneumonia"))
    assert st is MentionStatus.NEGATED


def test_affirmed_and_mention_preference():
    assert {s for s in MentionStatus if s.affirmed} == {MentionStatus.PRESENT, MentionStatus.HISTORY}
    assert set(MENTION_PREFERENCE) == set(MentionStatus)
    assert MENTION_PREFERENCE[0] is MentionStatus.PRESENT and MENTION_PREFERENCE[-1] is MentionStatus.NEGATED
