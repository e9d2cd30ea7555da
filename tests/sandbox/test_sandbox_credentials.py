"""Generated credentials, their files, and the spec-subset validator."""

from __future__ import annotations

import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from wechatpay_sandbox import Sandbox, SandboxCredentials, write_credentials
from wechatpay_sandbox._schema import Validator, coerce_parameter, is_date, is_date_time


def test_generated_identities(credentials: SandboxCredentials) -> None:
    assert re.fullmatch(r"PUB_KEY_ID_\d+", credentials.public_key_id)
    assert re.fullmatch(r"[0-9A-Za-z]{32}", credentials.apiv3_key)
    for serial, pem in (
        (credentials.merchant_serial_no, credentials.merchant_certificate_pem),
        (credentials.platform_serial_no, credentials.platform_certificate_pem),
    ):
        assert re.fullmatch(r"[1-7][0-9A-F]{39}", serial)
        assert format(x509.load_pem_x509_certificate(pem.encode()).serial_number, "X") == serial
    assert credentials.merchant_serial_no != credentials.platform_serial_no


def test_repr_hides_secrets(credentials: SandboxCredentials) -> None:
    text = repr(credentials)
    assert "PRIVATE" not in text and credentials.apiv3_key not in text
    assert credentials.mchid in text


def test_write_and_load(tmp_path: Path, credentials: SandboxCredentials) -> None:
    written = write_credentials(credentials, tmp_path)
    assert written["merchant_private_key"].name == "apiclient_key.pem"
    for name in ("merchant_private_key", "apiv3_key", "wechatpay_private_key", "platform_private_key"):
        assert stat.S_IMODE(written[name].stat().st_mode) == 0o600
    key = serialization.load_pem_private_key(written["merchant_private_key"].read_bytes(), password=None)
    cert = x509.load_pem_x509_certificate(written["merchant_certificate"].read_bytes())
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()  # type: ignore[union-attr]
    assert SandboxCredentials.load(tmp_path) == credentials


def test_sandbox_writes_its_credentials(tmp_path: Path, credentials: SandboxCredentials) -> None:
    sb = Sandbox(credentials=credentials)
    files = sb.write_credentials(tmp_path / "creds")
    assert files["wechatpay_public_key"].read_text() == credentials.wechatpay_public_key_pem


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("2024-13-01", False),
        ("2024-1-01", False),
        ("2024-01-01T00:00:00Z", False),
    ],
)
def test_is_date(text: str, ok: bool) -> None:
    assert is_date(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2024-01-02T15:04:05+08:00", True),
        ("2024-01-02t15:04:05.123z", True),
        ("2024-01-02T15:04:05", False),
        ("2024-01-02 15:04:05+08:00", False),
        ("2024-02-30T15:04:05+08:00", False),
        ("2024-01-02T24:00:00+08:00", False),
    ],
)
def test_is_date_time(text: str, ok: bool) -> None:
    assert is_date_time(text) is ok


def test_coerce_parameter() -> None:
    assert coerce_parameter({"type": "integer"}, "42") == (True, 42)
    assert coerce_parameter({"type": "integer"}, "4.2")[0] is False
    assert coerce_parameter({"type": "number"}, "4.5") == (True, 4.5)
    assert coerce_parameter({"type": "string"}, "x") == (True, "x")


def test_validator_keywords() -> None:
    schemas = {"A": {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "minimum": 1}}}}

    def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in node:
            node = schemas[node["$ref"].rsplit("/", 1)[-1]]
        return node

    v = Validator(resolve)
    ref = {"$ref": "#/components/schemas/A"}
    assert v.validate(ref, {"n": 1}) is None
    assert v.validate(ref, {"n": 0}).field == "/n"  # type: ignore[union-attr]
    closed = {"allOf": [ref], "type": "object", "additionalProperties": False, "properties": {"n": {}}}
    assert v.validate(closed, {"n": 2, "x/y": 1}).field == "/x~1y"  # type: ignore[union-attr]
    either = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
    assert v.validate(either, 3) is None and v.validate(either, 1.5) is not None
    assert v.validate({"type": ["string", "null"]}, None) is None


def test_command_line_runs_and_keeps_its_identity(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    from sandbox_helpers import ctl

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "sandbox")}
    serials = []
    for _ in range(2):
        proc = subprocess.Popen(
            [sys.executable, "-m", "wechatpay_sandbox", "--credentials-dir", str(tmp_path), "--mode", "both"],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().strip().rsplit(" ", 1)[-1]
            health = ctl("GET", url + "/sandbox/health").json()
            assert health["mode"] == "both"
            serials.append(SandboxCredentials.load(tmp_path).merchant_serial_no)
        finally:
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=10) == 0
    assert serials[0] == serials[1]


def test_spec_is_read_from_the_client_resource_and_the_yaml_agrees() -> None:
    from wechatpay_sandbox import SpecError, load_spec

    pytest.importorskip("yaml")
    root = Path(__file__).resolve().parents[2]
    shipped = load_spec()
    assert shipped.source.endswith("_openapi.json")
    insurance = {
        "pre_sign_app",
        "pre_sign_h5",
        "pre_sign_jsapi",
        "pre_sign_mini_program",
        "query_contract",
        "terminate_contract",
        "renew_contract",
        "list_policy_periods",
        "modify_policy_periods",
        "schedule_policy_period",
        "query_policy_period_schedule",
        "apply_deduction",
    }
    assert insurance <= {o.operation_id for o in shipped.operations}
    sensitive = {o.operation_id: o.sensitive_fields for o in shipped.operations if o.sensitive_fields}
    assert {"pre_sign_app", "pre_sign_h5", "pre_sign_jsapi", "pre_sign_mini_program"} <= set(sensitive)
    assert sensitive["pre_sign_app"] == (("real_identity", "real_name"), ("real_identity", "id_card_number"))
    from generator._core import load_spec as bundle_spec

    bundled = load_spec(bundle_spec(root / "spec" / "openapi.yaml"))
    assert [(o.operation_id, o.method, o.path) for o in shipped.operations] == [
        (o.operation_id, o.method, o.path) for o in bundled.operations
    ]
    # The multi-file root itself is refused with a pointer to the generator, not half-read.
    with pytest.raises(SpecError, match="multi-file spec"):
        load_spec(root / "spec" / "openapi.yaml")
