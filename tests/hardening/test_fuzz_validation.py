"""Differential fuzzing: the SDK's request validator agrees with the sandbox's independent one.

The sandbox validates request bodies against the same spec with its own code
(``wechatpay_sandbox._schema.Validator``, which never imports wechatpay_auth). Random mutations
of valid bodies must be accepted or refused by both alike, and the SDK must only ever raise
``RequestValidationError``. Known, intended differences are excluded from the generated values:
the SDK also limits sensitive plaintext to 214 bytes (the sandbox sees ciphertext); the sandbox's
date patterns use ``\\d`` and ``$`` (so they accept non-ASCII digits and a trailing newline,
reported as a sandbox bug), so strings here are printable ASCII.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hardening_kit import pre_sign_body
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wechatpay_auth import RequestValidationError
from wechatpay_auth._validation import request_schemas
from wechatpay_sandbox import load_spec

SPEC = load_spec(None)
SPEC_JSON = json.loads(
    (Path(__file__).resolve().parents[2] / "generated_client/wechatpay_client/_openapi.json").read_text()
)
BASES: dict[str, dict[str, Any]] = {
    "pre_sign_mini_program": pre_sign_body().to_dict(),
    "renew_contract": {
        "appid": "wx",
        "policy_end_date": "2027-11-30",
        "policy_periods": [
            {"policy_period_id": 1, "estimated_deduct_date": "2027-01-01", "estimated_deduct_amount": {"total": 1}}
        ],
    },
    "schedule_policy_period": {"appid": "wx", "scheduled_amount": {"total": 100, "currency": "CNY"}},
    "apply_deduction": {
        "appid": "wx",
        "out_trade_no": "T1",
        "description": "d",
        "transaction_notify_url": "https://x",
        "contract_id": "C1",
        "policy_period_id": 1,
        "amount": {"total": 100},
    },
}


def _body_schema(operation_id: str) -> Any:
    for methods in SPEC_JSON["paths"].values():
        for operation in methods.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation["requestBody"]["content"]["application/json"]["schema"]
    raise AssertionError(operation_id)


ascii_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | ascii_text
    | st.sampled_from(["2026-02-30", "2026-01-01", "20260101", "2026-1-1", "2026-01-01T00:00:00Z", "ID_CARD", "X"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(ascii_text, children, max_size=3),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, Any]:
    operation_id = draw(st.sampled_from(sorted(BASES)))
    document = copy.deepcopy(BASES[operation_id])
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(document)))
        if not path:
            if draw(st.integers(0, 9)) == 0:
                document = draw(json_values)
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["set", "set", "delete", "add"]))
        if action == "set":
            parent[path[-1]] = draw(json_values)
        elif action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(ascii_text)] = draw(json_values)
    return operation_id, document


def _compare(case: tuple[str, Any]) -> None:
    operation_id, document = case
    sandbox_issue = SPEC.validator.validate(_body_schema(operation_id), document)
    try:
        request_schemas().validate(operation_id, document)
    except RequestValidationError as exc:
        assert sandbox_issue is not None, f"only the SDK refused {exc.path}"
        return
    assert sandbox_issue is None, f"only the sandbox refused {sandbox_issue.field}: {sandbox_issue.issue}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_sdk_and_sandbox_validators_agree(case: tuple[str, Any]) -> None:
    _compare(case)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_sdk_and_sandbox_validators_agree_large(case: tuple[str, Any]) -> None:
    _compare(case)


def test_the_bases_are_valid_for_both() -> None:
    for operation_id, document in BASES.items():
        assert SPEC.validator.validate(_body_schema(operation_id), document) is None
        request_schemas().validate(operation_id, document)
