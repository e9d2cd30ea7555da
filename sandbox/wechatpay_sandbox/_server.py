"""The HTTP side: request checks in WeChat Pay's order, routing by the spec, signed responses.

Order of checks for an API request (``/v3/...``):

1. route by the spec's path templates: unknown path 404 ``NOT_FOUND``, wrong method 405;
2. count the request per operation, apply an injected fault (see ``_faults``);
3. ``Accept`` and ``User-Agent`` present, else 400 ``INVALID_REQUEST``;
4. ``Authorization``: scheme, the five parameters, mchid, merchant serial, timestamp within
   300 s (the boundary is accepted), RSA-SHA256 signature over
   ``METHOD\\nTARGET\\nTS\\nNONCE\\nBODY\\n`` with TARGET the raw request-target; else 401 ``SIGN_ERROR``;
   For a ``multipart/form-data`` upload the signed BODY is the ``meta`` part's bytes (protocol.md 7;
   the body is parsed first: ``meta`` then ``file``, else 400 ``INVALID_REQUEST``);
5. path, query and header parameters, then the JSON body (an upload: the ``meta`` JSON, its
   ``sha256`` against the file, the size limit), against the spec: 400 ``PARAM_ERROR``
   (``Wechatpay-Serial`` is required only when sensitive fields are sent);
6. sensitive fields OAEP-decrypted with the key named by ``Wechatpay-Serial``, then their plaintext
   checked against the field's limits: 400 ``PARAM_ERROR``;
7. ``mchid``/``sp_mchid`` in the body or query must be the signing merchant: 400 ``PARAM_ERROR``;
8. the business rules (``_state``, ``_payments``, ``_bills``) when the sandbox has them for the
   operation (``_BUSINESS``); otherwise an answer synthesised from the spec's success response
   (``_synth``: request fields echoed, examples used, type-correct values), or an empty 204.

Every answer to ``/v3/...`` (errors included) is signed over its exact body bytes, except a
successful bill download (``/v3/billdownload/file``, or any operation with
``x-wechatpay-signed-response: false``), which like WeChat Pay's carries no ``Wechatpay-*`` headers.
Response fields marked ``x-wechatpay-sensitive`` are RSA-OAEP encrypted with the merchant's
public key (the client decrypts them with its private key). With ``strict_responses`` every JSON
answer is first validated against the spec (a mismatch is a signed 500: a sandbox bug).
``/sandbox/...`` is the unsigned control API, served to loopback clients only.

The connection layer bounds what a client can make the sandbox hold: a request body is at most
``MAX_BODY`` (413 beyond; a chunked body is refused by its size lines, before the data), framing
is parsed strictly (400, or 501 for a transfer coding other than ``chunked``; the connection is
then closed), every wait for the client is bounded by ``socket_timeout``, and a request must arrive
whole within ``request_timeout`` of its first byte (408, then the connection is closed).
"""

from __future__ import annotations

import http
import http.server
import io
import ipaddress
import json
import logging
import re
import socket
import socketserver
import threading
import time
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from email.message import Message
from typing import Any, Final

import attrs

from . import _multipart as multipart
from ._bills import BillStore
from ._constants import (
    AUTH_PARAMS,
    AUTH_SCHEME,
    DOWNLOAD_PATH,
    HEADER_NONCE,
    HEADER_REQUEST_ID,
    HEADER_SERIAL,
    HEADER_SIGNATURE,
    HEADER_SIGNATURE_TYPE,
    HEADER_TIMESTAMP,
    LOGGER_NAME,
    MAX_BODY,
    MAX_LINE,
    MAX_TRAILERS,
    REQUEST_TIMEOUT,
    SIGNATURE_TYPE,
    SOCKET_TIMEOUT,
    TIMESTAMP_TOLERANCE,
    Code,
)
from ._crypto import (
    aead_encrypt,
    oaep_decrypt,
    oaep_encrypt,
    random_string,
    request_message,
    response_message,
    sign,
    verify,
)
from ._errors import SandboxError
from ._faults import (
    CONNECTION_KINDS,
    SIGNATURE_KINDS,
    STATUS_KINDS,
    Fault,
    FaultRegistry,
    tamper_signature_headers,
)
from ._faults import CORRUPT_DOWNLOAD as CORRUPT
from ._flows import FlowHandler, FlowRequest
from ._keys import KeyStore
from ._payments import PaymentState
from ._schema import SENSITIVE, Issue, coerce_parameter
from ._spec import JSON, Operation, Parameter, Spec
from ._state import RealIdentity, SandboxState, rfc3339
from ._synth import Context, Synthesizer, flatten

CERTIFICATES_PATH: Final = "/v3/certificates"
CERTIFICATES_OPERATION: Final = "get_certificates"  # used when the spec does not declare the endpoint
DOWNLOAD_OPERATION: Final = "download_bill_file"  # likewise for the bill download
MERCHANT_FIELDS: Final = ("mchid", "sp_mchid")
MEDIA_ID_PREFIX: Final = "SBX_"
MEDIA_ID_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
SYNTHETIC_FILE: Final = b"wechatpay-sandbox synthetic file\n"
SEND: Final = "send"
DROP: Final = "drop"
TRUNCATE: Final = "truncate"

_AUTH_PARAM_RE = re.compile(r'\s*([A-Za-z_]+)="([^"]*)"\s*')
_ASCII_DIGITS_RE = re.compile(r"[0-9]+")  # str.isdigit() also takes "²" (a Latin-1 header byte), int() does not
_TIMESTAMP_DIGITS: Final = 20  # longer is far outside the window (and int() refuses past 4,300 digits)

# (method, template with parameter names erased) -> business handler name
_BUSINESS: Final = {
    ("POST", "/v3/papay/insurance-sign/contracts/pre-entrust-sign/app"): "pre_sign_app",
    ("POST", "/v3/papay/insurance-sign/contracts/pre-entrust-sign/h5"): "pre_sign_h5",
    ("POST", "/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi"): "pre_sign_jsapi",
    ("POST", "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"): "pre_sign_mini_program",
    ("GET", "/v3/papay/insurance-sign/contracts/plan-id/{}/out-contract-code/{}"): "query_contract",
    ("POST", "/v3/papay/insurance-sign/contracts/plan-id/{}/out-contract-code/{}/terminate"): "terminate",
    ("POST", "/v3/papay/insurance-sign/contracts/plan-id/{}/contract-id/{}/renew"): "renew",
    ("GET", "/v3/papay/insurance-sign/policy_periods/plan-id/{}/out-contract-code/{}"): "list_periods",
    ("POST", "/v3/papay/insurance-sign/policy-periods/plan-id/{}/contract-id/{}/modify"): "modify",
    ("POST", "/v3/papay/insurance-pay/policy-periods/contract-id/{}/policy-period-id/{}/schedule"): "schedule",
    ("GET", "/v3/papay/insurance-pay/policy-periods/contract-id/{}/policy-period-id/{}"): "query_schedule",
    ("POST", "/v3/papay/insurance-pay/transactions/apply"): "apply",
    # 基础支付 (direct merchant), refunds, bills
    ("POST", "/v3/pay/transactions/jsapi"): "pay_jsapi",
    ("POST", "/v3/pay/transactions/app"): "pay_app",
    ("POST", "/v3/pay/transactions/h5"): "pay_h5",
    ("POST", "/v3/pay/transactions/native"): "pay_native",
    ("GET", "/v3/pay/transactions/id/{}"): "query_order_by_id",
    ("GET", "/v3/pay/transactions/out-trade-no/{}"): "query_order",
    ("POST", "/v3/pay/transactions/out-trade-no/{}/close"): "close_order",
    ("POST", "/v3/pay/transactions/codepay"): "codepay",
    ("POST", "/v3/pay/transactions/out-trade-no/{}/reverse"): "reverse",
    ("POST", "/v3/refund/domestic/refunds"): "refund",
    ("GET", "/v3/refund/domestic/refunds/{}"): "query_refund",
    ("POST", "/v3/refund/domestic/refunds/{}/apply-abnormal-refund"): "apply_abnormal_refund",
    ("GET", "/v3/bill/tradebill"): "trade_bill",
    ("GET", "/v3/bill/fundflowbill"): "fundflow_bill",
    ("GET", "/v3/profitsharing/bills"): "profitsharing_bill",
    # 委托代扣 deductions of the other papay families (the insurance one is above)
    ("POST", "/v3/papay/pay/transactions/apply"): "papay_apply",
    ("POST", "/v3/papay/pay/harmony/transactions/apply"): "papay_apply",
    ("GET", DOWNLOAD_PATH): "download",
}


@attrs.frozen
class Request:
    method: str
    target: str  # the raw request-target, as signed
    headers: Message = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)
    client_host: str

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


@attrs.define
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = attrs.field(factory=dict)
    action: str = SEND


def _json_bytes(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _param_error(issue: Issue, location: str) -> SandboxError:
    detail: dict[str, Any] = {"field": issue.field, "issue": issue.issue, "location": location}
    if issue.value is not None:
        detail["value"] = issue.value
    name = issue.field or "the request body"
    return SandboxError(400, Code.PARAM_ERROR, f"parameter error: {name} {issue.issue}", detail)


def _sign_error(reason: str) -> SandboxError:
    return SandboxError(401, Code.SIGN_ERROR, f"signature verification failed: {reason}")


def _values_at(node: Any, path: tuple[str, ...], pointer: str = "") -> list[tuple[str, Any]]:
    if not path:
        return [(pointer, node)]
    head, rest = path[0], path[1:]
    if head == "*":
        if not isinstance(node, list):
            return []
        return [hit for i, item in enumerate(node) for hit in _values_at(item, rest, f"{pointer}/{i}")]
    if isinstance(node, dict) and head in node:
        return _values_at(node[head], rest, f"{pointer}/{head}")
    return []


@attrs.define
class Answer:
    """What a handler answers: a JSON ``payload`` (None: no body), or ``raw`` file bytes."""

    status: int
    payload: Any = None
    raw: bytes | None = None
    content_type: str | None = None
    signed: bool = True


@attrs.frozen
class Call:
    """One checked request, as the handlers see it."""

    request: Request
    op: Operation
    args: tuple[Any, ...]  # path parameters in template order
    path: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any
    plain: Mapping[tuple[str, ...], str]  # decrypted sensitive fields by JSON path (the last one for "*")
    plain_at: Mapping[str, str] = attrs.field(factory=dict)  # the same by JSON pointer, every array item


@attrs.frozen
class Upload:
    """A file accepted by a multipart upload (the bytes are not kept)."""

    media_id: str
    operation_id: str
    filename: str
    sha256: str
    size: int
    content_type: str | None


BUILTIN_DOWNLOAD: Final = Operation(
    operation_id=DOWNLOAD_OPERATION,
    method="GET",
    path=DOWNLOAD_PATH,
    pattern=re.compile("^" + re.escape(DOWNLOAD_PATH) + "$"),
    parameters=(
        Parameter("token", "query", True, {"type": "string"}),
        Parameter("tartype", "query", False, {"type": "string"}),
    ),
    body_schema=None,
    body_required=False,
    success_status=200,
    response_schema=None,
    sensitive_fields=(),
    tag="bill",
    response_media_type="application/octet-stream",
    signed_response=False,
)


def _with_plaintext(body: Any, plain_at: Mapping[str, str]) -> Any:
    """A copy of the body with each decrypted sensitive field (by JSON pointer) in place of its ciphertext."""
    if not plain_at:
        return body
    copy = json.loads(json.dumps(body))
    for pointer, text in plain_at.items():
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        node = copy
        for part in parts[:-1]:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(parts[-1])] = text
        elif parts:
            node[parts[-1]] = text
    return copy


def _encrypt_at(node: Any, path: tuple[str, ...], encrypt: Callable[[str], str]) -> None:
    if not path:
        return
    head, rest = path[0], path[1:]
    if head == "*":
        if isinstance(node, list):
            for index, item in enumerate(node):
                if rest:
                    _encrypt_at(item, rest, encrypt)
                elif isinstance(item, str):
                    node[index] = encrypt(item)
        return
    if isinstance(node, dict) and head in node:
        if rest:
            _encrypt_at(node[head], rest, encrypt)
        elif isinstance(node[head], str):
            node[head] = encrypt(node[head])


class App:
    """Turns a :class:`Request` into a :class:`Response`. Shared by all connection threads."""

    def __init__(
        self,
        *,
        spec: Spec,
        keys: KeyStore,
        state: SandboxState,
        faults: FaultRegistry,
        apiv3_key: str,
        clock: Callable[[], float],
        logger: logging.Logger,
        base_url: Callable[[], str],
        strict_responses: bool,
        on_pre_sign: Callable[[str], None],
        controls: Callable[[Request], Response],
        payments: PaymentState | None = None,
        bills: BillStore | None = None,
        flow_routes: Mapping[tuple[str, str], FlowHandler] | None = None,
    ) -> None:
        self.spec = spec
        self.keys = keys
        self.state = state
        self.payments = (
            payments
            if payments is not None
            else PaymentState(mchid=keys.mchid, clock=clock, emit=lambda event: None, insurance=state)
        )
        self.bills = bills if bills is not None else BillStore(self.payments, clock, keys.mchid)
        self.faults = faults
        self._apiv3_key = apiv3_key
        self._clock = clock
        self._log = logger
        self._base_url = base_url
        self._strict = strict_responses
        self._on_pre_sign = on_pre_sign
        self._controls = controls
        self._flow_routes = dict(flow_routes or {})
        self._lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.certificate_downloads = 0
        self.uploads: list[Upload] = []
        certs = spec.find_by_shape("GET", CERTIFICATES_PATH)
        self._certificates_op = certs

    # ---------------------------------------------------------------- entry
    def dispatch(self, request: Request) -> Response:
        request_id = uuid.uuid4().hex.upper()
        if request.path == "/sandbox" or request.path.startswith("/sandbox/"):
            response = self._control(request)
        else:
            response = self._api(request, request_id)
        response.headers.setdefault(HEADER_REQUEST_ID, request_id)
        self._log.info("%s %s %s %s", request.method, request.path, response.status, request_id)
        return response

    def _control(self, request: Request) -> Response:
        try:
            loopback = ipaddress.ip_address(request.client_host.split("%", 1)[0]).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            return Response(
                403,
                _json_bytes({"code": "NO_AUTH", "message": "the control API is served to loopback clients only"}),
                {"Content-Type": "application/json"},
            )
        try:
            return self._controls(request)
        except SandboxError as exc:
            return Response(exc.status, _json_bytes(exc.body()), {"Content-Type": "application/json"})
        except Exception:  # noqa: BLE001 - a sandbox bug is a 500 answer, not a dropped connection
            self._log.exception("sandbox failure on %s %s", request.method, request.path)
            error = SandboxError(500, Code.SYSTEM_ERROR, "sandbox internal error")
            return Response(500, _json_bytes(error.body()), {"Content-Type": "application/json"})

    # ------------------------------------------------------------------ API
    def _api(self, request: Request, request_id: str) -> Response:
        serial = request.header(HEADER_SERIAL)
        if request.path == CERTIFICATES_PATH:
            if request.method != "GET":
                return self._signed_error(request, SandboxError(405, Code.METHOD_NOT_ALLOWED, "use GET"))
            op = self._certificates_op
            op_id = op.operation_id if op else CERTIFICATES_OPERATION
            raw_params: dict[str, str] = {}
        else:
            op, raw_params, known = self.spec.match(request.method, request.path)
            if op is None and not known and request.path == DOWNLOAD_PATH and request.method == "GET":
                op = BUILTIN_DOWNLOAD  # served even when the spec does not declare the download
            if op is None:
                if known:
                    error = SandboxError(405, Code.METHOD_NOT_ALLOWED, f"{request.method} is not allowed on this path")
                else:
                    error = SandboxError(404, Code.NOT_FOUND, "no such API path")
                return self._signed_error(request, error)
            op_id = op.operation_id
        with self._lock:
            self.counts[op_id] += 1

        download = request.path == DOWNLOAD_PATH
        fault = self.faults.take(op_id, request.path, download=download)
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.delay)
        if fault is not None and not fault.after_processing and fault.kind in (*STATUS_KINDS, "drop"):
            return self._fault_response(request, fault)

        try:
            if op is not None and request.path != CERTIFICATES_PATH:
                answer = self._operation(request, op, raw_params, corrupt=fault is not None and fault.kind == CORRUPT)
            else:
                answer = self._certificates(request, op)
            response = self._respond(request, op, answer, serial)
        except SandboxError as exc:
            response = self._signed_error(request, exc)
        except Exception:  # noqa: BLE001 - any sandbox bug becomes a signed 500, as a server would answer
            self._log.exception("sandbox failure on %s %s", request.method, request.path)
            response = self._signed_error(request, SandboxError(500, Code.SYSTEM_ERROR, "sandbox internal error"))

        if fault is not None:
            if fault.kind in (*STATUS_KINDS, "drop"):
                return self._fault_response(request, fault)
            if fault.kind == "truncated":
                response.action = TRUNCATE
            elif fault.kind in SIGNATURE_KINDS and HEADER_SIGNATURE in response.headers:
                signer = self.keys.response_signer(serial, prefer_certificate=request.path == CERTIFICATES_PATH)
                tamper_signature_headers(fault.kind, response.headers, response.body, signer.key, self._clock)
        return response

    def _respond(self, request: Request, op: Operation | None, answer: Answer, serial: str | None) -> Response:
        """Validate (strict mode), encrypt the sensitive response fields, sign (unless a file download)."""
        if answer.raw is not None:
            body = answer.raw
        else:
            payload = answer.payload
            if self._strict and op is not None and payload is not None and op.response_schema is not None:
                issue = self.spec.validator.validate(op.response_schema, payload)
                if issue is not None:
                    self._log.error(
                        "sandbox bug: %s answer does not match the spec at %s", op.operation_id, issue.field
                    )
                    raise SandboxError(
                        500, Code.SYSTEM_ERROR, f"sandbox answer does not match the spec: {issue.field} {issue.issue}"
                    )
            if op is not None and payload is not None and op.sensitive_response_fields:
                key = self.keys.merchant_public_key
                for path in op.sensitive_response_fields:
                    _encrypt_at(payload, path, lambda text: oaep_encrypt(key, text))
            body = b"" if payload is None else _json_bytes(payload)
        if not answer.signed:
            headers = {"Content-Type": answer.content_type} if answer.content_type else {}
            return Response(answer.status, body, headers)
        response = self._signed(
            request, answer.status, body, serial_hint=serial, certificates=request.path == CERTIFICATES_PATH
        )
        if answer.content_type and body:
            response.headers["Content-Type"] = answer.content_type
        return response

    def _fault_response(self, request: Request, fault: Fault) -> Response:
        if fault.kind in CONNECTION_KINDS:
            return Response(0, action=DROP)
        status = int(fault.kind)
        if status == 500:
            error = SandboxError(500, Code.SYSTEM_ERROR, "system error (injected fault)")
        elif status == 429:
            error = SandboxError(429, Code.RATELIMIT_EXCEEDED, "rate limit exceeded (injected fault)")
        else:
            error = SandboxError(status, Code.SERVICE_UNAVAILABLE, "service unavailable (injected fault)")
        response = self._signed_error(request, error)
        if status == 429:
            response.headers["Retry-After"] = str(fault.retry_after)
        return response

    # ------------------------------------------------------------- signing
    def _signed(
        self, request: Request, status: int, body: bytes, *, serial_hint: str | None, certificates: bool = False
    ) -> Response:
        signer = self.keys.response_signer(serial_hint, prefer_certificate=certificates)
        timestamp = str(int(self._clock()))
        nonce = random_string(32)
        headers = {
            HEADER_TIMESTAMP: timestamp,
            HEADER_NONCE: nonce,
            HEADER_SIGNATURE: sign(signer.key, response_message(timestamp, nonce, body)),
            HEADER_SERIAL: signer.serial,
            HEADER_SIGNATURE_TYPE: SIGNATURE_TYPE,
        }
        if body:
            headers["Content-Type"] = "application/json"
        return Response(status, body, headers)

    def _signed_error(self, request: Request, error: SandboxError) -> Response:
        return self._signed(
            request,
            error.status,
            _json_bytes(error.body()),
            serial_hint=request.header(HEADER_SERIAL),
            certificates=request.path == CERTIFICATES_PATH,
        )

    # ---------------------------------------------------------- the checks
    def _check_transport(self, request: Request) -> None:
        if not request.header("Accept") or not request.header("User-Agent"):
            raise SandboxError(400, Code.INVALID_REQUEST, "the HTTP header lacks Accept or User-Agent")

    def _check_signature(self, request: Request, body: bytes | None = None) -> None:
        """``body``: what the signature covers, when not the request body (a multipart upload's meta)."""
        values = request.headers.get_all("Authorization") or []
        if len(values) != 1:
            raise _sign_error("exactly one Authorization header is required")
        scheme, _, rest = values[0].strip().partition(" ")
        if scheme != AUTH_SCHEME:
            raise _sign_error(f"the Authorization scheme must be {AUTH_SCHEME}")
        params: dict[str, str] = {}
        for part in rest.split(","):
            found = _AUTH_PARAM_RE.fullmatch(part)
            if found is None or found[1] in params or found[1] not in AUTH_PARAMS:
                raise _sign_error(
                    'the Authorization parameters must be key="value" pairs of '
                    "mchid, nonce_str, timestamp, serial_no and signature"
                )
            params[found[1]] = found[2]
        if set(params) != AUTH_PARAMS:
            missing = ", ".join(sorted(AUTH_PARAMS - set(params)))
            raise _sign_error(f"the Authorization header lacks {missing}")
        if params["mchid"] != self.keys.mchid:
            raise _sign_error("unknown mchid")
        if params["serial_no"] != self.keys.merchant_serial:
            raise _sign_error("serial_no is not the serial of the registered merchant API certificate")
        if _ASCII_DIGITS_RE.fullmatch(params["timestamp"]) is None:
            raise _sign_error("timestamp is not a number of seconds")
        if (
            len(params["timestamp"]) > _TIMESTAMP_DIGITS
            or abs(self._clock() - int(params["timestamp"])) > TIMESTAMP_TOLERANCE
        ):
            raise _sign_error(f"timestamp is more than {TIMESTAMP_TOLERANCE} s away from the server time")
        signed = request.body if body is None else body
        message = request_message(request.method, request.target, params["timestamp"], params["nonce_str"], signed)
        if verify(self.keys.merchant_public_key, message, params["signature"]):
            return
        if body is not None:
            whole = request_message(
                request.method, request.target, params["timestamp"], params["nonce_str"], request.body
            )
            if verify(self.keys.merchant_public_key, whole, params["signature"]):
                raise _sign_error(
                    "the signature covers the whole multipart body; sign only the meta part's JSON, "
                    "byte for byte as sent (protocol.md 7)"
                )
            raise _sign_error("the signature does not match the meta part of the upload")
        raise _sign_error("the signature does not match the request")

    def _check_parameters(
        self, request: Request, op: Operation, raw_params: Mapping[str, str]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        path_values: dict[str, Any] = {}
        query_values: dict[str, Any] = {}
        query_raw: dict[str, list[str]] = {}
        for key, value in urllib.parse.parse_qsl(request.query, keep_blank_values=True):
            query_raw.setdefault(key, []).append(value)
        validate = self.spec.validator.validate
        for param in op.parameters:
            schema = self.spec.resolve(param.schema)
            if param.location == "path":
                raw: str | None = urllib.parse.unquote(raw_params.get(param.name, ""))
            elif param.location == "query":
                given = query_raw.get(param.name)
                if given is not None and len(given) > 1:
                    raise _param_error(Issue(param.name, "is given more than once", given), "query")
                raw = None if given is None else given[0]
            else:  # header
                if param.name.lower() == HEADER_SERIAL.lower():
                    continue  # required only with sensitive fields (checked later)
                raw = request.header(param.name)
            if raw is None:
                if param.required:
                    raise _param_error(Issue(param.name, "is required"), param.location)
                continue
            ok, value = coerce_parameter(schema, raw)
            if not ok:
                raise _param_error(Issue(param.name, str(value), raw), param.location)
            issue = validate(schema, value, param.name)
            if issue is not None:
                raise _param_error(Issue(param.name, issue.issue, raw), param.location)
            if param.location == "path":
                path_values[param.name] = value
            elif param.location == "query":
                query_values[param.name] = value
        return path_values, query_values

    def _check_body(self, request: Request, op: Operation) -> Any:
        if op.body_schema is None:
            return None
        if not request.body.strip():
            if op.body_required:
                raise _param_error(Issue("", "is required"), "body")
            return None
        if op.body_media_type not in (None, JSON):
            return None  # a body the sandbox does not read (neither JSON nor multipart)
        content_type = (request.header("Content-Type") or "").split(";", 1)[0].strip().lower()
        if content_type != JSON:
            raise SandboxError(400, Code.INVALID_REQUEST, "Content-Type must be application/json")
        try:
            body = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise SandboxError(400, Code.INVALID_REQUEST, "the request body is not valid JSON") from None
        except RecursionError:
            raise SandboxError(400, Code.INVALID_REQUEST, "the request body is nested too deeply") from None
        issue = self.spec.validator.validate(op.body_schema, body, encrypted_sensitive=True)
        if issue is not None:
            raise _param_error(issue, "body")
        return body

    def _multipart_parts(self, request: Request) -> tuple[multipart.Part, multipart.Part] | None:
        content_type = request.header("Content-Type") or ""
        if multipart.boundary_of(content_type) is None:
            return None
        return multipart.meta_and_file(multipart.parse(request.body, content_type))

    def _check_upload(self, op: Operation, meta_part: multipart.Part, file_part: multipart.Part) -> dict[str, Any]:
        """The meta JSON, checked against the spec's ``meta`` schema and the file bytes."""
        try:
            meta = json.loads(meta_part.data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise SandboxError(400, Code.INVALID_REQUEST, "the meta part is not valid JSON") from None
        except RecursionError:
            raise SandboxError(400, Code.INVALID_REQUEST, "the meta part is nested too deeply") from None
        if not isinstance(meta, dict):
            raise SandboxError(400, Code.INVALID_REQUEST, "the meta part must be a JSON object")
        schema = self.spec.resolve(op.body_schema or {})
        meta_schema = schema.get("properties", {}).get("meta")
        if isinstance(meta_schema, Mapping):
            issue = self.spec.validator.validate(meta_schema, meta, "/meta")
            if issue is not None:
                raise _param_error(issue, "body")
        multipart.check_file(meta, file_part.data)
        return meta

    def _decrypt_query(self, request: Request, op: Operation, query: dict[str, Any]) -> dict[str, Any]:
        """Query parameters marked sensitive arrive RSA-OAEP encrypted; the handlers see the plaintext."""
        names = [
            p.name
            for p in op.parameters
            if p.location == "query" and p.name in query and self.spec.resolve(p.schema).get(SENSITIVE)
        ]
        if not names:
            return query
        key = self._request_key(request, "sensitive query parameters")
        plain = dict(query)
        for name in names:
            value = query[name]
            text = oaep_decrypt(key, value) if isinstance(value, str) and value else None
            if text is None:
                raise _param_error(
                    Issue(name, "cannot be decrypted with the key named by Wechatpay-Serial (RSA-OAEP, SHA-1)"),
                    "query",
                )
            plain[name] = text
        return plain

    def _request_key(self, request: Request, what: str) -> Any:
        serial = request.header(HEADER_SERIAL)
        if not serial:
            raise _param_error(Issue(HEADER_SERIAL, f"is required when {what} are sent"), "header")
        key = self.keys.decryption_key(serial)
        if key is None:
            raise _param_error(
                Issue(HEADER_SERIAL, f"names no WeChat Pay key usable in {self.keys.mode} mode", serial), "header"
            )
        return key

    def _decrypt_sensitive(self, request: Request, op: Operation, body: Any) -> dict[str, tuple[tuple[str, ...], str]]:
        """The decrypted sensitive fields: JSON pointer -> (JSON path, plaintext)."""
        found = [(path, pointer, value) for path in op.sensitive_fields for pointer, value in _values_at(body, path)]
        if not found:
            return {}
        key = self._request_key(request, "sensitive fields")
        plain: dict[str, tuple[tuple[str, ...], str]] = {}
        for path, pointer, value in found:
            text = oaep_decrypt(key, value) if isinstance(value, str) and value else None
            if text is None:
                raise _param_error(
                    Issue(pointer, "cannot be decrypted with the key named by Wechatpay-Serial (RSA-OAEP, SHA-1)"),
                    "body",
                )
            plain[pointer] = (path, text)
        return plain

    def _check_merchant(self, body: Any, query: Mapping[str, Any]) -> None:
        """``mchid``/``sp_mchid`` in the body or the query must be the signing merchant's."""
        for name in MERCHANT_FIELDS:
            if isinstance(body, dict) and name in body:
                self.payments.check_mchid(body[name], f"/{name}", "body")
            if name in query:
                self.payments.check_mchid(query[name], name, "query")

    # ------------------------------------------------------------ handlers
    def _operation(
        self, request: Request, op: Operation, raw_params: Mapping[str, str], *, corrupt: bool = False
    ) -> Answer:
        self._check_transport(request)
        parts = self._multipart_parts(request) if op.multipart else None
        self._check_signature(request, None if parts is None else parts[0].data)
        if op.multipart and parts is None:
            raise SandboxError(400, Code.INVALID_REQUEST, "Content-Type must be multipart/form-data with a boundary")
        path_values, query = self._check_parameters(request, op, raw_params)
        query = self._decrypt_query(request, op, query)
        upload: Upload | None = None
        if parts is not None:
            body: Any = {"meta": self._check_upload(op, *parts)}
            upload = Upload(
                media_id=MEDIA_ID_PREFIX + random_string(64, MEDIA_ID_ALPHABET),
                operation_id=op.operation_id,
                filename=str(body["meta"].get("filename", "")),
                sha256=str(body["meta"].get("sha256", "")),
                size=len(parts[1].data),
                content_type=parts[1].content_type,
            )
        else:
            body = self._check_body(request, op)
        decrypted = self._decrypt_sensitive(request, op, body)
        if decrypted and op.body_schema is not None:
            # The limits of a sensitive field apply to its plaintext (never echoed: Issue.value is masked).
            plain_body = _with_plaintext(body, {pointer: text for pointer, (_, text) in decrypted.items()})
            issue = self.spec.validator.validate(op.body_schema, plain_body)
            if issue is not None:
                raise _param_error(issue, "body")
        self._check_merchant(body, query)
        names = re.findall(r"\{([^}]+)\}", op.path)
        call = Call(
            request,
            op,
            tuple(path_values.get(n) for n in names),
            path_values,
            query,
            body,
            {path: text for path, text in decrypted.values()},
            {pointer: text for pointer, (_, text) in decrypted.items()},
        )
        if upload is not None:
            with self._lock:
                self.uploads.append(upload)
            return self._generic(call, {"media_id": upload.media_id})
        handler = _BUSINESS.get((op.method, op.shape))
        if handler is None:
            flow = self._flow_routes.get((op.method, op.shape))
            if flow is not None:
                payload = flow(
                    FlowRequest(op.operation_id, op.method, call.args, call.path, call.query, call.body, call.plain)
                )
                return self._business(call, payload)
            return self._generic(call)
        if handler == "download":
            return self._h_download(call, corrupt=corrupt)
        method: Callable[[Call], Answer] = getattr(self, "_h_" + handler)
        return method(call)

    def _context(self, call: Call, extra: Mapping[str, Any] | None = None) -> Context:
        body = _with_plaintext(call.body, call.plain_at)
        top = body if isinstance(body, Mapping) else {}
        defaults = {"mchid": self.keys.mchid, "sp_mchid": self.keys.mchid}
        examples = [e for e in call.op.response_examples if isinstance(e, Mapping)]
        return Context(dict(extra or {}), top, call.path, call.query, defaults, flatten(body), *examples)

    def _synthesizer(self) -> Synthesizer:
        return Synthesizer(self.spec.resolve, self.spec.validator, now=self._clock(), base_url=self._base_url())

    def _generic(self, call: Call, extra: Mapping[str, Any] | None = None) -> Answer:
        """An answer synthesised from the success response of the spec (no business rules)."""
        op = call.op
        if op.success_status == 204 or op.response_media_type is None:
            return Answer(op.success_status)
        if op.response_media_type != JSON:
            return Answer(op.success_status, raw=SYNTHETIC_FILE, content_type=op.response_media_type,
                          signed=op.signed_response)  # fmt: skip
        if op.response_schema is None:
            return Answer(op.success_status, {})
        payload = self._synthesizer().generate(op.response_schema, self._context(call, extra))
        return Answer(op.success_status, payload)

    def _business(self, call: Call, payload: Any, status: int | None = None) -> Answer:
        """A handler's payload, with what the spec requires and the handler does not set filled in."""
        schema = call.op.response_schema
        if payload is not None and schema is not None:
            payload = self._synthesizer().complete(schema, payload, self._context(call))
        return Answer(call.op.success_status if status is None else status, payload)

    # insurance (委托代扣∙保险业)
    def _pre_sign(self, call: Call, channel: str) -> Answer:
        body, plain = call.body, call.plain
        identity = None
        if ("real_identity", "real_name") in plain and ("real_identity", "id_card_number") in plain:
            identity = RealIdentity(
                plain[("real_identity", "real_name")],
                plain[("real_identity", "id_card_number")],
                body["real_identity"].get("identity_type"),
            )
        payload = self.state.pre_sign(channel, body, identity, self._base_url())
        session = payload.get("pre_entrustweb_id") or str(payload.get("redirect_url", "")).rsplit("/", 1)[-1]
        self._on_pre_sign(session)
        return self._business(call, payload)

    def _h_pre_sign_app(self, call: Call) -> Answer:
        return self._pre_sign(call, "app")

    def _h_pre_sign_h5(self, call: Call) -> Answer:
        return self._pre_sign(call, "h5")

    def _h_pre_sign_jsapi(self, call: Call) -> Answer:
        return self._pre_sign(call, "jsapi")

    def _h_pre_sign_mini_program(self, call: Call) -> Answer:
        return self._pre_sign(call, "mini_program")

    def _h_query_contract(self, call: Call) -> Answer:
        return self._business(call, self.state.query_contract(int(call.args[0]), str(call.args[1])))

    def _h_terminate(self, call: Call) -> Answer:
        return self._business(call, self.state.terminate(int(call.args[0]), str(call.args[1]), call.body))

    def _h_renew(self, call: Call) -> Answer:
        self.state.renew(int(call.args[0]), str(call.args[1]), call.body)
        return Answer(call.op.success_status)

    def _h_list_periods(self, call: Call) -> Answer:
        limit, offset = call.query.get("limit"), call.query.get("offset")
        return self._business(
            call,
            self.state.list_periods(
                int(call.args[0]),
                str(call.args[1]),
                None if limit is None else int(limit),
                None if offset is None else int(offset),
            ),
        )

    def _h_modify(self, call: Call) -> Answer:
        return self._business(call, self.state.modify(int(call.args[0]), str(call.args[1]), call.body))

    def _h_schedule(self, call: Call) -> Answer:
        return self._business(call, self.state.schedule(str(call.args[0]), int(call.args[1]), call.body))

    def _h_query_schedule(self, call: Call) -> Answer:
        return self._business(call, self.state.query_schedule(str(call.args[0]), int(call.args[1])))

    def _h_apply(self, call: Call) -> Answer:
        return self._business(call, self.state.apply(call.body))

    # basic payment (基础支付) and refunds
    def _h_pay_jsapi(self, call: Call) -> Answer:
        return self._business(call, self.payments.create("jsapi", call.body, self._base_url()))

    def _h_pay_app(self, call: Call) -> Answer:
        return self._business(call, self.payments.create("app", call.body, self._base_url()))

    def _h_pay_h5(self, call: Call) -> Answer:
        return self._business(call, self.payments.create("h5", call.body, self._base_url()))

    def _h_pay_native(self, call: Call) -> Answer:
        return self._business(call, self.payments.create("native", call.body, self._base_url()))

    def _h_query_order_by_id(self, call: Call) -> Answer:
        payload = self.payments.query(transaction_id=str(call.args[0]), mchid=call.query.get("mchid"))
        return self._business(call, payload)

    def _h_query_order(self, call: Call) -> Answer:
        payload = self.payments.query(out_trade_no=str(call.args[0]), mchid=call.query.get("mchid"))
        return self._business(call, payload)

    def _h_close_order(self, call: Call) -> Answer:
        self.payments.close(str(call.args[0]), call.body if isinstance(call.body, Mapping) else {})
        return Answer(call.op.success_status)

    def _h_codepay(self, call: Call) -> Answer:
        return self._business(call, self.payments.codepay(call.body))

    def _h_reverse(self, call: Call) -> Answer:
        return self._business(call, self.payments.reverse(str(call.args[0]), call.body))

    def _h_apply_abnormal_refund(self, call: Call) -> Answer:
        plain = {path[-1]: text for path, text in call.plain.items()}
        return self._business(call, self.payments.apply_abnormal(str(call.args[0]), call.body, plain))

    def _h_refund(self, call: Call) -> Answer:
        return self._business(call, self.payments.refund(call.body))

    def _h_query_refund(self, call: Call) -> Answer:
        return self._business(call, self.payments.query_refund(str(call.args[0])))

    # bills
    def _h_trade_bill(self, call: Call) -> Answer:
        return self._business(call, self.bills.apply("trade", call.query, self._base_url()))

    def _h_fundflow_bill(self, call: Call) -> Answer:
        return self._business(call, self.bills.apply("fundflow", call.query, self._base_url()))

    def _h_profitsharing_bill(self, call: Call) -> Answer:
        return self._business(call, self.bills.apply("profitsharing", call.query, self._base_url()))

    def _h_papay_apply(self, call: Call) -> Answer:
        return self._business(call, self.payments.papay_apply(call.body))

    def _h_download(self, call: Call, *, corrupt: bool = False) -> Answer:
        data, content_type = self.bills.download(str(call.query.get("token", "")), corrupt=corrupt)
        return Answer(200, raw=data, content_type=content_type, signed=False)

    def _certificates(self, request: Request, op: Operation | None) -> Answer:
        self._check_transport(request)
        self._check_signature(request)
        algorithm = "RSA"
        if op is not None:
            _, query = self._check_parameters(request, op, {})
            algorithm = str(query.get("algorithm_type", "RSA"))
        else:
            algorithm = urllib.parse.parse_qs(request.query).get("algorithm_type", ["RSA"])[0]
        if not self.keys.uses_certificates:
            raise SandboxError(
                404,
                Code.RESOURCE_NOT_EXISTS,
                "无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥 (no platform certificate is available: "
                "this merchant uses the WeChat Pay public key)",
            )
        data = []
        if algorithm in ("RSA", "ALL"):
            for cert in self.keys.platform_certificates():
                nonce = random_string(12)
                data.append(
                    {
                        "serial_no": cert.serial_no,
                        "effective_time": rfc3339(cert.effective_time.timestamp()),
                        "expire_time": rfc3339(cert.expire_time.timestamp()),
                        "encrypt_certificate": {
                            "algorithm": "AEAD_AES_256_GCM",
                            "nonce": nonce,
                            "associated_data": "certificate",
                            "ciphertext": aead_encrypt(
                                self._apiv3_key, nonce, "certificate", cert.certificate_pem.encode("ascii")
                            ),
                        },
                    }
                )
        with self._lock:
            self.certificate_downloads += 1
        return Answer(200, {"data": data})


# --------------------------------------------------------------------------- the socket side

_log = logging.getLogger(LOGGER_NAME)
_CHUNK_SIZE_RE = re.compile(rb"([0-9A-Fa-f]+)(?:;[^\r\n]*)?\r?\n")  # size, optional extensions, line end


class _FramingError(Exception):
    """A request body that cannot be read as framed: answered ``status``, then the connection closes."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Receiver(io.RawIOBase):
    """The raw read side of a connection, for the handler's buffered ``rfile``: each read waits as
    the handler's :meth:`_Handler._receive_into` allows."""

    def __init__(self, handler: _Handler) -> None:
        super().__init__()
        self._handler = handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._handler._receive_into(buffer)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "wechatpay-sandbox"
    sys_version = ""
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the stdlib's per-request stderr line; the app logs method, path, status, id."""

    def handle(self) -> None:
        """Serve the connection's requests. A client that goes away mid-request or mid-answer (reset,
        broken pipe) ends the connection quietly: logged at debug, no traceback on stderr."""
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError) as exc:
            self.close_connection = True
            _log.debug("client %s disconnected early (%s)", self.client_address[0], type(exc).__name__)

    # -------------------------------------------------------------- receiving, bounded
    def setup(self) -> None:
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        self._deadline: float | None = None  # when the request being received must be complete
        self._started = False  # a byte of the current request has arrived
        self._receiving = False  # between the start of a request and the end of its body
        self._timed_out = False
        # Every read goes through _receive_into, which bounds each wait (see there).
        self.rfile.close()
        self.rfile = io.BufferedReader(_Receiver(self))

    def _receive_into(self, buffer: Any) -> int:
        """One ``recv``: at most ``socket_timeout`` of silence, and never past the request's deadline."""
        server = self.server
        timeout = server.socket_timeout
        if self._deadline is not None:
            remaining = self._deadline - server.monotonic()
            if remaining <= 0:
                self._timed_out = True
                raise TimeoutError("the request did not arrive whole within request_timeout")
            timeout = remaining if timeout is None else min(timeout, remaining)
        self.connection.settimeout(timeout)
        try:
            count = int(self.connection.recv_into(buffer))
        except TimeoutError:
            self._timed_out = True
            raise
        if count and self._receiving and not self._started:
            self._started = True
            if server.request_timeout is not None:
                self._deadline = server.monotonic() + server.request_timeout
        return count

    def handle_one_request(self) -> None:
        """One request (the stdlib reads the head; a ``TimeoutError`` ends the connection there).
        A request that stopped arriving part-way gets a 408 before the connection closes; a
        connection that was silent from the start (idle keep-alive) is closed without a word."""
        self._deadline, self._started, self._receiving, self._timed_out = None, False, True, False
        super().handle_one_request()
        if self._timed_out and self._started and self._receiving:
            _log.debug("client %s: request timed out", self.client_address[0])
            self._answer_plainly(408, "the request did not arrive in time")
        self._received()

    def _received(self) -> None:
        """The request is in: writes get the plain socket timeout again (not the deadline's rest)."""
        self._receiving = False
        self._deadline = None
        try:
            self.connection.settimeout(self.server.socket_timeout)
        except OSError:
            pass

    def _answer_plainly(self, status: int, message: str) -> None:
        """An unsigned JSON error, then close: for a request that could not be read."""
        self.close_connection = True
        body = _json_bytes({"code": Code.INVALID_REQUEST, "message": message})
        head = (
            f"{self.protocol_version} {status} {http.HTTPStatus(status).phrase}\r\n"
            f"Server: {self.version_string()}\r\nDate: {self.date_time_string()}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        self._received()
        try:
            self.wfile.write(head.encode("latin-1") + body)
        except OSError:
            pass

    def _line(self) -> bytes:
        """One line of chunked framing, at most MAX_LINE bytes, ending in LF; else a framing error."""
        line = self.rfile.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE or not line.endswith(b"\n"):
            raise _FramingError(400, "a line of the chunked body is too long or incomplete")
        return line

    def _read_chunked(self) -> bytes:
        """A ``Transfer-Encoding: chunked`` body (RFC 9112 7.1): sizes are plain hex digits, each
        chunk's data is followed by CRLF, the total is checked against MAX_BODY from the size line
        (before any of the chunk is read), then at most MAX_TRAILERS trailer lines."""
        body = bytearray()
        while True:
            found = _CHUNK_SIZE_RE.fullmatch(self._line())
            if found is None:
                raise _FramingError(400, "a chunk size is not a hexadecimal number")
            size = int(found[1], 16)
            if len(body) + size > MAX_BODY:
                raise _FramingError(413, f"the request body exceeds {MAX_BODY} bytes")
            if size == 0:
                break
            data = self.rfile.read(size)
            if len(data) != size:
                raise _FramingError(400, "the chunked body ended early")
            body += data
            if self._line() not in (b"\r\n", b"\n"):
                raise _FramingError(400, "chunk data is not followed by CRLF")
        for _ in range(MAX_TRAILERS + 1):
            if self._line() in (b"\r\n", b"\n"):
                return bytes(body)
        raise _FramingError(400, f"more than {MAX_TRAILERS} trailer lines")

    def _read_body(self) -> bytes:
        """The request body, framed by ``Transfer-Encoding: chunked`` or ``Content-Length`` (RFC 9112 6)."""
        codings = [
            coding.strip().lower()
            for value in self.headers.get_all("Transfer-Encoding") or []
            for coding in value.split(",")
            if coding.strip()
        ]
        lengths = {
            value.strip()
            for header in self.headers.get_all("Content-Length") or []
            for value in header.split(",")  # "5, 5" is allowed; different values are not
        }
        if codings:
            if codings[-1] != "chunked":
                raise _FramingError(400, "the last transfer coding must be chunked")
            if codings != ["chunked"]:
                raise _FramingError(501, "the sandbox decodes no transfer coding but chunked")
            if lengths:
                self.close_connection = True  # both framings: chunked wins, and the connection ends
            return self._read_chunked()
        if not lengths:
            return b""
        if len(lengths) != 1:
            raise _FramingError(400, "the Content-Length headers disagree")
        (length,) = lengths
        if _ASCII_DIGITS_RE.fullmatch(length) is None:
            raise _FramingError(400, "Content-Length is not a number of bytes")
        digits = length.lstrip("0") or "0"  # int() refuses more than 4,300 digits, leading zeros too
        if len(digits) > len(str(MAX_BODY)) or int(digits) > MAX_BODY:
            raise _FramingError(413, f"the request body exceeds {MAX_BODY} bytes")
        count = int(digits)
        data = self.rfile.read(count) if count else b""
        if len(data) != count:
            raise _FramingError(400, "the request body is shorter than its Content-Length")
        return data

    def _handle(self) -> None:
        try:
            body = self._read_body()
        except _FramingError as exc:
            self._answer_plainly(exc.status, exc.message)
            return
        self._received()
        request = Request(self.command, self.path, self.headers, body, str(self.client_address[0]))
        response = self.server.app.dispatch(request)
        if response.action == DROP:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        head = [
            f"{self.protocol_version} {response.status} {http.HTTPStatus(response.status).phrase}",
            f"Server: {self.version_string()}",
            f"Date: {self.date_time_string()}",
            *(f"{name}: {value}" for name, value in response.headers.items()),
        ]
        claimed = len(response.body) + (64 if response.action == TRUNCATE else 0)
        if response.status != 204 or claimed:  # RFC 9110: no Content-Length on a (complete) 204
            head.append(f"Content-Length: {claimed}")
        body = response.body
        if response.action == TRUNCATE:
            body = body[: len(body) // 2]
            self.close_connection = True
        elif self.command == "HEAD":
            body = b""
        if self.close_connection:
            head.append("Connection: close")
        # One write for head and body: two small writes meet Nagle + delayed ACK (a 40 ms stall).
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # socketserver's default listen backlog is 5: a burst of simultaneous connects (32 clients
    # starting at once) overflowed it and connections were reset or stalled.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        app: App,
        *,
        socket_timeout: float | None = SOCKET_TIMEOUT,
        request_timeout: float | None = REQUEST_TIMEOUT,
    ) -> None:
        self.app = app
        #: Seconds of silence a connection may keep (None: no limit).
        self.socket_timeout = socket_timeout
        #: Seconds from a request's first byte to its last (None: no limit), on ``monotonic``.
        self.request_timeout = request_timeout
        self.monotonic: Callable[[], float] = time.monotonic
        self._connections: set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name (socket.getfqdn), which can stall; skip it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._conn_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._conn_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._conn_lock:
            connections = list(self._connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
