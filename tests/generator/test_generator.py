"""The spec validates, the generator is deterministic, and --check catches drift."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import _core

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
OUTPUT = ROOT / "generated_client"

# The public operation table, written out by hand from the issue and insurance-api.md section 2.
EXPECTED_OPERATIONS = {
    ("insurance_sign", "pre_sign_app", "POST", "/v3/papay/insurance-sign/contracts/pre-entrust-sign/app", (200,)),
    ("insurance_sign", "pre_sign_h5", "POST", "/v3/papay/insurance-sign/contracts/pre-entrust-sign/h5", (200,)),
    ("insurance_sign", "pre_sign_jsapi", "POST", "/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi", (200,)),
    (
        "insurance_sign",
        "pre_sign_mini_program",
        "POST",
        "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program",
        (200,),
    ),
    (
        "insurance_sign",
        "query_contract",
        "GET",
        "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}",
        (200,),
    ),
    (
        "insurance_sign",
        "terminate_contract",
        "POST",
        "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate",
        (200,),
    ),
    (
        "insurance_sign",
        "renew_contract",
        "POST",
        "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew",
        (204,),
    ),
    (
        "insurance_sign",
        "list_policy_periods",
        "GET",
        "/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}",
        (200,),
    ),
    (
        "insurance_sign",
        "modify_policy_periods",
        "POST",
        "/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify",
        (200,),
    ),
    (
        "insurance_pay",
        "schedule_policy_period",
        "POST",
        "/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule",
        (200,),
    ),
    (
        "insurance_pay",
        "query_policy_period_schedule",
        "GET",
        "/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}",
        (200,),
    ),
    ("insurance_pay", "apply_deduction", "POST", "/v3/papay/insurance-pay/transactions/apply", (200,)),
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return _core.load_spec(SPEC)


def test_spec_is_a_valid_openapi_31_document(spec: dict[str, Any]) -> None:
    _core.validate_spec(spec, SPEC)  # raises GenerationError when invalid
    assert spec["openapi"].startswith("3.1")


def test_invalid_spec_is_rejected_with_its_location(tmp_path: Path, spec: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(spec))
    first_path = next(iter(broken["paths"]))
    broken["paths"][first_path]["post" if "post" in broken["paths"][first_path] else "get"]["responses"] = "oops"
    with pytest.raises(_core.GenerationError, match="invalid OpenAPI document"):
        _core.validate_spec(broken, tmp_path / "broken.yaml")


def test_the_twelve_insurance_operations_are_exactly_the_documented_ones(spec: dict[str, Any]) -> None:
    found = {
        (m["tag"], m["operation_id"], m["method"], m["path"], m["success_statuses"])
        for m in _core.build_operation_metadata(spec)
        if m["tag"] in ("insurance_sign", "insurance_pay")
    }
    assert found == EXPECTED_OPERATIONS


def test_policy_periods_path_spelling_is_kept(spec: dict[str, Any]) -> None:
    paths = list(spec["paths"])
    assert sum("/insurance-sign/policy_periods/" in p for p in paths) == 1  # list (#8): underscore
    assert sum("/policy-periods/" in p for p in paths) == 3  # modify, schedule, query schedule: hyphen


def _walk_schemas(node: Any, where: str = "$") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if "type" in node:
            found.append((where, node))
        for key, value in node.items():
            found.extend(_walk_schemas(value, f"{where}.{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_walk_schemas(value, f"{where}[{i}]"))
    return found


def test_no_number_types_money_and_ids_are_integers(spec: dict[str, Any]) -> None:
    schemas = _walk_schemas(spec)
    assert [where for where, s in schemas if s.get("type") == "number"] == []
    amount = spec["components"]["schemas"]["InsuranceAmount"]
    assert amount["properties"]["total"]["type"] == "integer"
    request = spec["components"]["schemas"]["InsurancePreSignMiniProgramRequest"]
    assert request["properties"]["plan_id"]["type"] == "integer"


def test_response_status_values_are_open_strings(spec: dict[str, Any]) -> None:
    for where, schema in _walk_schemas(spec["components"]["schemas"]):
        for name in ("contract_state", "policy_period_state", "contract_termination_mode", "trade_state", "trade_type"):
            if where.endswith(f".properties.{name}"):
                assert "enum" not in schema, where


def test_sensitive_fields_are_marked_and_listed_in_metadata(spec: dict[str, Any]) -> None:
    identity = spec["components"]["schemas"]["InsuranceRealIdentity"]["properties"]
    assert identity["real_name"].get("x-wechatpay-sensitive") is True
    assert identity["id_card_number"].get("x-wechatpay-sensitive") is True
    assert identity["identity_type"].get("x-wechatpay-sensitive") is None
    by_id = {m["operation_id"]: m for m in _core.build_operation_metadata(spec)}
    for op_id in ("pre_sign_app", "pre_sign_h5", "pre_sign_jsapi", "pre_sign_mini_program"):
        assert set(by_id[op_id]["sensitive_request_fields"]) == {
            ("real_identity", "real_name"),
            ("real_identity", "id_card_number"),
        }
    assert by_id["query_contract"]["sensitive_request_fields"] == ()


def _run_generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def test_check_passes_on_the_committed_tree() -> None:
    result = _run_generator("--check")
    assert result.returncode == 0, result.stderr
    assert "matches the spec" in result.stdout


def test_check_fails_after_a_one_line_spec_edit(tmp_path: Path) -> None:
    lines = SPEC.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("summary:"))
    lines[index] = lines[index].rstrip("\n") + " (edited)\n"
    edited = tmp_path / "openapi.yaml"
    edited.write_text("".join(lines), encoding="utf-8")
    result = _run_generator("--check", "--spec", str(edited))
    assert result.returncode == 1
    assert "differs: wechatpay_client/" in result.stderr


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    _core.generate_into(SPEC, first)
    _core.generate_into(SPEC, second)
    assert _core.diff_trees(first, second) == []
    assert _core.diff_trees(first, OUTPUT) == []


def test_every_generated_file_is_marked_and_the_stamp_matches() -> None:
    package = OUTPUT / "wechatpay_client"
    for path in package.rglob("*.py"):
        assert path.read_text(encoding="utf-8").startswith("# Generated from spec/openapi.yaml"), path
    stamp = json.loads((OUTPUT / "generation-stamp.json").read_text(encoding="utf-8"))
    assert stamp["spec_sha256"] == hashlib.sha256(SPEC.read_bytes()).hexdigest()
    assert stamp["openapi_python_client"] == "0.29.1"
    assert stamp["ruff"] == "0.17.6"
    gitattributes = (ROOT / ".gitattributes").read_text(encoding="utf-8")
    assert "generated_client/** linguist-generated=true" in gitattributes


def test_a_dropped_operation_is_reported(tmp_path: Path, spec: dict[str, Any]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _core.generate_into(SPEC, out)
    module = out / "wechatpay_client" / "api" / "insurance_pay" / "apply_deduction.py"
    module.unlink()
    operations = _core.build_operation_metadata(spec)
    masked = _core.sensitive_model_fields(spec)
    with pytest.raises(_core.GenerationError, match="apply_deduction .* was not generated"):
        _core.check_output(spec, operations, masked, out / "wechatpay_client")


def test_an_unmasked_sensitive_field_is_reported(tmp_path: Path, spec: dict[str, Any]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _core.generate_into(SPEC, out)
    model = out / "wechatpay_client" / "models" / "insurance_real_identity.py"
    model.write_text(model.read_text(encoding="utf-8").replace("repr=_masked_repr", "repr=True"), encoding="utf-8")
    operations = _core.build_operation_metadata(spec)
    masked = _core.sensitive_model_fields(spec)
    with pytest.raises(_core.GenerationError, match="InsuranceRealIdentity.real_name: repr is not masked"):
        _core.check_output(spec, operations, masked, out / "wechatpay_client")
