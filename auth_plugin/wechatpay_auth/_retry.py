"""Retries, failover and timeouts around one call; used by the httpx clients of ``create_client``.

This layer sits above the signer: each attempt goes through ``httpx.Client.send`` and so
through :class:`WeChatPayAuth` again, with a fresh timestamp, nonce and signature (and fresh
OAEP ciphertexts). The business parameters stay byte-identical.

Decisions for one failed attempt (protocol.md section 6, insurance-api.md section 9):

========================================  ==================  ====================================
failure                                   safe operation      unsafe operation (every POST here)
========================================  ==================  ====================================
connect error / connect or pool timeout   retry, failover     retry, failover (nothing was sent)
429 (Retry-After honoured)                retry               raise; ``reconcile_with`` set
500/502/503, code ``SYSTEM_ERROR``        retry               raise; ``reconcile_with`` set
read/write timeout, reset, truncated      retry, failover     raise; ``reconcile_with`` set
signature verification failure            raise               raise (``reconcile_with`` set)
answer above ``max_response_bytes``       raise               raise (``reconcile_with`` set)
other 4xx, validation, configuration      raise               raise
========================================  ==================  ====================================

A 429 is not resent for an unsafe operation: for a refund, WeChat Pay documents the state after a
429 as unknown (query first, protocol.md section 6), and the spec marks an operation ``safe`` only
when resending it with the same key is harmless.

The call's ``deadline`` (seconds, optional) bounds everything: each attempt's httpx timeouts are
cut to the time left (again at the start of every phase: connect, send, wait for the headers,
read the body), the auth flow checks it between the chunks of the body, and no retry or backoff
wait starts that would end after it. ``timeout`` stays what httpx makes of it: a limit per phase
(connect, each single read or write, the pool wait), not a total.

"Safe" is the operation's ``retry`` metadata (spec ``x-wechatpay-retry``); a raw call without
metadata is safe for GET/HEAD/OPTIONS only. Failover switches the remaining attempts of the call
to the backup origin (``https://api2.wechatpay.cn`` for the default domain) after the first
connection failure, at once and without counting against ``max_retries``. The Host header is
not signed, so the request is the same; it is re-signed anyway like every attempt.
"""

from __future__ import annotations

import email.utils
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

import httpx

from ._constants import (
    BACKUP_BASE_URL,
    DEADLINE_EXTENSION,
    HEADER_RETRY_AFTER,
    LOGGER_NAME,
    OPERATION_ID_EXTENSION,
    PRIMARY_API_HOST,
    RETRY_SAFE,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ResponseTooLargeError,
    SignatureVerificationError,
    WeChatPayError,
    _header,
)
from ._options import DEFAULT_RETRY_POLICY, Deadline, RequestOptions, RetryPolicy, current_request_options

__all__ = ["CallPlan", "RetrySettings", "default_failover_origin", "send_async", "send_sync"]

logger = logging.getLogger(LOGGER_NAME)

_SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
#: Failures where the request cannot have reached the server.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Network failures worth another attempt (protocol and decoding errors are not).
_NETWORK: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
#: The shortest httpx timeout an attempt gets when the deadline is (nearly) reached; 0 would mean
#: "no timeout" or a non-blocking socket, not "now".
_MIN_TIMEOUT: Final = 0.001
#: A retry is only started if its wait ends at least this long before the deadline.
_MIN_ATTEMPT_TIME: Final = 0.01
#: At most this many characters of an error ``code`` in a log line.
_MAX_LOGGED_CODE: Final = 64


def _printable(text: str, limit: int = _MAX_LOGGED_CODE) -> str:
    """Untrusted text for a log line: control and other non-printable characters become ``?``
    (as the notification path does), and it is cut to ``limit`` characters."""
    cleaned = "".join(c if c.isprintable() else "?" for c in text[: limit + 1])
    return cleaned if len(cleaned) <= limit else cleaned[:limit] + "..."


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _asleep(seconds: float) -> None:
    import anyio  # httpx's async dependency; works under asyncio and trio

    await anyio.sleep(seconds)


def default_failover_origin(base_url: str | httpx.URL) -> str | None:
    """The backup origin for ``base_url``: api2.wechatpay.cn for api.mch.weixin.qq.com, else None."""
    url = httpx.URL(base_url)
    return BACKUP_BASE_URL if url.host == PRIMARY_API_HOST else None


@dataclass(frozen=True, slots=True)
class RetrySettings:
    """What a client does by default (``create_client`` arguments)."""

    policy: RetryPolicy = DEFAULT_RETRY_POLICY
    failover_origin: httpx.URL | None = None
    #: Seconds for a whole call (every attempt and wait), None: no total limit.
    deadline: float | None = None

    @classmethod
    def build(
        cls,
        *,
        policy: RetryPolicy | None,
        failover: bool,
        failover_base_url: str | None,
        deadline: float | None = None,
    ) -> RetrySettings:
        origin: httpx.URL | None = None
        if failover and failover_base_url is not None:
            origin = httpx.URL(failover_base_url)
            if origin.scheme not in ("http", "https") or not origin.host:
                raise ValueError(f"failover_base_url must be an http(s) origin, got {failover_base_url!r}")
        return cls(
            policy=policy if policy is not None else DEFAULT_RETRY_POLICY, failover_origin=origin, deadline=deadline
        )


#: No retries, no failover: httpx clients built without settings.
NO_RETRY_SETTINGS: Final = RetrySettings(policy=RetryPolicy(max_retries=0))


@dataclass(frozen=True, slots=True)
class CallPlan:
    """Everything one call needs to decide about its attempts."""

    operation_id: str | None
    safe: bool
    reconcile_with: str | None
    policy: RetryPolicy
    failover_origin: httpx.URL | None
    options: RequestOptions
    deadline: float | None = None


def plan_call(
    request: httpx.Request,
    settings: RetrySettings,
    lookup: Callable[[str], Any] | None,
) -> CallPlan:
    """Resolve operation safety and the effective options (client settings + request_options)."""
    options = current_request_options()
    operation_id = request.extensions.get(OPERATION_ID_EXTENSION)
    operation = None
    if isinstance(operation_id, str) and lookup is not None:
        operation = lookup(operation_id)
    if operation is not None:
        retry = getattr(operation, "retry", None)
        safe = retry == RETRY_SAFE if isinstance(retry, str) else request.method.upper() in _SAFE_METHODS
        reconcile_with = getattr(operation, "reconcile_with", None)
    else:
        safe = request.method.upper() in _SAFE_METHODS
        reconcile_with = None
    failover_origin = settings.failover_origin if options.failover is not False else None
    return CallPlan(
        operation_id=operation_id if isinstance(operation_id, str) else None,
        safe=safe,
        reconcile_with=reconcile_with if isinstance(reconcile_with, str) else None,
        policy=options.retry_policy(settings.policy),
        failover_origin=failover_origin,
        options=options,
        deadline=options.deadline if options.deadline is not None else settings.deadline,
    )


@dataclass(slots=True)
class _Verdict:
    retry: bool
    failover: bool
    sent: bool
    retry_after: float | None
    reason: str


def _retry_after(headers: Any) -> float | None:
    """Seconds from ``Retry-After`` (delta-seconds or an HTTP date); None if absent or unreadable."""
    try:
        value = _header(headers, HEADER_RETRY_AFTER)
    except Exception:  # noqa: BLE001 - headers of an error are unauthenticated; never crash on them
        return None
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - time.time()
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


#: aiohttp exceptions (by class name, aiohttp is optional) raised before the request was sent.
_AIOHTTP_NOT_SENT: Final = frozenset({"ClientConnectorError", "ConnectionTimeoutError"})


def _really_not_sent(exc: BaseException) -> bool:
    """False when a "connect" error wraps an aiohttp failure that happened after sending.

    ``httpx-aiohttp`` maps every ``aiohttp.ClientConnectionError`` (server disconnected after
    reading the request, reset, read timeout) to ``httpx.ConnectTimeout``; trusting that would
    resend non-idempotent calls. The cause tells what really happened.
    """
    cause = exc.__cause__
    if cause is None or not type(cause).__module__.startswith("aiohttp"):
        return True
    return any(klass.__name__ in _AIOHTTP_NOT_SENT for klass in type(cause).__mro__)


def _judge(exc: BaseException, plan: CallPlan) -> _Verdict | None:
    """How to treat a failed attempt; None: not a retry matter (raise as is)."""
    if isinstance(exc, _NOT_SENT) and _really_not_sent(exc):
        return _Verdict(True, True, False, None, type(exc).__name__)
    if isinstance(exc, _NETWORK):
        return _Verdict(plan.safe, plan.safe, True, None, type(exc).__name__)
    if isinstance(exc, httpx.RequestError):
        return _Verdict(False, False, True, None, type(exc).__name__)
    if isinstance(exc, APIError):
        policy = plan.policy
        status_listed = exc.status_code in policy.retry_statuses
        code_listed = exc.code is not None and exc.code in policy.retry_codes
        # The code comes from an unauthenticated body: never let it shape a log line.
        reason = f"HTTP {exc.status_code}" + (f" {_printable(exc.code)}" if exc.code else "")
        if exc.status_code == 429:
            # Rate limited. Resent only when the spec says resending is harmless: after a 429 a
            # refund's state is unknown (protocol.md section 6), so an unsafe call is queried first.
            retry = plan.safe and (status_listed or code_listed)
            return _Verdict(retry, False, True, _retry_after(exc.headers), reason)
        if status_listed or code_listed:
            return _Verdict(plan.safe, False, True, _retry_after(exc.headers), reason)
        return _Verdict(False, False, True, None, reason)
    return None


def _where(request: httpx.Request, plan: CallPlan) -> str:
    target = f"{request.method} {request.url.host}{request.url.path}"
    return f"{plan.operation_id} ({target})" if plan.operation_id else target


def _final_error(
    exc: BaseException,
    verdict: _Verdict | None,
    plan: CallPlan,
    request: httpx.Request,
    attempts: int,
    deadline: Deadline | None = None,
) -> BaseException:
    """The exception to raise after the last attempt, annotated with operation and attempts.

    ``deadline``: the call's deadline when it ended the call (named in a network error's message).
    """
    unclear = verdict is not None and verdict.sent and not plan.safe
    reconcile = plan.reconcile_with if unclear else None
    if isinstance(exc, httpx.RequestError):
        sent = verdict.sent if verdict is not None else True
        tries = f"after {attempts} attempts" if attempts > 1 else "on the first attempt"
        if deadline is not None:
            tries += f": {deadline.describe()} has passed"
        if sent:
            hint = (
                f"; the outcome is unknown: reconcile with {reconcile} before resending"
                if reconcile
                else ("; the outcome is unknown: check before resending" if not plan.safe else "")
            )
        else:
            hint = "; nothing reached WeChat Pay"
        if isinstance(exc, httpx.TimeoutException):
            message = f"{_where(request, plan)} timed out ({type(exc).__name__}) {tries}{hint}"
            error: APIConnectionError = APITimeoutError(
                message,
                operation_id=plan.operation_id,
                attempts=attempts,
                outcome_unknown=sent,
                reconcile_with=reconcile,
            )
        else:
            detail = str(exc)
            message = f"{_where(request, plan)} failed {tries}: {type(exc).__name__}" + (
                f": {detail}" if detail else ""
            )
            error = APIConnectionError(
                message + hint,
                operation_id=plan.operation_id,
                attempts=attempts,
                outcome_unknown=sent,
                reconcile_with=reconcile,
            )
        return error
    if isinstance(exc, APIError):
        exc.attempts = attempts
        if exc.operation_id is None:
            exc.operation_id = plan.operation_id
        if unclear and (exc.outcome_unknown or exc.status_code == 429):
            exc.reconcile_with = plan.reconcile_with
    elif isinstance(exc, APIConnectionError):
        exc.attempts = attempts
        if exc.operation_id is None:
            exc.operation_id = plan.operation_id
    elif isinstance(exc, SignatureVerificationError):
        if exc.operation_id is None:
            exc.operation_id = plan.operation_id
        if exc.reconcile_with is None and not plan.safe:
            exc.reconcile_with = plan.reconcile_with
    elif isinstance(exc, ResponseTooLargeError):
        if exc.operation_id is None:
            exc.operation_id = plan.operation_id
        executed = 200 <= exc.status_code < 300 or exc.status_code == 429 or exc.status_code >= 500
        if exc.reconcile_with is None and executed and not plan.safe:
            exc.reconcile_with = plan.reconcile_with
    return exc


class _Attempts:
    """State of one call across its attempts (shared by the sync and async loops)."""

    def __init__(self, request: httpx.Request, plan: CallPlan) -> None:
        self.original = request
        self.plan = plan
        self.headers = request.headers.copy()  # before the signer adds anything
        self.count = 0
        self.retries = 0
        self.failed_over = False
        self.current = request
        self.verdict: _Verdict | None = None
        timeout = plan.options.timeout
        if timeout is not None:
            request.extensions["timeout"] = timeout.as_dict()
        base = request.extensions.get("timeout")
        #: httpx's per-phase timeouts of the call, before any cut by the deadline.
        self.base_timeouts: dict[str, float | None] = dict(base) if isinstance(base, dict) else {}
        for name in ("connect", "read", "write", "pool"):
            self.base_timeouts.setdefault(name, None)
        self.user_trace = request.extensions.get("trace")
        self.deadline = Deadline.start(plan.deadline) if plan.deadline is not None else None
        #: True once the deadline ended the call (no further attempt).
        self.deadline_ended = False

    # -------------------------------------------------------------------- the deadline per attempt

    def _cut(self, timeouts: dict[str, float | None]) -> None:
        """Cut each phase's timeout to the time left before the deadline (in place)."""
        assert self.deadline is not None
        left = max(self.deadline.remaining(), _MIN_TIMEOUT)
        for name, base in self.base_timeouts.items():
            timeouts[name] = left if base is None else min(base, left)

    def arm(self, request: httpx.Request, *, asynchronous: bool) -> None:
        """Before an attempt: give it the deadline (its own timeouts, cut again at every phase).

        httpcore reads the ``timeout`` extension when a phase starts (connect, send, wait for the
        headers, read the body) and reports each start to the ``trace`` extension: there the
        timeouts are cut to the time left. The auth flow checks the deadline between body chunks.
        """
        if self.deadline is None:
            return
        timeouts: dict[str, float | None] = {}
        self._cut(timeouts)
        request.extensions["timeout"] = timeouts
        request.extensions[DEADLINE_EXTENSION] = self.deadline
        user_trace = self.user_trace
        cut = self._cut
        if asynchronous:

            async def atrace(name: str, info: dict[str, Any]) -> None:
                if name.endswith(".started"):
                    cut(timeouts)
                if user_trace is not None:
                    await user_trace(name, info)

            request.extensions["trace"] = atrace
        else:

            def trace(name: str, info: dict[str, Any]) -> None:
                if name.endswith(".started"):
                    cut(timeouts)
                if user_trace is not None:
                    user_trace(name, info)

            request.extensions["trace"] = trace

    def _deadline_ends(self, verdict: _Verdict, wait: float) -> bool:
        """True (and logged) when another attempt after ``wait`` seconds would miss the deadline."""
        deadline = self.deadline
        if deadline is None or deadline.remaining() > wait + _MIN_ATTEMPT_TIME:
            return False
        self.deadline_ended = True
        logger.info(
            "%s: %s; not retrying: %s leaves %.3f s",
            _where(self.original, self.plan),
            verdict.reason,
            deadline.describe(),
            deadline.remaining(),
        )
        return True

    def _rebuild(self, origin: httpx.URL | None) -> httpx.Request:
        url = self.original.url
        if origin is not None:
            url = url.copy_with(scheme=origin.scheme, host=origin.host, port=origin.port)
        elif self.failed_over:
            url = self.current.url
        headers = self.headers.copy()
        headers.pop("Host", None)  # recomputed from the URL by httpx
        return httpx.Request(
            self.original.method,
            url,
            headers=headers,
            content=self.original.content,
            extensions=dict(self.original.extensions),
        )

    def next_step(self, exc: BaseException) -> float | None:
        """After a failed attempt: seconds to wait before the next one, or None to raise."""
        plan = self.plan
        verdict = _judge(exc, plan)
        self.verdict = verdict
        if verdict is None:
            return None
        if self.deadline is not None and self.deadline.remaining() <= _MIN_ATTEMPT_TIME:
            self.deadline_ended = True  # whatever the verdict: no time left for anything
            if verdict.retry or verdict.failover:
                self._deadline_ends(verdict, 0.0)
            return None
        if verdict.failover and plan.failover_origin is not None and not self.failed_over:
            self.failed_over = True
            self.current = self._rebuild(plan.failover_origin)
            logger.warning(
                "%s: %s; failing over to %s (attempt %d)",
                _where(self.original, plan),
                verdict.reason,
                plan.failover_origin.host,
                self.count + 1,
            )
            return 0.0
        if not verdict.retry or self.retries >= plan.policy.max_retries:
            return None
        delay = plan.policy.delay(self.retries + 1, verdict.retry_after)
        if delay is None:
            logger.info(
                "%s: %s with Retry-After above %.0f s; not retrying",
                _where(self.original, plan),
                verdict.reason,
                plan.policy.max_retry_after,
            )
            return None
        if self._deadline_ends(verdict, delay):
            return None
        self.retries += 1
        self.current = self._rebuild(plan.failover_origin if self.failed_over else None)
        logger.info(
            "%s: %s; retry %d of %d in %.3f s%s",
            _where(self.original, plan),
            verdict.reason,
            self.retries,
            plan.policy.max_retries,
            delay,
            " (Retry-After)" if verdict.retry_after is not None else "",
        )
        return delay

    def failure(self, exc: BaseException) -> BaseException:
        deadline = self.deadline if self.deadline_ended else None
        return _final_error(exc, self.verdict, self.plan, self.current, self.count, deadline)


_Handled = (httpx.RequestError, WeChatPayError)


def send_sync(
    send: Callable[[httpx.Request], httpx.Response],
    request: httpx.Request,
    plan: CallPlan,
) -> httpx.Response:
    """Send ``request`` through ``send`` (httpx.Client.send: auth, signing), retrying per ``plan``."""
    request.read()
    state = _Attempts(request, plan)
    while True:
        state.count += 1
        state.arm(state.current, asynchronous=False)
        try:
            return send(state.current)
        except _Handled as exc:
            delay = state.next_step(exc)
            if delay is None:
                error = state.failure(exc)
                if error is exc:
                    raise
                raise error from exc
        if delay > 0:
            _sleep(delay)


async def send_async(
    send: Callable[[httpx.Request], Awaitable[httpx.Response]],
    request: httpx.Request,
    plan: CallPlan,
) -> httpx.Response:
    """Async twin of :func:`send_sync`."""
    await request.aread()
    state = _Attempts(request, plan)
    while True:
        state.count += 1
        state.arm(state.current, asynchronous=True)
        try:
            return await send(state.current)
        except _Handled as exc:
            delay = state.next_step(exc)
            if delay is None:
                error = state.failure(exc)
                if error is exc:
                    raise
                raise error from exc
        if delay > 0:
            await _asleep(delay)
