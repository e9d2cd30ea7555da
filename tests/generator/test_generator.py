"""The spec validates, the generator is deterministic, and --check catches drift."""

from __future__ import annotations

import hashlib
import json
import shutil
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


# Fractional values that are neither money nor ids (docs/spec-decisions.md): a float is right here.
FRACTIONAL = {"$.components.schemas.RiskTradeInformation.properties.risk_score"}


def test_no_number_types_money_and_ids_are_integers(spec: dict[str, Any]) -> None:
    schemas = _walk_schemas(spec)
    assert [where for where, s in schemas if s.get("type") == "number"] == sorted(FRACTIONAL)
    amount = spec["components"]["schemas"]["InsuranceAmount"]
    assert amount["properties"]["total"]["type"] == "integer"
    request = spec["components"]["schemas"]["InsurancePreSignMiniProgramRequest"]
    assert request["properties"]["plan_id"]["type"] == "integer"


def test_response_status_values_are_open_strings(spec: dict[str, Any]) -> None:
    # Spot check of the lint rule `open-response` (which covers every answer schema): the status
    # fields of answers are open strings; request schemas may close their own sets.
    for where, schema in _walk_schemas(spec["components"]["schemas"]):
        parts = where.split(".")
        if len(parts) > 1 and parts[1].endswith("Request"):
            continue
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
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One in-process generation of the real spec, shared by every test here (costs grow per operation)."""
    out = tmp_path_factory.mktemp("generated") / "generated_client"
    out.mkdir()
    _core.generate_into(SPEC, out)
    return out


def _copy(tree: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(tree, target)
    return target


def test_generation_is_deterministic(generated: Path) -> None:
    # The committed tree was written by another process at another time; byte equality with this
    # run is the determinism proof, and the same comparison `python -m generator --check` makes
    # (the README test command runs that CLI as its first step, so no test runs it a second time
    # on the whole spec; the CLI's exit codes are tested on a small spec below).
    assert _core.diff_trees(generated, OUTPUT) == []


MINI_ROOT = """openapi: 3.1.0
info: {title: mini, version: '1'}
tags:
  - {name: widgets, description: test family}
x-wechatpay-include:
  - components.yaml
  - paths/widgets.yaml
"""
MINI_COMPONENTS = """components:
  schemas:
    Amount:
      type: object
      required: [total]
      properties:
        total: {type: integer, minimum: 1}
"""
MINI_FAMILY = """paths:
  /v3/widgets/{widget_id}:
    get:
      tags: [widgets]
      operationId: query_widget
      summary: 查询部件
      description: Looks a widget up by its id; safe to repeat.
      externalDocs: {url: 'https://pay.weixin.qq.com/doc/v3/merchant/1'}
      x-wechatpay-retry: safe
      parameters:
        - {name: widget_id, in: path, required: true, schema: {type: string, maxLength: 32}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Widget'}
components:
  schemas:
    Widget:
      type: object
      properties:
        widget_id: {type: string}
        price: {$ref: '#/components/schemas/Amount'}
"""


def _mini_spec(root: Path) -> Path:
    (root / "paths").mkdir(parents=True)
    (root / "openapi.yaml").write_text(MINI_ROOT, encoding="utf-8")
    (root / "components.yaml").write_text(MINI_COMPONENTS, encoding="utf-8")
    (root / "paths" / "widgets.yaml").write_text(MINI_FAMILY, encoding="utf-8")
    return root / "openapi.yaml"


@pytest.mark.parametrize("edited_file", ["openapi.yaml", "components.yaml", "paths/widgets.yaml"])
def test_check_fails_after_a_one_line_edit_in_any_spec_file(tmp_path: Path, edited_file: str) -> None:
    root = _mini_spec(tmp_path / "spec")
    out = tmp_path / "out"
    assert _run_generator("--spec", str(root), "--output", str(out)).returncode == 0
    assert _run_generator("--check", "--spec", str(root), "--output", str(out)).returncode == 0
    target = tmp_path / "spec" / edited_file
    text = target.read_text(encoding="utf-8")
    edits = {
        "openapi.yaml": ("title: mini", "title: mini (edited)"),
        "components.yaml": ("minimum: 1", "minimum: 2"),
        "paths/widgets.yaml": ("summary: 查询部件", "summary: 查询部件 (edited)"),
    }
    old, new = edits[edited_file]
    assert old in text
    target.write_text(text.replace(old, new), encoding="utf-8")
    result = _run_generator("--check", "--spec", str(root), "--output", str(out))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "differs: " in result.stderr


def test_the_bundle_refuses_a_name_defined_twice(tmp_path: Path) -> None:
    root = _mini_spec(tmp_path / "spec")
    family = tmp_path / "spec" / "paths" / "widgets.yaml"
    family.write_text(family.read_text(encoding="utf-8") + "    Amount:\n      type: object\n", encoding="utf-8")
    with pytest.raises(
        _core.GenerationError, match=r"components/schemas/Amount is already defined in .*components.yaml"
    ):
        _core.load_spec(root)


def test_the_bundle_keeps_the_include_order_and_every_file_is_stamped(tmp_path: Path) -> None:
    root = _mini_spec(tmp_path / "spec")
    bundle = _core.load_bundle(root)
    assert [p.name for p in bundle.files] == ["openapi.yaml", "components.yaml", "widgets.yaml"]
    assert list(bundle.document["components"]["schemas"]) == ["Amount", "Widget"]
    assert "x-wechatpay-include" not in bundle.document


def test_every_generated_file_is_marked_and_the_stamp_matches() -> None:
    package = OUTPUT / "wechatpay_client"
    for path in package.rglob("*.py"):
        assert path.read_text(encoding="utf-8").startswith("# Generated from spec/openapi.yaml"), path
    stamp = json.loads((OUTPUT / "generation-stamp.json").read_text(encoding="utf-8"))
    files = _core.load_bundle(SPEC).files
    assert stamp["spec_files"] == {
        p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files
    }
    assert len(stamp["spec_files"]) >= 3  # the root, components.yaml and the family files
    assert stamp["openapi_python_client"] == "0.29.1"
    assert stamp["ruff"] == "0.17.6"
    gitattributes = (ROOT / ".gitattributes").read_text(encoding="utf-8")
    assert "generated_client/** linguist-generated=true" in gitattributes


def test_a_dropped_operation_is_reported(tmp_path: Path, spec: dict[str, Any], generated: Path) -> None:
    out = _copy(generated, tmp_path)
    module = out / "wechatpay_client" / "api" / "insurance_pay" / "apply_deduction.py"
    module.unlink()
    operations = _core.build_operation_metadata(spec)
    masked = _core.sensitive_model_fields(spec)
    with pytest.raises(_core.GenerationError, match="apply_deduction .* was not generated"):
        _core.check_output(spec, operations, masked, out / "wechatpay_client")


def test_an_unmasked_sensitive_field_is_reported(tmp_path: Path, spec: dict[str, Any], generated: Path) -> None:
    out = _copy(generated, tmp_path)
    model = out / "wechatpay_client" / "models" / "insurance_real_identity.py"
    model.write_text(model.read_text(encoding="utf-8").replace("repr=_masked_repr", "repr=True"), encoding="utf-8")
    operations = _core.build_operation_metadata(spec)
    masked = _core.sensitive_model_fields(spec)
    with pytest.raises(_core.GenerationError, match="InsuranceRealIdentity.real_name: repr is not masked"):
        _core.check_output(spec, operations, masked, out / "wechatpay_client")
