"""Request validation: the JSON path is named, the value is not, and no byte reaches the socket."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from hardening_kit import ID_CARD, REAL_NAME, pre_sign_body
from wechatpay_auth import (
    APIConnectionError,
    BadRequestError,
    RequestValidationError,
    get_auth,
    request_options,
    validate_request_body,
)
from wechatpay_auth._validation import RequestSchemas, request_schemas
from wechatpay_client.api.insurance_sign import pre_sign_mini_program
from wechatpay_client.models import InsuranceAmount, InsurancePolicyPeriodPlan, InsuranceRealIdentity

PRE_SIGN_PATH = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"


class Listener:
    """A bare TCP socket on loopback that records every connection and every byte it receives."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.connections = 0
        self.received = b""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(0.5)
                try:
                    while chunk := conn.recv(65536):
                        self.received += chunk
                        if b"\r\n\r\n" in self.received:
                            break  # enough: close without answering
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def _today() -> dt.date:
    return dt.date.today() + dt.timedelta(days=1)


def _dict_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = pre_sign_body().to_dict()
    body.update(changes)
    return body


# The kinds the issue lists, each with the JSON path it must name.
INVALID: list[tuple[str, Any, str]] = [
    ("missing required", lambda b: b.pop("appid"), "$.appid"),
    (
        "missing nested required",
        lambda b: b["policy_periods"][0].pop("estimated_deduct_amount"),
        "$.policy_periods[0].estimated_deduct_amount",
    ),
    ("wrong type", lambda b: b.__setitem__("plan_id", "12535"), "$.plan_id"),
    ("wrong type bool for int", lambda b: b.__setitem__("plan_id", True), "$.plan_id"),
    (
        "wrong nested type",
        lambda b: b["policy_periods"][0]["estimated_deduct_amount"].__setitem__("total", 1.5),
        "$.policy_periods[0].estimated_deduct_amount.total",
    ),
    ("array expected", lambda b: b.__setitem__("policy_periods", {"policy_period_id": 1}), "$.policy_periods"),
    ("null", lambda b: b.__setitem__("openid", None), "$.openid"),
    ("enum", lambda b: b["real_identity"].__setitem__("identity_type", "PASSPORT"), "$.real_identity.identity_type"),
    ("invalid date", lambda b: b.__setitem__("policy_end_date", "2027-02-30"), "$.policy_end_date"),
    ("date in the wrong form", lambda b: b.__setitem__("policy_start_date", "20270101"), "$.policy_start_date"),
    (
        "date-time is not a date",
        lambda b: b["policy_periods"][0].__setitem__("estimated_deduct_date", "2027-01-01T00:00:00+08:00"),
        "$.policy_periods[0].estimated_deduct_date",
    ),
    (
        "over-long sensitive plaintext",
        lambda b: b["real_identity"].__setitem__("real_name", "张" * 72),
        "$.real_identity.real_name",
    ),
    (
        "sensitive value not a string",
        lambda b: b["real_identity"].__setitem__("id_card_number", 110101),
        "$.real_identity.id_card_number",
    ),
]


@pytest.mark.parametrize(("name", "mutate", "path"), INVALID, ids=[i[0] for i in INVALID])
def test_each_kind_names_its_json_path(name: str, mutate: Any, path: str) -> None:
    body = _dict_body()
    mutate(body)
    with pytest.raises(RequestValidationError) as info:
        validate_request_body("pre_sign_mini_program", body)
    assert info.value.path == path
    assert info.value.operation_id == "pre_sign_mini_program"
    assert str(info.value).startswith(path + " ")
    for value in (REAL_NAME, ID_CARD, "张" * 72, "PASSPORT", "2027-02-30", "12535"):
        assert value not in str(info.value)  # the rule, never the value


def test_valid_bodies_pass_for_every_operation_with_a_body() -> None:
    validate_request_body("pre_sign_mini_program", _dict_body())
    validate_request_body(
        "pre_sign_mini_program", _dict_body(real_identity={"real_name": "a" * 214, "id_card_number": ""})
    )
    validate_request_body("schedule_policy_period", {"appid": "wx", "scheduled_amount": {"total": 1}})
    validate_request_body("query_contract", None)  # no body: nothing to check
    validate_request_body("an_operation_not_in_the_spec", {"x": 1})
    with pytest.raises(RequestValidationError) as info:
        validate_request_body(
            "renew_contract",
            {
                "appid": "wx",
                "policy_end_date": "2027-11-30",
                "policy_periods": [
                    {
                        "policy_period_id": "1",
                        "estimated_deduct_date": "2027-01-01",
                        "estimated_deduct_amount": {"total": 1},
                    }
                ],
            },
        )
    assert info.value.path == "$.policy_periods[0].policy_period_id"


def test_exactly_214_bytes_pass_and_215_fail() -> None:
    body = _dict_body()
    body["real_identity"]["real_name"] = "é" * 107  # 214 bytes in UTF-8
    validate_request_body("pre_sign_mini_program", body)
    body["real_identity"]["real_name"] = "é" * 107 + "a"
    with pytest.raises(RequestValidationError):
        validate_request_body("pre_sign_mini_program", body)


def test_date_time_allof_and_refs_in_a_schema_document() -> None:
    document = {
        "paths": {
            "/x": {
                "post": {
                    "operationId": "op",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Outer"}}},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Outer": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {
                            "type": "object",
                            "required": ["when"],
                            "properties": {"when": {"type": "string", "format": "date-time"}},
                        },
                    ]
                },
                "Base": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "integer"}, "child": {"$ref": "#/components/schemas/Base"}},
                },
            }
        },
    }
    schemas = RequestSchemas(document)
    schemas.validate("op", {"id": 1, "when": "2026-01-02T15:04:05+08:00", "child": {"id": 2}})
    schemas.validate("op", {"id": 1, "when": "2026-01-02T15:04:05.123Z"})
    cases = [
        ({"id": 1}, "$.when"),
        ({"when": "2026-01-02T15:04:05Z"}, "$.id"),
        ({"id": 1, "when": "2026-01-02 15:04:05"}, "$.when"),
        ({"id": 1, "when": "2026-13-02T15:04:05Z"}, "$.when"),
        ({"id": 1, "when": "2026-01-02T15:04:05+24:00"}, "$.when"),
        ({"id": 1, "when": "2026-01-02T15:04:05Z", "child": {"id": "x"}}, "$.child.id"),
    ]
    for document_value, path in cases:
        with pytest.raises(RequestValidationError) as info:
            schemas.validate("op", document_value)
        assert info.value.path == path
    with pytest.raises(RequestValidationError) as info:
        schemas.validate_content("op", b"")
    assert info.value.path == "$"
    with pytest.raises(RequestValidationError):
        schemas.validate_content("op", b"{not json")


def test_the_spec_is_loaded_once_per_process() -> None:
    assert request_schemas() is request_schemas()
    assert "pre_sign_mini_program" in request_schemas()
    assert request_schemas().has_body("pre_sign_mini_program")
    assert not request_schemas().has_body("query_contract")


# ------------------------------------------------------------------------------------- through the client


def _typed_invalid_bodies() -> list[tuple[str, Any, str]]:
    start = _today()
    return [
        ("wrong type", pre_sign_body(plan_id="12535"), "$.plan_id"),
        (
            "enum",
            pre_sign_body(
                real_identity=InsuranceRealIdentity(
                    real_name=REAL_NAME, id_card_number=ID_CARD, identity_type="PASSPORT"
                )
            ),
            "$.real_identity.identity_type",
        ),
        (
            "over-long sensitive",
            pre_sign_body(real_identity=InsuranceRealIdentity(real_name="张" * 80, id_card_number=ID_CARD)),
            "$.real_identity.real_name",
        ),
        (
            "period id not an integer",
            pre_sign_body(
                policy_periods=[
                    InsurancePolicyPeriodPlan(
                        policy_period_id="1",
                        estimated_deduct_date=start,  # type: ignore[arg-type]
                        estimated_deduct_amount=InsuranceAmount(total=100),
                    )
                ]
            ),
            "$.policy_periods[0].policy_period_id",
        ),
        (
            "missing nested required",
            pre_sign_body(amount=InsuranceAmount(total=None)),  # type: ignore[arg-type]
            "$.amount.total",
        ),
        (
            "start date as datetime",
            pre_sign_body(policy_start_date=dt.datetime.combine(start, dt.time(8))),
            "$.policy_start_date",
        ),
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key_mode", ["public_key", "certificate"])
async def test_no_byte_reaches_the_socket(mode, key_mode, listener: Listener, make_client, credentials) -> None:
    keys: dict[str, Any] = {}
    if key_mode == "certificate":  # would download /v3/certificates first if validation came later
        keys = {"wechatpay_public_key_id": None, "wechatpay_public_key": None, "apiv3_key": credentials.apiv3_key}
    client = make_client(base_url=listener.base_url, **keys)
    for name, body, path in _typed_invalid_bodies():
        with pytest.raises(RequestValidationError) as info:
            if mode == "sync":
                pre_sign_mini_program.sync(client=client, body=body)
            else:
                await pre_sign_mini_program.asyncio(client=client, body=body)
        assert info.value.path == path, name
    assert listener.connections == 0
    assert listener.received == b""
    # Control: the listener does see a valid call (which then fails: it never answers).
    with pytest.raises(APIConnectionError):
        pre_sign_mini_program.sync(client=client, body=pre_sign_body())
    assert listener.connections >= 1 and listener.received.startswith(b"GET /v3/certificates" if keys else b"POST ")


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_validation_can_be_switched_off_per_client_and_per_call(mode, sandbox, make_client) -> None:
    invalid = pre_sign_body(plan_id="12535")

    async def call(client: Any) -> Any:
        if mode == "sync":
            return pre_sign_mini_program.sync(client=client, body=invalid)
        return await pre_sign_mini_program.asyncio(client=client, body=invalid)

    before = sandbox.request_count("pre_sign_mini_program")
    with pytest.raises(BadRequestError) as info:  # WeChat Pay (the sandbox) still refuses it
        await call(make_client(validate_requests=False))
    assert info.value.code == "PARAM_ERROR"
    client = make_client()
    with request_options(validate=False), pytest.raises(BadRequestError):
        await call(client)
    with pytest.raises(RequestValidationError):
        await call(client)
    assert sandbox.request_count("pre_sign_mini_program") - before == 2
    assert get_auth(client) is not get_auth(make_client())


def test_raw_calls_without_an_operation_are_not_validated(sandbox, make_client) -> None:
    client = make_client()
    before = sandbox.request_count("pre_sign_mini_program")
    with pytest.raises(BadRequestError):
        client.get_httpx_client().post(PRE_SIGN_PATH, json={"plan_id": "x"})
    assert sandbox.request_count("pre_sign_mini_program") - before == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_over_long_path_parameter_is_refused_before_sending(mode, sandbox, make_client) -> None:
    from wechatpay_client.api.pay import query_transaction_by_out_trade_no

    client = make_client()
    before = sandbox.request_count("query_transaction_by_out_trade_no")
    too_long = "T" * 33  # out_trade_no is string(32)
    with pytest.raises(RequestValidationError) as info:
        if mode == "sync":
            query_transaction_by_out_trade_no.sync(too_long, client=client, mchid=sandbox.credentials.mchid)
        else:
            await query_transaction_by_out_trade_no.asyncio(too_long, client=client, mchid=sandbox.credentials.mchid)
    assert info.value.path == "out_trade_no (path parameter)"
    assert "at most 32 characters" in str(info.value) and too_long not in str(info.value)
    assert sandbox.request_count("query_transaction_by_out_trade_no") == before
    # The sandbox refuses the same request on its own (client-side validation off).
    with pytest.raises(BadRequestError) as answer:
        query_transaction_by_out_trade_no.sync(
            too_long, client=make_client(validate_requests=False), mchid=sandbox.credentials.mchid
        )
    assert answer.value.code == "PARAM_ERROR"
