"""Issue 13, item 2 (and the ``UnexpectedStatus`` part of item 9): a verified 2xx answer that does
not decode into the typed model is a ``ResponseValidationError``, never a raw Python exception.

The answers are signed by a test-side signer (``cryptography``, the WeChat Pay key of the sandbox
credentials) and served through ``httpx.MockTransport`` to a ``create_client`` client, so the
SDK verifies them exactly as it verifies WeChat Pay's before the typed decoding runs.
"""

from __future__ import annotations

import ast
import base64
import json
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from hardening_kit import pre_sign_body
from wechatpay_auth import WeChatPayError, create_client
from wechatpay_sandbox import SandboxCredentials

REPO = Path(__file__).resolve().parents[2]
REQUEST_ID = "08F78BB5AF0610D302A0A0CD0C0A0B0C0D0E0F10"
MARKER = "MARKER-7f3a9c"  # a value of the answer: must never appear in str() or repr() of the error

REFUND_ANSWER: dict[str, Any] = {
    "refund_id": "50000000382019052709732678859",
    "out_refund_no": MARKER,
    "transaction_id": "1217752501201407033233368018",
    "out_trade_no": "1217752501201407033233368018",
    "channel": "ORIGINAL",
    "user_received_account": "招商银行信用卡0403",
    "create_time": "2026-12-01T13:29:35+08:00",
    "status": "PROCESSING",
    "amount": {
        "total": 100,
        "refund": 100,
        "payer_total": 100,
        "payer_refund": 100,
        "settlement_refund": 100,
        "settlement_total": 100,
        "discount_refund": 0,
        "currency": "CNY",
    },
}
CONTRACT_ANSWER: dict[str, Any] = {
    "mchid": "1230000109",
    "contract_id": "2701170167793274220046838030",
    "appid": "wxd678efh567hg6787",
    "plan_id": 12535,
    "out_contract_code": MARKER,
    "contract_state": "SIGNED",
    "openid": "o6qZKQ6H7ROE1zx6MpJk7PtUuJpB",
    "contract_signed_time": "2026-12-01T13:29:35+08:00",
}


def _changed(document: dict[str, Any], path: tuple[str, ...], value: Any) -> bytes:
    copy = json.loads(json.dumps(document))
    node = copy
    for key in path[:-1]:
        node = node[key]
    if value is _DROP:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return json.dumps(copy, ensure_ascii=False).encode()


_DROP = object()


class SignedServer:
    """Answers every business request with ``status`` and ``body``, signed with the WeChat Pay key."""

    def __init__(self, credentials: SandboxCredentials) -> None:
        key = serialization.load_pem_private_key(credentials.wechatpay_private_key_pem.encode(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        self._key = key
        self._serial = credentials.public_key_id
        self.status = 200
        self.body = b""
        self.requests = 0

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        timestamp, nonce = str(int(time.time())), secrets.token_hex(16)
        message = f"{timestamp}\n{nonce}\n".encode() + self.body + b"\n"
        signature = base64.b64encode(self._key.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()
        headers = {
            "Wechatpay-Timestamp": timestamp,
            "Wechatpay-Nonce": nonce,
            "Wechatpay-Signature": signature,
            "Wechatpay-Serial": self._serial,
            "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
            "Request-ID": REQUEST_ID,
            "Content-Type": "application/json",
        }
        return httpx.Response(self.status, headers=headers, content=self.body)

    async def aanswer(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request)


@pytest.fixture
def server(credentials: SandboxCredentials) -> SignedServer:
    return SignedServer(credentials)


@pytest.fixture
def client(server: SignedServer, credentials: SandboxCredentials, merchant_key: rsa.RSAPrivateKey) -> Iterator[Any]:
    made = create_client(
        credentials.mchid,
        merchant_serial_no=credentials.merchant_serial_no,
        merchant_private_key=merchant_key,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        base_url="https://api.mch.weixin.qq.com",
        retry=None,
        transport=httpx.MockTransport(server.answer),
        async_transport=httpx.MockTransport(server.aanswer),
    )
    yield made
    made.get_httpx_client().close()


def refund_request() -> Any:
    from wechatpay_client.models import RefundCreateRequest

    return RefundCreateRequest.from_dict(
        {
            "transaction_id": "1217752501201407033233368018",
            "out_refund_no": "R20261201000001",
            "amount": {"refund": 100, "total": 100, "currency": "CNY"},
        }
    )


def call_create_refund(client: Any) -> Any:
    from wechatpay_client.api.refunds import create_refund

    return create_refund.sync(client=client, body=refund_request())


# (case id, body, expected reason, expected JSON path or None)
UNDECODABLE: list[tuple[str, bytes, str, str | None]] = [
    ("garbled", b'{"refund_id": "5000', "not_json", None),
    ("empty", b"", "not_json", None),
    ("null", b"null", "not_an_object", "$"),
    ("array", b"[]", "not_an_object", "$"),
    ("string", b'"SUCCESS"', "not_an_object", "$"),
    ("missing_field", _changed(REFUND_ANSWER, ("refund_id",), _DROP), "missing_field", "$.refund_id"),
    (
        "missing_nested_field",
        _changed(REFUND_ANSWER, ("amount", "currency"), _DROP),
        "missing_field",
        "$.amount.currency",
    ),
    ("bad_date", _changed(REFUND_ANSWER, ("create_time",), "yesterday"), "invalid_value", "$.create_time"),
    ("date_not_a_string", _changed(REFUND_ANSWER, ("create_time",), 20261201), "invalid_value", "$.create_time"),
    ("object_is_a_string", _changed(REFUND_ANSWER, ("amount",), "100"), "invalid_value", "$.amount"),
    ("non_utf8", json.dumps(REFUND_ANSWER, ensure_ascii=False).encode("gb18030"), "not_utf8", None),
    ("deeply_nested", b'{"refund_id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "too_deep", None),
    (
        "huge_integer",
        _changed(REFUND_ANSWER, ("amount",), 0).replace(b'"amount": 0', b'"amount": ' + b"9" * 5000),
        "not_json",
        None,
    ),
    ("nan", _changed(REFUND_ANSWER, ("amount",), 0).replace(b'"amount": 0', b'"amount": NaN'), "not_json", None),
    # The type policy (auth_plugin/README.md): a value of the wrong JSON type is refused, as in notifications.
    ("string_in_integer_field", _changed(REFUND_ANSWER, ("amount", "refund"), "100"), "wrong_type", "$.amount.refund"),
    ("float_in_integer_field", _changed(REFUND_ANSWER, ("amount", "total"), 1.5), "wrong_type", "$.amount.total"),
    ("bool_in_integer_field", _changed(REFUND_ANSWER, ("amount", "total"), True), "wrong_type", "$.amount.total"),
    ("integer_in_string_field", _changed(REFUND_ANSWER, ("status",), 1), "wrong_type", "$.status"),
    ("null_in_required_field", _changed(REFUND_ANSWER, ("channel",), None), "wrong_type", "$.channel"),
]


def assert_is_decoding_error(
    error: BaseException, server: SignedServer, *, reason: str, path: str | None, operation_id: str
) -> None:
    assert isinstance(error, WeChatPayError)
    assert type(error).__name__ == "ResponseValidationError"
    assert getattr(error, "reason", None) == reason
    assert getattr(error, "status_code", None) == server.status
    assert getattr(error, "request_id", None) == REQUEST_ID
    assert getattr(error, "body", None) == server.body  # the raw answer, as an attribute
    assert getattr(error, "operation_id", None) == operation_id
    assert getattr(error, "verified", None) is True
    if path is not None:
        assert getattr(error, "path", None) == path
    text, shown = str(error), repr(error)
    assert "verified" in text and operation_id in text and REQUEST_ID in text
    assert MARKER not in text and MARKER not in shown  # the body is never in str() or repr()
    if len(server.body) > 40:
        assert server.body.decode("utf-8", "replace")[:40] not in text
    # Nothing from the decoder's own exceptions (which may quote values) rides along.
    assert error.__cause__ is None and error.__context__ is None


@pytest.mark.parametrize(("case", "body", "reason", "path"), UNDECODABLE, ids=[c[0] for c in UNDECODABLE])
def test_an_undecodable_answer_to_an_unsafe_post_says_it_was_executed(
    client: Any, server: SignedServer, case: str, body: bytes, reason: str, path: str | None
) -> None:
    server.body = body
    with pytest.raises(WeChatPayError) as info:
        call_create_refund(client)
    error = info.value
    assert_is_decoding_error(error, server, reason=reason, path=path, operation_id="create_refund")
    assert getattr(error, "reconcile_with", None) == "query_refund"
    assert "reconcile with query_refund" in str(error)
    assert server.requests == 1  # a decoding failure is never retried: the call was executed


def test_the_valid_answer_still_decodes(client: Any, server: SignedServer) -> None:
    server.body = json.dumps(REFUND_ANSWER).encode()
    refund = call_create_refund(client)
    assert refund.out_refund_no == MARKER
    assert refund.amount.refund == 100
    assert refund.create_time.isoformat() == "2026-12-01T13:29:35+08:00"


@pytest.mark.parametrize("status", [201, 202, 203, 206])
def test_a_signed_2xx_the_operation_does_not_declare_is_a_decoding_error(
    client: Any, server: SignedServer, status: int
) -> None:
    server.status, server.body = status, json.dumps(REFUND_ANSWER).encode()
    with pytest.raises(WeChatPayError) as info:
        call_create_refund(client)
    assert_is_decoding_error(info.value, server, reason="undeclared_status", path=None, operation_id="create_refund")
    assert f"HTTP {status}" in str(info.value)
    assert getattr(info.value, "reconcile_with", None) == "query_refund"


def test_a_body_on_a_204_operation_with_another_status_is_a_decoding_error(client: Any, server: SignedServer) -> None:
    from wechatpay_client.api.insurance_sign import renew_contract
    from wechatpay_client.models import InsuranceRenewContractRequest

    server.status, server.body = 200, b'{"contract_id":"' + MARKER.encode() + b'"}'
    body = InsuranceRenewContractRequest.from_dict(
        {
            "appid": "wxd678efh567hg6787",
            "policy_periods": [
                {
                    "policy_period_id": 2,
                    "estimated_deduct_date": "2027-12-01",
                    "estimated_deduct_amount": {"total": 100},
                }
            ],
        }
    )
    with pytest.raises(WeChatPayError) as info:
        renew_contract.sync_detailed(12535, "C1", client=client, body=body)
    assert_is_decoding_error(info.value, server, reason="undeclared_status", path=None, operation_id="renew_contract")
    assert getattr(info.value, "reconcile_with", None) == "query_contract"


async def test_async_calls_raise_the_same_error(client: Any, server: SignedServer) -> None:
    from wechatpay_client.api.refunds import create_refund

    server.body = _changed(REFUND_ANSWER, ("amount", "payer_total"), "100")
    with pytest.raises(WeChatPayError) as info:
        await create_refund.asyncio(client=client, body=refund_request())
    assert_is_decoding_error(
        info.value, server, reason="wrong_type", path="$.amount.payer_total", operation_id="create_refund"
    )


def test_the_detailed_call_raises_too(client: Any, server: SignedServer) -> None:
    from wechatpay_client.api.refunds import create_refund

    server.body = b"[]"
    with pytest.raises(WeChatPayError) as info:
        create_refund.sync_detailed(client=client, body=refund_request())
    assert_is_decoding_error(info.value, server, reason="not_an_object", path="$", operation_id="create_refund")


def test_the_unsafe_pre_sign_names_its_reconcile_query(client: Any, server: SignedServer) -> None:
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    server.body = b'{"pre_entrustweb_id": "' + MARKER.encode() + b'", "redirect_appid": "wx1"}'
    with pytest.raises(WeChatPayError) as info:
        pre_sign_mini_program.sync(client=client, body=pre_sign_body())
    assert_is_decoding_error(
        info.value, server, reason="missing_field", path="$.redirect_path", operation_id="pre_sign_mini_program"
    )
    assert getattr(info.value, "reconcile_with", None) == "query_contract"


@pytest.mark.parametrize(
    ("body", "reason", "path"),
    [
        (
            _changed(CONTRACT_ANSWER, ("contract_signed_time",), "2026-13-45T99:00:00+08:00"),
            "invalid_value",
            "$.contract_signed_time",
        ),
        (_changed(CONTRACT_ANSWER, ("plan_id",), "12535"), "wrong_type", "$.plan_id"),
        (_changed(CONTRACT_ANSWER, ("contract_id",), _DROP), "missing_field", "$.contract_id"),
    ],
)
def test_a_safe_query_names_no_reconcile_query(
    client: Any, server: SignedServer, body: bytes, reason: str, path: str
) -> None:
    from wechatpay_client.api.insurance_sign import query_contract

    server.body = body
    with pytest.raises(WeChatPayError) as info:
        query_contract.sync(12535, "C1", client=client)
    assert_is_decoding_error(info.value, server, reason=reason, path=path, operation_id="query_contract")
    assert getattr(info.value, "reconcile_with", "unset") is None
    assert "reconcile" not in str(info.value)


def test_an_unverified_answer_is_not_called_verified() -> None:
    """A plain generated client (no WeChatPayAuth) gets the same error, without the word 'verified'."""
    from wechatpay_client import Client
    from wechatpay_client.api.insurance_sign import query_contract

    plain = Client(base_url="https://api.example.test")
    plain.set_httpx_client(
        httpx.Client(base_url="https://api.example.test", transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    )
    with pytest.raises(WeChatPayError) as info:
        query_contract.sync(12535, "C1", client=plain)
    assert getattr(info.value, "verified", None) is False
    assert getattr(info.value, "reason", None) == "not_json"
    assert "not verified" in str(info.value)


def test_unexpected_status_keeps_the_body_out_of_its_message() -> None:
    """Item 9: a non-2xx reaching a plain generated client; the body stays in ``.content``."""
    from wechatpay_client import Client, errors
    from wechatpay_client.api.insurance_sign import query_contract

    body = json.dumps({"code": "PARAM_ERROR", "message": MARKER}).encode()
    plain = Client(base_url="https://api.example.test")
    plain.set_httpx_client(
        httpx.Client(
            base_url="https://api.example.test",
            transport=httpx.MockTransport(lambda r: httpx.Response(400, content=body)),
        )
    )
    with pytest.raises(errors.UnexpectedStatus) as info:
        query_contract.sync(12535, "C1", client=plain)
    assert info.value.status_code == 400
    assert info.value.content == body
    assert MARKER not in str(info.value) and MARKER not in repr(info.value)
    assert "400" in str(info.value)


# --------------------------------------------------------------------------- one type policy


def _mutations() -> Iterator[tuple[str, Callable[[dict[str, Any]], None]]]:
    def setter(path: tuple[str, ...], value: Any) -> Callable[[dict[str, Any]], None]:
        def apply(document: dict[str, Any]) -> None:
            node = document
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value

        return apply

    yield "intact", lambda d: None
    for value in ("1", 1.0, 1.5, True, None, [], {}):
        yield f"total={value!r}", setter(("amount", "total"), value)
    for value in (1, None, True, [], {}):
        yield f"status={value!r}", setter(("status",), value)
    yield "from=str", setter(("amount", "from"), "x")
    yield "from=[1]", setter(("amount", "from"), [1])
    yield "from=[{}]", setter(("amount", "from"), [{"account": 1, "amount": 1}])
    yield "funds_account=1", setter(("funds_account",), 1)


@pytest.mark.parametrize(("name", "mutate"), list(_mutations()), ids=[n for n, _ in _mutations()])
def test_answers_and_notifications_apply_the_same_type_policy(name: str, mutate: Callable[..., None]) -> None:
    """The answer decoder and the notification parser accept and refuse exactly the same models:
    the parser uses the decoder's own check (one policy, one implementation)."""
    from wechatpay_auth import _decode, _notifications
    from wechatpay_client.models import Refund

    assert _notifications.model_mismatch is _decode.model_mismatch
    document = json.loads(json.dumps(REFUND_ANSWER))
    mutate(document)
    try:
        instance = Refund.from_dict(document)
    except Exception:  # noqa: BLE001 - refused by the generated decoder itself, in both paths
        return
    if name != "intact":
        assert _decode.model_mismatch(instance) is not None
    else:
        assert _decode.model_mismatch(instance) is None


# --------------------------------------------------------------------------- the contract


def test_generated_code_imports_from_the_runtime_only_its_decoder() -> None:
    """docs/CONTRACTS.md: endpoint modules import ``wechatpay_auth._decode`` and nothing else of the runtime.

    (Its ``encode_body`` since issue 14; the resource classes in ``resources/`` import nothing of it.)
    """
    package = REPO / "generated_client" / "wechatpay_client"
    endpoints = 0
    for path in package.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("wechatpay_auth"):
                assert node.module == "wechatpay_auth._decode", path
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("wechatpay_auth") for a in node.names), path
        if names:
            assert path.parent.parent.name == "api", path  # only endpoint modules
            assert "undeclared_answer" in names and names <= {"decode_answer", "encode_body", "undeclared_answer"}, path
            endpoints += 1
    assert endpoints == len(_metadata_operations())


def _metadata_operations() -> list[str]:
    from wechatpay_client._metadata import OPERATIONS

    return list(OPERATIONS)


@pytest.mark.parametrize("module", ["_decode.py", "_errors.py"])
def test_the_runtime_decoder_does_not_import_the_generated_package_at_import_time(module: str) -> None:
    tree = ast.parse((REPO / "auth_plugin" / "wechatpay_auth" / module).read_text(encoding="utf-8"))
    for node in tree.body:  # module level only: lazy imports inside functions are allowed
        names = (
            [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in getattr(node, "names", [])]
        )
        if isinstance(node, ast.Import | ast.ImportFrom):
            assert not any(n.startswith("wechatpay_client") for n in names)


def test_an_empty_2xx_on_a_no_content_operation_is_a_success(client: Any, server: SignedServer) -> None:
    """A 204 operation answered 200 (or 202) with an empty, signed body: nothing to decode, no error."""
    from wechatpay_client.api.insurance_sign import renew_contract
    from wechatpay_client.models import InsuranceRenewContractRequest

    server.status, server.body = 200, b""
    body = InsuranceRenewContractRequest.from_dict(
        {
            "appid": "wxd678efh567hg6787",
            "policy_periods": [
                {
                    "policy_period_id": 2,
                    "estimated_deduct_date": "2027-12-01",
                    "estimated_deduct_amount": {"total": 100},
                }
            ],
        }
    )
    response = renew_contract.sync_detailed(12535, "C1", client=client, body=body)
    assert response.status_code == 200 and response.parsed is None
