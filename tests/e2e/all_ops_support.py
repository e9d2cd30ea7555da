"""Support for ``test_e2e_all_operations``: a request synthesiser, the module caller, the setup table.

For every operation of ``wechatpay_client._metadata.OPERATIONS``:

1. :class:`RequestSynth` builds a valid request from the spec (the same ``_openapi.json`` the
   client was generated from): every required field with a valid value (dates relative to today
   in Beijing time, ``date-time`` one hour ahead, the first ``enum`` value, a sample of the
   ``pattern``), optional subtrees only where they carry a sensitive field (sent as plaintext, so
   that the SDK's encryption is exercised), ``mchid`` = the client's merchant, fresh ``out_*_no``
   numbers, notify URLs on the test receiver, and for multipart bodies a PNG (or MP4) file whose
   SHA-256 is in ``meta``.
2. :data:`SETUPS` (keyed by method and path template, so it survives operationId renames) creates
   the state an operation with business rules needs, through signed raw calls and the sandbox's
   user actions, and overrides request values (path parameters, query, body fields).
3. :func:`call` turns the request into the generated module's keyword arguments (dates, enums and
   models from the type hints) and calls ``sync``/``asyncio`` (``*_detailed`` for 204 operations
   and unsigned downloads).

Nothing here imports other test directories; the module name is unique on purpose.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import importlib
import inspect
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from io import BytesIO
from typing import Any

import httpx
from wechatpay_client._metadata import OPERATIONS, OperationMetadata
from wechatpay_client.types import File, Unset
from wechatpay_sandbox import Sandbox, Spec, load_spec
from wechatpay_sandbox._spec import Operation
from wechatpay_sandbox._synth import sample_pattern

BEIJING = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")
APPID = "wxd678efh567hg6787"
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
AMOUNT = 2999
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(64)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
SPEC: Spec = load_spec()  # the client's own _openapi.json


def today() -> dt.date:
    return dt.datetime.now(BEIJING).date()


def unique(prefix: str = "a") -> str:
    return f"{prefix}{uuid.uuid4().hex[:24]}"


def operation_ids() -> list[str]:
    return sorted(OPERATIONS)


def spec_operation(operation_id: str) -> Operation:
    op = SPEC.get(operation_id)
    assert op is not None, f"{operation_id} is in the generated metadata but not in its _openapi.json"
    return op


def module_for(meta: OperationMetadata) -> Any:
    return importlib.import_module(f"wechatpay_client.api.{meta.tag}.{meta.operation_id}")


# --------------------------------------------------------------------------- the request


@dataclasses.dataclass
class Prepared:
    """A request in spec terms (parameter names as in the spec, the body as plaintext JSON)."""

    path: dict[str, Any] = dataclasses.field(default_factory=dict)
    query: dict[str, Any] = dataclasses.field(default_factory=dict)
    headers: dict[str, Any] = dataclasses.field(default_factory=dict)
    body: Any = None
    files: dict[str, tuple[bytes, str, str]] = dataclasses.field(default_factory=dict)  # name -> (data, file, type)
    expect_sha1: str | None = None  # an unsigned download: the SHA-1 its (decompressed) bytes must have
    gzip: bool = False


def _merge(base: Any, override: Any) -> Any:
    if isinstance(base, dict) and isinstance(override, dict):
        out = dict(base)
        for key, value in override.items():
            out[key] = _merge(base.get(key), value)
        return out
    return override


class RequestSynth:
    """Valid request values from the spec's schemas (see the module docstring)."""

    def __init__(self, spec: Spec, *, mchid: str, notify_url: str) -> None:
        self.spec = spec
        self.mchid = mchid
        self.notify_url = notify_url

    def prepare(self, op: Operation) -> Prepared:
        prepared = Prepared()
        for param in op.parameters:
            if not param.required or param.name.lower() == "wechatpay-serial":  # the SDK sets Wechatpay-Serial
                continue
            value = self.value(param.schema, param.name, 0)
            targets = {"path": prepared.path, "query": prepared.query, "header": prepared.headers}
            targets[param.location][param.name] = value
        if op.body_schema is not None:
            if op.multipart:
                prepared.body, prepared.files["file"] = self._upload(op)
            else:
                prepared.body = self.value(op.body_schema, None, 0)
        return prepared

    def _upload(self, op: Operation) -> tuple[dict[str, Any], tuple[bytes, str, str]]:
        """``meta`` built from its schema, and a file it describes (image, video or e-fapiao PDF)."""
        body_schema = self._merged(op.body_schema or {})
        meta_schema = self._merged(body_schema.get("properties", {}).get("meta", {}))
        meta = self.value(meta_schema, "meta", 0)
        properties = meta_schema.get("properties", {})
        if "digest" in properties:  # e-fapiao: {file_type, digest_alogrithm, digest}
            data, filename, content_type = PDF, "sandbox.pdf", "application/pdf"
            meta.update(file_type="PDF", digest_alogrithm="SM3", digest=hashlib.new("sm3", data).hexdigest().upper())
        else:
            data, filename, content_type = (
                (MP4, "sandbox.mp4", "video/mp4") if "video" in op.path else (PNG, "sandbox.png", "image/png")
            )
            meta.update(filename=filename, sha256=hashlib.sha256(data).hexdigest())
        return {"meta": meta}, (data, filename, content_type)

    def _merged(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        node = dict(self.spec.resolve(schema))
        parts = node.pop("allOf", None) or ()
        for part in parts:
            flat = self._merged(part)
            node.setdefault("properties", {})
            node["properties"] = {**flat.get("properties", {}), **node["properties"]}
            node["required"] = [*flat.get("required", ()), *node.get("required", ())]
            for key, value in flat.items():
                node.setdefault(key, value)
        return node

    def _sensitive_inside(self, schema: Mapping[str, Any], depth: int) -> bool:
        node = self._merged(schema)
        if node.get("x-wechatpay-sensitive"):
            return True
        if depth > 8:
            return False
        children = list(node.get("properties", {}).values())
        if isinstance(node.get("items"), Mapping):
            children.append(node["items"])
        return any(self._sensitive_inside(child, depth + 1) for child in children)

    def value(self, schema: Mapping[str, Any], name: str | None, depth: int) -> Any:
        node = self._merged(schema)
        for keyword in ("oneOf", "anyOf"):
            if node.get(keyword):
                return self.value(node[keyword][0], name, depth + 1)
        if "const" in node:
            return node["const"]
        if node.get("enum"):
            return node["enum"][0]
        kind = node.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "string")
        if kind is None:
            kind = "object" if "properties" in node else "array" if "items" in node else "string"
        if kind == "object":
            out: dict[str, Any] = {}
            required = set(node.get("required", ()))
            for prop, sub in node.get("properties", {}).items():
                if prop in required or self._sensitive_inside(sub, 0):
                    out[prop] = self.value(sub, prop, depth + 1)
            return out
        if kind == "array":
            items = node.get("items", {})
            count = max(int(node.get("minItems", 1)), 1)
            return [self.value(items, None, depth + 1) for _ in range(count)]
        if kind in ("integer", "number"):
            low = node.get("minimum", 1)
            value = max(low, 1) if node.get("maximum", 1) >= 1 else node["maximum"]
            return int(value) if kind == "integer" else float(value)
        if kind == "boolean":
            return False
        return self._string(node, name or "")

    def _string(self, node: Mapping[str, Any], name: str) -> str:
        lowered = name.lower()
        fmt = node.get("format")
        if node.get("x-wechatpay-sensitive"):
            return (
                "张三" if "name" in lowered else "6212260000000000123" if "account" in lowered else "110101199003070011"
            )
        if fmt == "date":
            return today().isoformat()
        if fmt in ("date-time", "rfc3339"):
            return self._date_time()
        # Name-based guesses, each kept only if it fits the field's documented limits.
        for guess in self._guesses(lowered, fmt):
            if self._fits(node, guess):
                return guess
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            sample = sample_pattern(pattern)
            if sample is not None:
                return sample
        low = int(node.get("minLength", 0))
        text = "sandbox" if low <= 7 else "s" * low
        return text[: node["maxLength"]] if "maxLength" in node else text

    def _guesses(self, lowered: str, fmt: Any) -> list[str]:
        guesses: list[str] = []
        if lowered.endswith("_date"):
            guesses.append(today().isoformat())
        if lowered.endswith("_time"):
            guesses.append(self._date_time())
        if lowered in ("mchid", "sp_mchid"):
            guesses.append(self.mchid)
        if lowered == "sub_mchid":
            guesses.append("1900000109")
        if lowered == "appid" or lowered.endswith("_appid"):
            guesses.append(APPID)
        if lowered.endswith("openid"):
            guesses.append(OPENID)
        if lowered.endswith("url") or fmt in ("uri", "url"):
            guesses.append(self.notify_url)
        if lowered == "currency":
            guesses.append("CNY")
        if lowered.startswith("out_") and lowered.endswith(("_no", "_code")):
            guesses.append(unique("o"))
        return guesses

    @staticmethod
    def _date_time() -> str:
        return (dt.datetime.now(BEIJING) + dt.timedelta(hours=1)).isoformat(timespec="seconds")

    @staticmethod
    def _fits(node: Mapping[str, Any], value: str) -> bool:
        if len(value) > int(node.get("maxLength", len(value))) or len(value) < int(node.get("minLength", 0)):
            return False
        pattern = node.get("pattern")
        return not isinstance(pattern, str) or re.search(pattern, value) is not None


# --------------------------------------------------------------------------- calling the module


def _python_name(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)).strip("_").lower()


def _concrete(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [a for arg in typing.get_args(annotation) for a in _concrete(arg)]
    return [annotation] if annotation not in (type(None), Unset) else []


def _convert(annotation: Any, value: Any) -> Any:
    for candidate in _concrete(annotation):
        if candidate is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value)
        if candidate is dt.datetime and isinstance(value, str):
            return dt.datetime.fromisoformat(value)
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate(value)
        if isinstance(candidate, type) and hasattr(candidate, "from_dict") and isinstance(value, Mapping):
            return candidate.from_dict(value)
    return value


class _Models(dict[str, Any]):
    """Model names for ``get_type_hints`` (models import each other only under TYPE_CHECKING, lazily)."""

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(importlib.import_module("wechatpay_client.models"), name)
        except AttributeError:
            raise KeyError(name) from None


def _body_model(annotation: Any, prepared: Prepared) -> Any:
    (cls,) = [c for c in _concrete(annotation) if hasattr(c, "from_dict")]
    if not prepared.files:
        return cls.from_dict(prepared.body)
    hints = typing.get_type_hints(cls, localns=_Models())
    fields: dict[str, Any] = {}
    for name, value in prepared.body.items():
        fields[name] = _convert(hints[name], value)
    for name, (data, filename, content_type) in prepared.files.items():
        fields[name] = File(payload=BytesIO(data), file_name=filename, mime_type=content_type)
    return cls(**fields)


def kwargs_for(module: Any, op: Operation, prepared: Prepared, client: Any) -> dict[str, Any]:
    function = module.sync_detailed
    hints = typing.get_type_hints(function)
    accepted = inspect.signature(function).parameters
    out: dict[str, Any] = {"client": client}
    for location in (prepared.path, prepared.query, prepared.headers):
        for name, value in location.items():
            python = _python_name(name)
            if python not in accepted and f"{python}_" in accepted:  # `type` -> `type_` (a builtin's name)
                python = f"{python}_"
            assert python in accepted, f"{op.operation_id}: no argument {python!r} for {name!r} in {list(accepted)}"
            out[python] = _convert(hints[python], value)
    if prepared.body is not None:
        out["body"] = _body_model(hints["body"], prepared)
    return out


def returns_body(module: Any) -> bool:
    return hasattr(module, "sync")


def success_type(module: Any) -> Any:
    return typing.get_type_hints(module.sync)["return"]


async def call(mode: str, module: Any, kwargs: dict[str, Any], *, detailed: bool) -> Any:
    if detailed:
        return module.sync_detailed(**kwargs) if mode == "sync" else await module.asyncio_detailed(**kwargs)
    return module.sync(**kwargs) if mode == "sync" else await module.asyncio(**kwargs)


# --------------------------------------------------------------------------- state for business rules


class World:
    """What a setup may use: the sandbox, signed raw calls through the SDK client, the receiver URL."""

    def __init__(self, sandbox: Sandbox, client: Any, notify_url: str) -> None:
        self.sandbox = sandbox
        self.client = client
        self.notify_url = notify_url
        self.mchid = sandbox.credentials.mchid

    def raw(self, method: str, path: str, body: Any = None) -> httpx.Response:
        """A signed raw request through the SDK's httpx client (verified by the auth plugin)."""
        http = self.client.get_httpx_client()
        response: httpx.Response = (
            http.request(method, path, json=body) if body is not None else http.request(method, path)
        )
        assert response.status_code < 300, f"setup call {method} {path} failed: {response.text}"
        return response

    # insurance contracts
    def contract(self, **extra: Any) -> dict[str, Any]:
        code = unique("c")
        body = {
            "appid": APPID,
            "plan_id": 12535,
            "out_contract_code": code,
            "insured_display_name": "*三",
            "contract_notify_url": self.notify_url,
            "policy_start_date": today().isoformat(),
            "policy_end_date": (today() + dt.timedelta(days=364)).isoformat(),
            "policy_periods": [
                {
                    "policy_period_id": 1,
                    "estimated_deduct_date": today().isoformat(),
                    "estimated_deduct_amount": {"total": AMOUNT, "currency": "CNY"},
                },
                {
                    "policy_period_id": 2,
                    "estimated_deduct_date": (today() + dt.timedelta(days=30)).isoformat(),
                    "estimated_deduct_amount": {"total": AMOUNT, "currency": "CNY"},
                },
            ],
            **extra,
        }
        answer = self.raw("POST", "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program", body).json()
        contract = self.sandbox.simulate_user_sign(answer["pre_entrustweb_id"])
        return {"plan_id": contract.plan_id, "out_contract_code": code, "contract_id": contract.contract_id, **body}

    def scheduled(self) -> dict[str, Any]:
        contract = self.contract()
        path = (
            f"/v3/papay/insurance-pay/policy-periods/contract-id/{contract['contract_id']}/policy-period-id/1/schedule"
        )
        self.raw("POST", path, {"appid": APPID, "scheduled_amount": {"total": AMOUNT, "currency": "CNY"}})
        return contract

    # payment orders and refunds
    def order(self, *, paid: bool, total: int = 100) -> dict[str, Any]:
        body: dict[str, Any] = {
            "appid": APPID,
            "mchid": self.mchid,
            "description": "all-operations setup",
            "out_trade_no": unique("t"),
            "notify_url": self.notify_url,
            "amount": {"total": total, "currency": "CNY"},
        }
        self.raw("POST", "/v3/pay/transactions/native", body)
        if paid:
            body["transaction_id"] = self.sandbox.simulate_payment(body["out_trade_no"]).transaction_id
        return body

    def codepay_order(self) -> dict[str, Any]:
        body = {
            "appid": APPID,
            "mchid": self.mchid,
            "description": "all-operations setup",
            "out_trade_no": unique("m"),
            "payer": {"auth_code": "134567890123456789"},
            "amount": {"total": 100},
            "scene_info": {"store_info": {"out_id": "S1"}},
        }
        self.raw("POST", "/v3/pay/transactions/codepay", body)
        return body

    def refund(self, *, abnormal: bool = False) -> dict[str, Any]:
        order = self.order(paid=True)
        body = {
            "out_trade_no": order["out_trade_no"],
            "out_refund_no": unique("r"),
            "amount": {"refund": 100, "total": 100, "currency": "CNY"},
        }
        answer = self.raw("POST", "/v3/refund/domestic/refunds", body).json()
        if abnormal:
            self.sandbox.simulate_refund(body["out_refund_no"], "ABNORMAL")
        return {**body, "refund_id": answer["refund_id"]}


@dataclasses.dataclass(frozen=True)
class Setup:
    """Prior state for one operation: ``prepare`` returns overrides (``path``, ``query``, ``body``, ...).

    ``why`` says what state the operation needs. ``expect_error`` accepts a documented business
    error (its code) instead of a success, only where no valid round trip is possible, and ``why``
    says why.
    """

    why: str
    prepare: Callable[[World], dict[str, Any]]
    expect_error: str | None = None


def _yesterday(world: World) -> dict[str, Any]:
    return {"query": {"bill_date": (today() - dt.timedelta(days=1)).isoformat()}}


def _download(world: World) -> dict[str, Any]:
    bill_date = (today() - dt.timedelta(days=1)).isoformat()
    answer = world.raw("GET", f"/v3/bill/tradebill?bill_date={bill_date}&tar_type=GZIP").json()
    query = dict(httpx.URL(answer["download_url"]).params)
    return {"query": query, "expect_sha1": answer["hash_value"], "gzip": query.get("tartype") == "GZIP"}


def _contract_path(world: World) -> dict[str, Any]:
    c = world.contract()
    return {"path": {"plan_id": c["plan_id"], "out_contract_code": c["out_contract_code"]}}


def _renew(world: World) -> dict[str, Any]:
    c = world.contract(can_auto_insure=True)
    world.sandbox.expire_contract(c["contract_id"])
    period = {
        "policy_period_id": 3,
        "estimated_deduct_date": (today() + dt.timedelta(days=370)).isoformat(),
        "estimated_deduct_amount": {"total": AMOUNT, "currency": "CNY"},
    }
    return {
        "path": {"plan_id": c["plan_id"], "contract_id": c["contract_id"]},
        "body": {"appid": APPID, "policy_periods": [period]},
    }


def _modify(world: World) -> dict[str, Any]:
    c = world.contract()
    return {
        "path": {"plan_id": c["plan_id"], "contract_id": c["contract_id"]},
        "body": {"appid": APPID, "policy_periods": c["policy_periods"]},
    }


def _schedule(world: World) -> dict[str, Any]:
    c = world.contract()
    return {
        "path": {"contract_id": c["contract_id"], "policy_period_id": 1},
        "body": {"appid": APPID, "scheduled_amount": {"total": AMOUNT, "currency": "CNY"}},
    }


def _query_schedule(world: World) -> dict[str, Any]:
    c = world.contract()
    return {"path": {"contract_id": c["contract_id"], "policy_period_id": 1}}


def _apply_deduction(world: World) -> dict[str, Any]:
    c = world.scheduled()
    return {
        "body": {
            "appid": APPID,
            "contract_id": c["contract_id"],
            "policy_period_id": 1,
            "amount": {"total": AMOUNT, "currency": "CNY"},
        }
    }


def _query_by_id(world: World) -> dict[str, Any]:
    return {"path": {"transaction_id": world.order(paid=True)["transaction_id"]}}


def _query_by_out_trade_no(world: World) -> dict[str, Any]:
    return {"path": {"out_trade_no": world.order(paid=False)["out_trade_no"]}}


def _reverse(world: World) -> dict[str, Any]:
    order = world.codepay_order()
    return {"path": {"out_trade_no": order["out_trade_no"]}, "body": {"appid": APPID}}


def _create_refund(world: World) -> dict[str, Any]:
    order = world.order(paid=True, total=100)
    return {"body": {"out_trade_no": order["out_trade_no"], "amount": {"refund": 40, "total": 100, "currency": "CNY"}}}


def _query_refund(world: World) -> dict[str, Any]:
    return {"path": {"out_refund_no": world.refund()["out_refund_no"]}}


def _abnormal_refund(world: World) -> dict[str, Any]:
    refund = world.refund(abnormal=True)
    return {
        "path": {"refund_id": refund["refund_id"]},
        "body": {
            "out_refund_no": refund["out_refund_no"],
            "type": "USER_BANK_CARD",
            "bank_type": "ICBC_DEBIT",
            "bank_account": "6212260000000000123",  # sensitive: plaintext here, encrypted by the SDK
            "real_name": "张三",
        },
    }


CONTRACT = "a signed insurance contract"
SETUPS: dict[tuple[str, str], Setup] = {
    # 委托代扣∙保险业
    ("GET", "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}"): Setup(
        CONTRACT, _contract_path
    ),
    (
        "POST",
        "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate",
    ): Setup(CONTRACT, _contract_path),
    ("POST", "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew"): Setup(
        "an expired contract signed with can_auto_insure", _renew
    ),
    ("GET", "/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}"): Setup(
        CONTRACT, _contract_path
    ),
    ("POST", "/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify"): Setup(
        "a contract; every one of its periods is sent", _modify
    ),
    (
        "POST",
        "/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule",
    ): Setup("a contract with a period due today", _schedule),
    (
        "GET",
        "/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}",
    ): Setup(CONTRACT, _query_schedule),
    ("POST", "/v3/papay/insurance-pay/transactions/apply"): Setup("a scheduled period", _apply_deduction),
    # 基础支付, refunds
    ("GET", "/v3/pay/transactions/id/{transaction_id}"): Setup("a paid order", _query_by_id),
    ("GET", "/v3/pay/transactions/out-trade-no/{out_trade_no}"): Setup("an order", _query_by_out_trade_no),
    ("POST", "/v3/pay/transactions/out-trade-no/{out_trade_no}/close"): Setup(
        "an unpaid order", _query_by_out_trade_no
    ),
    ("POST", "/v3/pay/transactions/out-trade-no/{out_trade_no}/reverse"): Setup("a code-payment order", _reverse),
    ("POST", "/v3/refund/domestic/refunds"): Setup("a paid order", _create_refund),
    ("GET", "/v3/refund/domestic/refunds/{out_refund_no}"): Setup("a refund", _query_refund),
    ("POST", "/v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund"): Setup(
        "an ABNORMAL refund", _abnormal_refund
    ),
    # bills: the bill of today is not ready (STATEMENT_CREATING); the download needs a token
    ("GET", "/v3/bill/tradebill"): Setup("a past bill_date", _yesterday),
    ("GET", "/v3/bill/fundflowbill"): Setup("a past bill_date", _yesterday),
    ("GET", "/v3/profitsharing/bills"): Setup("a past bill_date", _yesterday),
    ("GET", "/v3/billdownload/file"): Setup("a token from apply_trade_bill", _download),
    # no valid round trip possible: the e2e sandbox is in public-key mode
    ("GET", "/v3/certificates"): Setup(
        "public-key mode: WeChat Pay answers 404 RESOURCE_NOT_EXISTS to merchants without platform certificates "
        "(documented; the certificate modes are covered by test_e2e_key_modes)",
        lambda world: {},
        expect_error="RESOURCE_NOT_EXISTS",
    ),
}


def _flow_setup(op: Operation, world: World) -> Setup | None:
    """A setup from the sandbox flow that handles the operation (its ``seed``), if any."""
    for name, flow in world.sandbox.flows.items():
        if (op.method, op.shape) in flow.routes():

            def seeded(world: World, flow: Any = flow) -> dict[str, Any]:
                return flow.seed(op.operation_id, world.notify_url) or {}

            return Setup(why=f"the sandbox flow {name!r} keeps state for it", prepare=seeded)
    return None


def prepare(op: Operation, world: World, synth: RequestSynth) -> tuple[Prepared, Setup | None]:
    prepared = synth.prepare(op)
    setup = SETUPS.get((op.method, op.path)) or _flow_setup(op, world)
    if setup is not None:
        overrides = setup.prepare(world)
        prepared.path.update(overrides.get("path", {}))
        prepared.query.update(overrides.get("query", {}))
        if "body" in overrides:
            prepared.body = _merge(prepared.body, overrides["body"])
        prepared.expect_sha1 = overrides.get("expect_sha1")
        prepared.gzip = bool(overrides.get("gzip", False))
    return prepared, setup
