"""Operations without business rules: the protocol checks, then an answer synthesised from the spec.

A small synthetic spec (below) exercises what the synthesiser must handle: ``$ref`` and
``allOf``, enums, dates and times, patterns, nested required objects, arrays, examples, echoed
request fields, a sensitive response field, a 204, a file answer without signature, and one
path that has a business handler (which must take precedence).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from sandbox_helpers import ApiClient, load_private, load_public, oaep_encrypt, unique
from wechatpay_sandbox import Sandbox, SandboxCredentials, load_spec
from wechatpay_sandbox._synth import Context, Synthesizer, sample_pattern

BEIJING = dt.timezone(dt.timedelta(hours=8))


def _ok(schema: str) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": schema}}}}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "synthetic", "version": "1"},
    "paths": {
        "/v3/widgets": {
            "post": {
                "operationId": "create_widget",
                "tags": ["widgets"],
                "parameters": [{"$ref": "#/components/parameters/Serial"}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetRequest"}}},
                },
                "responses": _ok("#/components/schemas/Widget"),
            }
        },
        "/v3/widgets/{widget_id}": {
            "get": {
                "operationId": "query_widget",
                "parameters": [
                    {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "mchid", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "day", "in": "query", "required": False, "schema": {"type": "string", "format": "date"}},
                ],
                "responses": _ok("#/components/schemas/Widget"),
            },
            "delete": {
                "operationId": "delete_widget",
                "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "deleted"}},
            },
        },
        "/v3/widgets/{widget_id}/secret": {
            "get": {
                "operationId": "query_widget_secret",
                "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": _ok("#/components/schemas/WidgetSecret"),
            }
        },
        "/v3/widgets/{widget_id}/file": {
            "get": {
                "operationId": "download_widget_file",
                "x-wechatpay-signed-response": False,
                "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "file",
                        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                    }
                },
            }
        },
        "/v3/examples": {
            "get": {
                "operationId": "query_example",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Example"},
                                "examples": {"first": {"value": {"label": "from-media-example", "count": 7}}},
                            }
                        },
                    }
                },
            }
        },
        # a path the sandbox has business rules for: they must win over synthesis
        "/v3/pay/transactions/native": {
            "post": {
                "operationId": "create_native_transaction",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NativeRequest"}}},
                },
                "responses": _ok("#/components/schemas/NativeResponse"),
            }
        },
    },
    "components": {
        "parameters": {"Serial": {"name": "Wechatpay-Serial", "in": "header", "schema": {"type": "string"}}},
        "schemas": {
            "Amount": {
                "type": "object",
                "required": ["total"],
                "properties": {"total": {"type": "integer"}, "currency": {"type": "string"}},
            },
            "WidgetRequest": {
                "type": "object",
                "required": ["mchid", "out_widget_no", "amount"],
                "properties": {
                    "mchid": {"type": "string"},
                    "appid": {"type": "string"},
                    "out_widget_no": {"type": "string"},
                    "amount": {"$ref": "#/components/schemas/Amount"},
                    "note": {"type": "string"},
                    "owner_name": {"type": "string", "x-wechatpay-sensitive": True},
                    "holders": {"type": "array", "items": {"type": "string", "x-wechatpay-sensitive": True}},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            },
            "WidgetBase": {
                "type": "object",
                "required": ["widget_id", "mchid", "state"],
                "properties": {
                    "widget_id": {"type": "string"},
                    "mchid": {"type": "string"},
                    "state": {"type": "string", "enum": ["ACTIVE", "RETIRED"]},
                },
            },
            "Widget": {
                "allOf": [
                    {"$ref": "#/components/schemas/WidgetBase"},
                    {
                        "type": "object",
                        "required": ["out_widget_no", "amount", "create_time", "valid_until", "code", "parts"],
                        "properties": {
                            "out_widget_no": {"type": "string"},
                            "appid": {"type": "string"},
                            "amount": {"$ref": "#/components/schemas/WidgetAmount"},
                            "note": {"type": "string"},
                            "unused_optional": {"type": "string"},
                            "create_time": {"type": "string", "format": "date-time"},
                            "valid_until": {"type": "string", "format": "date"},
                            "code": {"type": "string", "pattern": "^WG[0-9]{6}-[a-f]{2}$"},
                            "level": {"type": "integer", "minimum": 3, "maximum": 9},
                            "ratio": {"type": "number", "exclusiveMinimum": 0},
                            "active": {"type": "boolean"},
                            "parts": {
                                "type": "array",
                                "minItems": 2,
                                "items": {
                                    "type": "object",
                                    "required": ["part_id", "kind"],
                                    "properties": {"part_id": {"type": "string"}, "kind": {"const": "PART"}},
                                },
                            },
                            "tags": {"type": "array", "items": {"type": "string"}},
                            "owner_name": {"type": "string"},
                            "holders": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                ]
            },
            "WidgetAmount": {
                "type": "object",
                "required": ["total", "payer_total", "currency"],
                "additionalProperties": False,
                "properties": {
                    "total": {"type": "integer"},
                    "payer_total": {"type": "integer"},
                    "currency": {"type": "string"},
                },
            },
            "WidgetSecret": {
                "type": "object",
                "required": ["widget_id", "holder"],
                "properties": {
                    "widget_id": {"type": "string"},
                    "holder": {"type": "string", "x-wechatpay-sensitive": True, "example": "李四"},
                },
            },
            "Example": {
                "type": "object",
                "required": ["label", "count", "kind"],
                "properties": {
                    "label": {"type": "string"},
                    "count": {"type": "integer"},
                    "kind": {"type": "string", "example": "schema-example"},
                },
            },
            "NativeRequest": {
                "type": "object",
                "required": ["appid", "mchid", "description", "out_trade_no", "notify_url", "amount"],
                "properties": {
                    "appid": {"type": "string"},
                    "mchid": {"type": "string"},
                    "description": {"type": "string"},
                    "out_trade_no": {"type": "string"},
                    "notify_url": {"type": "string"},
                    "amount": {"$ref": "#/components/schemas/Amount"},
                },
            },
            "NativeResponse": {
                "type": "object",
                "required": ["code_url"],
                "properties": {"code_url": {"type": "string"}},
            },
        },
    },
}


@pytest.fixture(scope="module")
def synthetic(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    with Sandbox("public_key", credentials=credentials, strict_responses=True, spec=SPEC) as sb:
        yield sb


@pytest.fixture
def client(synthetic: Sandbox) -> Iterator[ApiClient]:
    c = ApiClient(synthetic)
    yield c
    c.close()


def _widget_body(credentials: SandboxCredentials, **extra: Any) -> dict[str, Any]:
    return {"mchid": credentials.mchid, "out_widget_no": unique("W"), "amount": {"total": 150}, **extra}


def test_answer_is_synthesised_signed_and_valid(client: ApiClient, synthetic: Sandbox) -> None:
    body = _widget_body(synthetic.credentials, appid="wx1234567890abcdef", note="hello", tags=["a", "b"])
    response = client.verified(client.post("/v3/widgets", body))
    assert response.status_code == 200
    widget = response.json()
    schema = load_spec(SPEC).get("create_widget")
    assert schema is not None and schema.response_schema is not None
    assert synthetic.spec.validator.validate(schema.response_schema, widget) is None
    # echoed request fields, at the top level and inside the same-named object
    assert widget["out_widget_no"] == body["out_widget_no"]
    assert widget["mchid"] == synthetic.credentials.mchid
    assert widget["appid"] == "wx1234567890abcdef"
    assert widget["note"] == "hello"
    assert widget["tags"] == ["a", "b"]
    assert widget["amount"] == {"total": 150, "payer_total": 1, "currency": "CNY"}
    # type-correct values for the rest
    assert widget["state"] == "ACTIVE"  # the first enum value
    assert re.fullmatch(r"\d{28}", widget["widget_id"])
    assert re.fullmatch(r"^WG[0-9]{6}-[a-f]{2}$", widget["code"])
    created = dt.datetime.fromisoformat(widget["create_time"])
    assert created.utcoffset() == dt.timedelta(hours=8)
    assert abs(created.timestamp() - dt.datetime.now(BEIJING).timestamp()) < 60
    assert widget["valid_until"] == dt.datetime.now(BEIJING).date().isoformat()
    assert len(widget["parts"]) == 2 and all(p["kind"] == "PART" for p in widget["parts"])
    # optional properties absent from the request are left out
    assert "unused_optional" not in widget and "level" not in widget and "owner_name" not in widget


def test_sensitive_request_fields_are_decrypted_and_echoed_as_plaintext(client: ApiClient, synthetic: Sandbox) -> None:
    creds = synthetic.credentials
    key = load_public(creds.wechatpay_public_key_pem)
    holders = [oaep_encrypt(key, "甲"), oaep_encrypt(key, "乙")]
    body = _widget_body(creds, owner_name=oaep_encrypt(key, "王五"), holders=holders)
    response = client.verified(client.post("/v3/widgets", body, headers={"Wechatpay-Serial": creds.public_key_id}))
    assert response.status_code == 200, response.text
    # plain fields in the answer: the decrypted values, every array item in its place
    assert response.json()["owner_name"] == "王五"
    assert response.json()["holders"] == ["甲", "乙"]
    bad = client.post("/v3/widgets", _widget_body(creds, owner_name="not-encrypted"))
    assert bad.status_code == 400 and bad.json()["detail"]["field"] == "Wechatpay-Serial"


def test_sensitive_response_fields_are_encrypted_for_the_merchant(client: ApiClient, synthetic: Sandbox) -> None:
    response = client.verified(client.get("/v3/widgets/W1/secret"))
    answer = response.json()
    assert answer["widget_id"] == "W1"
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    merchant = load_private(synthetic.credentials.merchant_private_key_pem)
    assert merchant.decrypt(base64.b64decode(answer["holder"]), oaep).decode() == "李四"  # the schema example


def test_path_and_query_parameters_are_echoed(client: ApiClient, synthetic: Sandbox) -> None:
    mchid = synthetic.credentials.mchid
    widget = client.verified(client.get(f"/v3/widgets/W-77?mchid={mchid}")).json()
    assert widget["widget_id"] == "W-77"
    assert widget["mchid"] == mchid


def test_media_and_schema_examples_are_used(client: ApiClient) -> None:
    answer = client.verified(client.get("/v3/examples")).json()
    assert answer == {"label": "from-media-example", "count": 7, "kind": "schema-example"}


def test_204_is_an_empty_signed_answer(client: ApiClient) -> None:
    response = client.verified(client.request("DELETE", "/v3/widgets/W1"))
    assert response.status_code == 204
    assert response.content == b""


def test_unsigned_file_operation(client: ApiClient) -> None:
    response = client.get("/v3/widgets/W1/file")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.content
    assert not [h for h in response.headers if h.lower().startswith("wechatpay-")]
    assert response.headers["request-id"]


def test_the_checks_still_apply(client: ApiClient, synthetic: Sandbox) -> None:
    creds = synthetic.credentials
    missing = client.post("/v3/widgets", {"mchid": creds.mchid, "amount": {"total": 1}})
    assert missing.status_code == 400 and missing.json()["detail"]["field"] == "/out_widget_no"
    client.verified(missing)  # errors are signed too
    wrong_type = client.post("/v3/widgets", _widget_body(creds, amount={"total": "1"}))
    assert wrong_type.json()["detail"]["field"] == "/amount/total"
    bad_date = client.get(f"/v3/widgets/W1?mchid={creds.mchid}&day=2024-02-30")
    assert bad_date.status_code == 400 and bad_date.json()["detail"]["field"] == "day"
    unsigned = client.post("/v3/widgets", _widget_body(creds), authorization="WECHATPAY2-SHA256-RSA2048 x")
    assert unsigned.status_code == 401 and unsigned.json()["code"] == "SIGN_ERROR"
    assert client.get("/v3/widgets").status_code == 405


def test_mchid_must_be_the_signing_merchant(client: ApiClient, synthetic: Sandbox) -> None:
    in_body = client.post("/v3/widgets", {**_widget_body(synthetic.credentials), "mchid": "1230000109"})
    assert in_body.status_code == 400
    assert in_body.json()["code"] == "PARAM_ERROR" and in_body.json()["detail"]["field"] == "/mchid"
    in_query = client.get("/v3/widgets/W1?mchid=1230000109")
    assert in_query.status_code == 400 and in_query.json()["detail"] == {
        "field": "mchid",
        "issue": "does not match the mchid of the Authorization header",
        "location": "query",
        "value": "1230000109",
    }


def test_business_handlers_take_precedence(client: ApiClient, synthetic: Sandbox) -> None:
    body: dict[str, Any] = {
        "appid": "wxd678efh567hg6787",
        "mchid": synthetic.credentials.mchid,
        "description": "synthetic spec, real rules",
        "out_trade_no": unique("N"),
        "notify_url": "https://example.com/notify",
        "amount": {"total": 1},
    }
    answer = client.verified(client.post("/v3/pay/transactions/native", body)).json()
    assert answer["code_url"].startswith("weixin://wxpay/bizpayurl?pr=")
    assert synthetic.order(body["out_trade_no"]).trade_state == "NOTPAY"


def test_request_counts_cover_generic_operations(client: ApiClient, synthetic: Sandbox) -> None:
    before = synthetic.request_count("query_widget_secret")
    client.get("/v3/widgets/W9/secret")
    assert synthetic.request_count("query_widget_secret") == before + 1


# --------------------------------------------------------------------------- the synthesiser itself


@pytest.mark.parametrize(
    "pattern",
    [
        r"^wx[0-9a-f]{16}$",
        r"^[A-Za-z0-9_\-|*]{6,32}$",
        r"^\d{8}(\.\d{2})?$",
        r"^(GZIP|NONE)$",
        r"^[^@]+@[a-z]+\.com$",
        r"^PUB_KEY_ID_\d+$",
        r"^\w+-\W\s\S$",
    ],
)
def test_sample_pattern(pattern: str) -> None:
    for longest in (False, True):
        sample = sample_pattern(pattern, longest=longest)
        assert sample is not None and re.search(pattern, sample), (pattern, sample)


def test_synthesiser_respects_the_validator() -> None:
    spec = load_spec(SPEC)
    synth = Synthesizer(spec.resolve, spec.validator, now=0, base_url="http://127.0.0.1:1")
    cases: list[dict[str, Any]] = [
        {"type": "integer", "minimum": 10, "maximum": 20},
        {"type": "integer", "exclusiveMaximum": 0},
        {"type": "number", "exclusiveMinimum": 5},
        {"type": "string", "minLength": 12},
        {"type": "string", "maxLength": 3},
        {"type": ["null", "string"], "format": "date"},
        {"oneOf": [{"type": "integer"}, {"type": "string", "enum": ["X"]}]},
        {"anyOf": [{"type": "string", "pattern": "^A+$"}]},
        {"type": "array", "minItems": 3, "maxItems": 3, "items": {"type": "boolean"}},
        {"allOf": [{"$ref": "#/components/schemas/Amount"}, {"required": ["currency"]}]},
    ]
    for schema in cases:
        value = synth.generate(schema, Context(), name="x")
        assert spec.validator.validate(schema, value) is None, (schema, value)
    assert synth.generate({"type": "string", "format": "date"}, Context()) == "1970-01-01"
    assert synth.generate({"type": "string", "format": "date-time"}, Context()) == "1970-01-01T08:00:00+08:00"


def test_complete_fills_only_what_is_missing() -> None:
    spec = load_spec(SPEC)
    synth = Synthesizer(spec.resolve, spec.validator, now=0, base_url="http://127.0.0.1:1")
    schema = {"$ref": "#/components/schemas/WidgetSecret"}
    assert synth.complete(schema, {"widget_id": "A"}, Context()) == {"widget_id": "A", "holder": "李四"}
    assert synth.complete(schema, {"widget_id": "A", "holder": "x", "extra": 1}, Context()) == {
        "widget_id": "A",
        "holder": "x",
        "extra": 1,
    }
