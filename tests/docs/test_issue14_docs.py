"""Issue 14: what the docs say is true. The request models mask ``insured_name_list`` in repr
(docs/spec-decisions.md said they did not), and the user-facing docs point to nothing users do not
have (a protocol document on the team's machine)."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from wechatpay_client.models.insurance_policy_update_request import InsurancePolicyUpdateRequest
from wechatpay_client.models.insurance_policy_upload_request import InsurancePolicyUploadRequest

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["张三", "李四"]


def test_insured_name_list_is_masked_in_the_request_models_repr() -> None:
    update = InsurancePolicyUpdateRequest(insured_name_list=NAMES)
    text = repr(update)
    assert "insured_name_list='<redacted>'" in text
    assert all(name not in text for name in NAMES)
    # The upload request has many required fields: its attrs field repr is what repr() uses.
    for model in (InsurancePolicyUploadRequest, InsurancePolicyUpdateRequest):
        field_repr = attrs.fields(model).insured_name_list.repr
        assert callable(field_repr) and field_repr(NAMES) == "'<redacted>'"


def test_spec_decisions_no_longer_claims_the_list_is_unmasked() -> None:
    text = (ROOT / "docs" / "spec-decisions.md").read_text(encoding="utf-8")
    assert "do **not** mask `insured_name_list`" not in text
    assert "**do** mask `insured_name_list` in `repr`" in text


@pytest.mark.parametrize("doc", ["README.md", "auth_plugin/README.md", "docs/notifications.md"])
def test_user_docs_point_to_nothing_users_do_not_have(doc: str) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    assert "/work/" not in text
    assert "protocol.md" not in text
    assert "§" not in text.replace("PERFORMANCE.md §", "")  # section marks of the unshipped protocol notes
