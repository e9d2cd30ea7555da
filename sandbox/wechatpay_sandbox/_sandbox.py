"""The :class:`Sandbox` object: starts the loopback server, owns the state, exposes the controls."""

from __future__ import annotations

import json
import logging
import math
import os
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import attrs

from ._bills import BillStore
from ._constants import LOGGER_NAME, NOTIFY_TIMEOUT, REFUND_DELAY, REQUEST_TIMEOUT, SOCKET_TIMEOUT, Code
from ._credentials import PlatformCertificate, SandboxCredentials
from ._crypto import oaep_encrypt
from ._errors import SandboxError
from ._faults import FaultRegistry
from ._flows import Flow, FlowContext, FlowHandler, discover_flows
from ._keys import KeyStore, Mode
from ._notify import DELIVERED, NotificationRecord, Notifier
from ._payments import Order, PaymentState, Refund
from ._server import App, Request, Response, Upload, _encrypt_at, _Server
from ._spec import Spec, load_spec
from ._state import Contract, Event, SandboxState


def _json_response(status: int, payload: Any) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, body, {"Content-Type": "application/json"})


class _NotJSONNumber(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _NotJSONNumber(f"{name} is not a JSON number")


def _control_body(raw: bytes) -> dict[str, Any]:
    """The control request's JSON object (empty body: ``{}``); 400 for anything else."""
    if not raw.strip():
        return {}
    try:
        loaded = json.loads(raw, parse_constant=_no_constant)
    except _NotJSONNumber as exc:  # json.loads takes NaN, Infinity and -Infinity unless told not to
        raise SandboxError(400, Code.INVALID_REQUEST, f"the body is not valid JSON: {exc}") from None
    except ValueError:  # includes UnicodeDecodeError
        raise SandboxError(400, Code.INVALID_REQUEST, "the body is not valid JSON") from None
    except RecursionError:
        raise SandboxError(400, Code.INVALID_REQUEST, "the body is not valid JSON: nested too deeply") from None
    if not isinstance(loaded, dict):
        raise SandboxError(400, Code.INVALID_REQUEST, "the body must be a JSON object")
    return loaded


def _control_error(message: str) -> SandboxError:
    return SandboxError(400, Code.PARAM_ERROR, message)


def _only(payload: Mapping[str, Any], *names: str) -> None:
    """Refuse fields the endpoint does not know (a misspelt ``dealy`` must not be ignored)."""
    unknown = sorted(set(payload) - set(names))
    if unknown:
        known = ", ".join(names) if names else "none"
        raise _control_error(f"unknown field {', '.join(unknown)} (this endpoint takes: {known})")


def _optional_string(payload: Mapping[str, Any], name: str) -> str | None:
    value = payload.get(name)
    if value is not None and not isinstance(value, str):
        raise _control_error(f"{name} must be a string")
    return value


def _boolean(payload: Mapping[str, Any], name: str, default: bool) -> bool:
    value = payload.get(name, default)
    if not isinstance(value, bool):
        raise _control_error(f"{name} must be true or false")
    return value


def _timeout(name: str, value: float | None) -> float | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise ValueError(f"{name} must be a number of seconds or None")
    if value is not None and not (math.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be a positive, finite number of seconds (None: no limit)")
    return None if value is None else float(value)


def _contract_view(contract: Contract) -> dict[str, Any]:
    """The control API's view of a contract: the public record plus periods, never the identity."""
    return {
        **contract.to_json(),
        "has_real_identity": contract.real_identity is not None,
        "policy_start_date": contract.policy_start_date.isoformat(),
        "policy_end_date": contract.policy_end_date.isoformat(),
        "policy_periods": [p.list_json() for p in contract.periods],
    }


def _order_view(order: Order) -> dict[str, Any]:
    """The control API's view of an order: the query answer plus what the merchant cannot query."""
    return {**order.to_json(), "refunded": order.refunded, "notify_url": order.notify_url, **order.answer}


class Sandbox:
    """A local WeChat Pay APIv3 server for every operation of the spec.

    Business rules and state: the insurance entrusted-deduction operations (``_state``), basic
    payment orders and refunds (``_payments``), bills with their unsigned download (``_bills``),
    multipart uploads (``_multipart``). Every other operation of the spec is checked the same way
    (signature, parameters, body, sensitive fields) and answered with a signed body synthesised
    from its success response (``_synth``), or an empty signed 204.

    Usage::

        with Sandbox("public_key", retry_compression=1000) as sb:
            client = make_client(base_url=sb.base_url, credentials=sb.credentials)
            ...
            contract = sb.simulate_user_sign(pre_entrustweb_id)
            record = sb.wait_for_notification("INSURANCE_ENTRUST.SIGN")

    ``mode``: ``"public_key"`` (responses, callbacks and field encryption use the WeChat Pay public
    key; ``/v3/certificates`` answers 404), ``"certificate"`` (platform certificates only) or
    ``"both"`` (the migration window; responses are signed with the family the request's
    ``Wechatpay-Serial`` names, by default the public key; callbacks use ``notification_key``,
    by default the public key).

    Control API (unsigned JSON under ``/sandbox/``, loopback clients only): ``GET health``,
    ``GET sessions/{id}``, ``POST sessions/{id}/sign`` (``{"openid": ...}`` optional),
    ``GET contracts/{contract_id}``, ``POST contracts/{contract_id}/expire``,
    ``POST certificates/rotate`` (``{"activate": false}`` to stage), ``POST certificates/{serial}/activate``,
    ``GET|POST|DELETE faults`` (POST body: ``kind``, ``count``, ``path``, ``delay``, ``retry_after``,
    ``after_processing``), ``GET notifications``, ``GET requests``,
    ``GET orders/{out_trade_no}``, ``POST orders/{out_trade_no}/pay`` (``{"openid": ...}`` optional),
    ``GET refunds/{out_refund_no}``, ``POST refunds/{out_refund_no}/complete`` (``{"status":
    "SUCCESS"|"CLOSED"|"ABNORMAL"}``, default SUCCESS), ``GET uploads``.

    Payments: an order created through ``/v3/pay/transactions/{jsapi,app,h5,native}`` stays
    ``NOTPAY`` until :meth:`simulate_payment`; a refund stays ``PROCESSING`` for ``refund_delay``
    seconds (default 1 s; None: until :meth:`simulate_refund`).

    A sandbox runs once: after :meth:`stop`, create a new one.

    Time: ``clock`` (default ``time.time``) is the sandbox's notion of now, for request freshness,
    response timestamps and the business dates (Beijing time). Delays (``notify_delay``,
    ``auto_sign_delay``, ``refund_delay``, the callback retry schedule divided by
    ``retry_compression``) run on real time; a bill ``download_url`` expires 30 s after the apply
    by the sandbox clock.

    Connections: a connection that stays silent ``socket_timeout`` seconds (default 30; an idle
    keep-alive, a request head or body that stops arriving, a client that does not read its answer)
    is closed, with a 408 when part of a request had arrived; a request must arrive whole within
    ``request_timeout`` seconds of its first byte (default 120), however steadily it drips in. Both
    run on real (monotonic) time, not on ``clock``; None disables one. Bodies are limited to 16 MiB
    (413), and malformed framing (a chunk size that is not plain hex, a Content-Length that is not
    plain digits, two different Content-Lengths, a transfer coding other than ``chunked``, a body
    shorter than announced) is refused with 400 (501 for an unknown coding) and the connection closed.

    The control API checks its inputs: a wrong type, a value out of range (see
    :meth:`FaultRegistry.add`), a field the endpoint does not take, ``NaN``/``Infinity`` or a body
    that is not a JSON object is a 400 that names the field, and nothing is changed.
    """

    def __init__(
        self,
        mode: Mode = "public_key",
        *,
        credentials: SandboxCredentials | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        notify_delay: float = 0.0,
        retry_compression: float = 1.0,
        notify_timeout: float = NOTIFY_TIMEOUT,
        auto_sign_delay: float | None = None,
        refund_delay: float | None = REFUND_DELAY,
        clock: Callable[[], float] = time.time,
        enforce_business_hours: bool = False,
        enforce_deduct_window: bool = False,
        notification_key: str | None = None,
        strict_responses: bool = False,
        spec: Spec | str | os.PathLike[str] | Mapping[str, Any] | None = None,
        socket_timeout: float | None = SOCKET_TIMEOUT,
        request_timeout: float | None = REQUEST_TIMEOUT,
    ) -> None:
        self.socket_timeout = _timeout("socket_timeout", socket_timeout)
        self.request_timeout = _timeout("request_timeout", request_timeout)
        self.mode: Mode = mode
        self.credentials = credentials if credentials is not None else SandboxCredentials.generate(now=clock())
        self.host = host
        self._requested_port = port
        self.auto_sign_delay = auto_sign_delay
        self.refund_delay = refund_delay
        self.clock = clock
        self.log = logging.getLogger(LOGGER_NAME)
        self.spec = spec if isinstance(spec, Spec) else load_spec(spec)
        self.keys = KeyStore(self.credentials, mode, notification_family=notification_key)
        self.faults = FaultRegistry()
        self._notifier = Notifier(
            signer_for=self.keys.notification_signer,
            apiv3_key=self.credentials.apiv3_key,
            clock=clock,
            faults=self.faults,
            logger=self.log,
            delay=notify_delay,
            retry_compression=retry_compression,
            timeout=notify_timeout,
        )
        self.state = SandboxState(
            mchid=self.credentials.mchid,
            clock=clock,
            emit=self._notifier.enqueue,
            enforce_business_hours=enforce_business_hours,
            enforce_deduct_window=enforce_deduct_window,
        )
        self.payments = PaymentState(
            mchid=self.credentials.mchid,
            clock=clock,
            emit=self._notifier.enqueue,
            insurance=self.state,
            on_refund=self._refund_accepted,
        )
        self.bills = BillStore(self.payments, clock, self.credentials.mchid)
        flow_context = FlowContext(
            mchid=self.credentials.mchid, clock=clock, emit=self._notifier.enqueue, base_url=lambda: self.base_url
        )
        #: The flows of ``wechatpay_sandbox._flows`` by name; play the user's side through them.
        self.flows: dict[str, Flow] = {name: cls(flow_context) for name, cls in discover_flows().items()}
        flow_routes: dict[tuple[str, str], FlowHandler] = {}
        for flow in self.flows.values():
            for key, handler in flow.routes().items():
                if key in flow_routes:
                    raise RuntimeError(f"two sandbox flows handle {key[0]} {key[1]}")
                flow_routes[key] = handler
        self._app = App(
            spec=self.spec,
            keys=self.keys,
            state=self.state,
            faults=self.faults,
            apiv3_key=self.credentials.apiv3_key,
            clock=clock,
            logger=self.log,
            base_url=lambda: self.base_url,
            strict_responses=strict_responses,
            on_pre_sign=self._pre_signed,
            controls=self._controls,
            payments=self.payments,
            bills=self.bills,
            flow_routes=flow_routes,
        )
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._timers: list[threading.Timer] = []
        self._timers_lock = threading.Lock()
        self._stopped = False

    # ------------------------------------------------------------ lifecycle
    def start(self) -> Self:
        if self._server is not None:
            return self
        if self._stopped:
            raise RuntimeError("a stopped sandbox cannot be restarted; create a new one")
        self._server = _Server(
            (self.host, self._requested_port),
            self._app,
            socket_timeout=self.socket_timeout,
            request_timeout=self.request_timeout,
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="wechatpay-sandbox", daemon=True
        )
        self._thread.start()
        self._notifier.start()
        self.log.info("sandbox listening on %s (%s mode)", self.base_url, self.mode)
        return self

    def stop(self) -> None:
        self._stopped = True
        with self._timers_lock:
            for timer in self._timers:
                timer.cancel()
            self._timers.clear()
        self._notifier.stop()
        if self._server is not None:
            self._server.shutdown()
            self._server.close_connections()
            self._server.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return self._server.server_port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # -------------------------------------------------------- user actions
    def simulate_user_sign(self, pre_entrustweb_id: str, *, openid: str | None = None) -> Contract:
        """The user confirms the contract in WeChat (``pre_entrustweb_id`` or an H5/JSAPI ``redirect_url``).

        Creates the contract and queues INSURANCE_ENTRUST.SIGN (and TRANSACTION.SUCCESS when the
        pre-sign carried the trade block). Raises :class:`SandboxError` for an unknown, expired or
        already signed session.
        """
        return self.state.sign(pre_entrustweb_id, openid=openid)

    def expire_contract(self, contract_id: str) -> Contract:
        """Let the contract reach its expiry now, so that renew (#7) is allowed."""
        return self.state.expire(contract_id)

    def _pre_signed(self, session_id: str) -> None:
        if self.auto_sign_delay is None:
            return
        self._later(self.auto_sign_delay, self._auto_sign, session_id)

    def _later(self, delay: float, action: Callable[[str], None], argument: str) -> None:
        timer = threading.Timer(delay, action, (argument,))
        timer.daemon = True
        with self._timers_lock:
            if self._stopped:
                return
            self._timers = [t for t in self._timers if t.is_alive()]
            self._timers.append(timer)
        timer.start()

    # ---------------------------------------------------- payments, refunds
    def simulate_payment(self, out_trade_no: str, *, openid: str | None = None, bank_type: str | None = None) -> Order:
        """The user pays an order (NOTPAY -> SUCCESS) and TRANSACTION.SUCCESS goes to its ``notify_url``.

        Raises :class:`SandboxError` for an unknown (404 ORDER_NOT_EXIST), closed or paid order.
        """
        return self.payments.pay(out_trade_no, openid=openid, bank_type=bank_type)

    def simulate_refund(self, out_refund_no: str, status: str = "SUCCESS") -> Refund:
        """A PROCESSING refund ends now with ``status`` (SUCCESS, CLOSED or ABNORMAL) and its REFUND.* callback."""
        return self.payments.finish_refund(out_refund_no, status)

    def order(self, out_trade_no: str) -> Order:
        return self.payments.order(out_trade_no)

    def refund(self, out_refund_no: str) -> Refund:
        return self.payments.refund_record(out_refund_no)

    @property
    def uploads(self) -> list[Upload]:
        """Files accepted by multipart uploads (name, SHA-256, size and the media_id; not the bytes)."""
        return list(self._app.uploads)

    def _refund_accepted(self, out_refund_no: str) -> None:
        if self.refund_delay is not None:
            self._later(self.refund_delay, self._auto_refund, out_refund_no)

    def _auto_refund(self, out_refund_no: str) -> None:
        try:
            self.payments.finish_refund(out_refund_no)
        except SandboxError as exc:  # already finished by simulate_refund
            self.log.debug("automatic refund completion skipped: %s", exc.code)

    def _auto_sign(self, session_id: str) -> None:
        try:
            self.state.sign(session_id)
        except SandboxError as exc:
            self.log.warning("auto-sign of a pre-sign session failed: %s", exc.code)

    # -------------------------------------------------------- certificates
    def rotate_platform_certificate(self, *, activate: bool = True) -> PlatformCertificate:
        """Add a new platform certificate to ``/v3/certificates``.

        With ``activate`` (default) it signs responses and callbacks from now on, so a client meets
        a serial it has not downloaded yet. With ``activate=False`` it is only listed (as WeChat Pay
        lists a new certificate 24 h before using it) until :meth:`activate_platform_certificate`.
        Every listed certificate stays usable for encrypting sensitive fields.
        """
        return self.keys.rotate(self.clock(), activate=activate)

    def activate_platform_certificate(self, serial_no: str) -> None:
        """Sign with this (already listed) platform certificate from now on."""
        self.keys.activate(serial_no)

    def retire_platform_certificate(self, serial_no: str) -> None:
        """Remove a (non-active) certificate from the list; it no longer decrypts either."""
        self.keys.retire(serial_no)

    @property
    def platform_certificates(self) -> tuple[PlatformCertificate, ...]:
        return self.keys.platform_certificates()

    @property
    def certificate_downloads(self) -> int:
        """How many ``/v3/certificates`` requests were answered with the list."""
        return self._app.certificate_downloads

    # ------------------------------------------------------------ counting
    def request_count(self, operation_id: str) -> int:
        """Requests that reached the operation (every attempt, whatever the outcome)."""
        return self._app.counts[operation_id]

    def request_counts(self) -> dict[str, int]:
        return dict(self._app.counts)

    def reset_request_counts(self) -> None:
        self._app.counts.clear()

    # ------------------------------------------------------- notifications
    @property
    def notifications(self) -> list[NotificationRecord]:
        return self._notifier.records()

    def wait_for_notification(
        self,
        event_type: str | None = None,
        *,
        timeout: float = 5.0,
        status: str | None = DELIVERED,
        min_attempts: int = 1,
        predicate: Callable[[NotificationRecord], bool] | None = None,
    ) -> NotificationRecord:
        """The first recorded callback matching all conditions; ``TimeoutError`` if none within ``timeout``.

        ``status``: ``"delivered"`` (default), ``"failed"`` (all 16 attempts refused), ``"pending"``
        or None (any).
        """
        return self._notifier.wait_for(
            event_type, timeout=timeout, status=status, min_attempts=min_attempts, predicate=predicate
        )

    def send_notification(
        self, event_type: str, url: str, resource: Mapping[str, Any], *, original_type: str = "", summary: str = ""
    ) -> NotificationRecord:
        """Send a callback the business flows do not model (a test of a webhook for any event type).

        ``resource`` is the plaintext resource; fields of the spec's resource schema for
        ``event_type`` that are marked ``x-wechatpay-sensitive`` are RSA-OAEP encrypted with the
        merchant's public key first, as WeChat Pay does. The callback is then encrypted with the
        APIv3 key, signed and delivered with retries like every other one.
        """
        payload = json.loads(json.dumps(dict(resource)))
        for path in self.spec.notification_sensitive_fields(event_type, payload):
            _encrypt_at(payload, path, lambda text: oaep_encrypt(self.keys.merchant_public_key, text))
        return self._notifier.enqueue(Event(event_type, url, original_type, summary, payload))

    # ------------------------------------------------------------- helpers
    def write_credentials(self, directory: str | os.PathLike[str]) -> dict[str, Path]:
        """Write the credentials as PEM files (see :meth:`SandboxCredentials.write`)."""
        return self.credentials.write(directory)

    # --------------------------------------------------------- control API
    def _controls(self, request: Request) -> Response:
        """``/sandbox/...``: unsigned JSON, loopback only (checked by the app)."""
        parts = [urllib.parse.unquote(p) for p in request.path.split("/")[2:] if p]
        method = request.method
        payload = _control_body(request.body)
        now = self.clock()
        match method, parts:
            case "GET", ["health"]:
                return _json_response(200, {"status": "ok", "mode": self.mode, "spec": self.spec.source})
            case "GET", ["sessions", session_id]:
                return _json_response(200, self.state.session(session_id).to_json(now))
            case "POST", ["sessions", session_id, "sign"]:
                _only(payload, "openid")
                contract = self.simulate_user_sign(session_id, openid=_optional_string(payload, "openid"))
                return _json_response(200, _contract_view(contract))
            case "GET", ["contracts", contract_id]:
                return _json_response(200, _contract_view(self.state.contract(contract_id)))
            case "POST", ["contracts", contract_id, "expire"]:
                return _json_response(200, _contract_view(self.expire_contract(contract_id)))
            case "POST", ["certificates", "rotate"]:
                _only(payload, "activate")
                cert = self.rotate_platform_certificate(activate=_boolean(payload, "activate", True))
                return _json_response(200, {"serial_no": cert.serial_no, "active": self.keys.active_serial})
            case "POST", ["certificates", serial, "activate"]:
                try:
                    self.activate_platform_certificate(serial)
                except ValueError as exc:
                    raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, str(exc)) from None
                return _json_response(200, {"active": self.keys.active_serial})
            case "GET", ["faults"]:
                return _json_response(200, {"data": [f.to_json() for f in self.faults.pending()]})
            case "POST", ["faults"]:
                _only(payload, "kind", "count", "path", "delay", "retry_after", "after_processing")
                try:  # the registry checks each value's type and range (no coercion: "2", 1.5, 1e309)
                    fault = self.faults.add(
                        payload.get("kind", ""),
                        payload.get("count", 1),
                        payload.get("path"),
                        delay=payload.get("delay", 2.0),
                        retry_after=payload.get("retry_after", 1),
                        after_processing=payload.get("after_processing", False),
                    )
                except (TypeError, ValueError) as exc:
                    raise _control_error(str(exc)) from None
                return _json_response(201, fault.to_json())
            case "DELETE", ["faults"]:
                self.faults.clear()
                return Response(204)
            case "GET", ["orders", out_trade_no]:
                return _json_response(200, _order_view(self.order(out_trade_no)))
            case "POST", ["orders", out_trade_no, "pay"]:
                _only(payload, "openid")
                order = self.simulate_payment(out_trade_no, openid=_optional_string(payload, "openid"))
                return _json_response(200, _order_view(order))
            case "GET", ["refunds", out_refund_no]:
                return _json_response(200, self.refund(out_refund_no).to_json())
            case "POST", ["refunds", out_refund_no, "complete"]:
                _only(payload, "status")
                status = _optional_string(payload, "status")
                refund = self.simulate_refund(out_refund_no, "SUCCESS" if status is None else status)
                return _json_response(200, refund.to_json())
            case "GET", ["uploads"]:
                return _json_response(200, {"data": [attrs.asdict(u) for u in self.uploads]})
            case "GET", ["notifications"]:
                return _json_response(200, {"data": [r.summary() for r in self.notifications]})
            case "GET", ["requests"]:
                return _json_response(
                    200, {"counts": self.request_counts(), "certificate_downloads": self.certificate_downloads}
                )
        raise SandboxError(404, Code.NOT_FOUND, "no such control endpoint")
