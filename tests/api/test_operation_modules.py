"""Every spec operation exists as a module with the right functions and metadata."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys

import pytest
from wechatpay_client._metadata import OPERATIONS, get_operation
from wechatpay_sandbox import load_spec

ALL_IDS = sorted(OPERATIONS)


def test_metadata_lists_the_twelve_insurance_operations() -> None:
    insurance = [m for m in OPERATIONS.values() if m.tag in ("insurance_sign", "insurance_pay")]
    assert len(insurance) == 12
    assert get_operation("pre_sign_mini_program") is not None
    assert get_operation("no_such_operation") is None


SPEC = load_spec()  # the client's own _openapi.json


@pytest.mark.parametrize("operation_id", ALL_IDS)
def test_operation_module_has_its_functions(operation_id: str) -> None:
    meta = OPERATIONS[operation_id]
    module = importlib.import_module(f"wechatpay_client.api.{meta.tag}.{operation_id}")
    assert module.OPERATION_ID == operation_id
    for name in ("sync_detailed", "asyncio_detailed"):
        assert callable(getattr(module, name))
    spec_op = SPEC.get(operation_id)
    assert spec_op is not None
    has_body = spec_op.response_media_type is not None  # 204, or a 202 without content: only *_detailed
    for name in ("sync", "asyncio"):
        assert hasattr(module, name) is has_body, f"{operation_id}.{name}"


def test_renew_contract_is_204_with_only_detailed_functions() -> None:
    meta = OPERATIONS["renew_contract"]
    assert meta.success_statuses == (204,)
    module = importlib.import_module("wechatpay_client.api.insurance_sign.renew_contract")
    assert not hasattr(module, "sync")


def test_metadata_records_retry_policy_and_signing() -> None:
    for meta in OPERATIONS.values():
        if meta.method == "GET":
            assert meta.retry == "safe", meta.operation_id
        if meta.tag.startswith("insurance_"):
            assert meta.retry == ("safe" if meta.method == "GET" else "unsafe"), meta.operation_id
            assert meta.signed_response is True
    assert OPERATIONS["schedule_policy_period"].reconcile_with == "query_policy_period_schedule"


def test_importing_one_operation_loads_only_its_models() -> None:
    code = "import wechatpay_client.api.insurance_sign.pre_sign_mini_program"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    )
    loaded = set(re.findall(r"\|\s+(wechatpay_client\.models\.\w+)\s*$", result.stderr, re.MULTILINE))
    assert loaded == {
        "wechatpay_client.models.insurance_pre_sign_mini_program_request",
        "wechatpay_client.models.insurance_pre_sign_mini_program_response",
    }


def test_models_package_resolves_names_lazily() -> None:
    code = (
        "import sys, wechatpay_client.models as m\n"
        "assert not any(k.startswith('wechatpay_client.models.') for k in sys.modules)\n"
        "cls = m.InsuranceContract\n"
        "assert cls.__name__ == 'InsuranceContract'\n"
        "assert 'wechatpay_client.models.insurance_contract' in sys.modules\n"
        "try:\n    m.NoSuchModel\nexcept AttributeError:\n    pass\nelse:\n    raise SystemExit('no error')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
