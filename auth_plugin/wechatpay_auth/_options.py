"""Retry, timeout, failover and validation settings: per client and per call.

Per client: the arguments of :func:`create_client` (``retry=``, ``timeout=``, ``deadline=``,
``max_response_bytes=``, ``failover=``, ``failover_base_url=``, ``validate_requests=``). Per call: the :func:`request_options` context
manager, which overrides any of them for the calls made inside it (sync or async; a context
variable, so concurrent tasks do not see each other's options)::

    with request_options(max_retries=0, timeout=2.0):
        pre_sign_mini_program.sync(client=client, body=body)
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Final

import httpx

from ._constants import (
    DEFAULT_CONNECT_TIMEOUT_SECONDS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_READ_TIMEOUT_SECONDS,
    DEFAULT_RETRY_INITIAL_DELAY,
    DEFAULT_RETRY_MAX_DELAY,
    RETRYABLE_CODES,
    RETRYABLE_STATUSES,
)
from ._errors import ConfigurationError

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "NO_RETRIES",
    "Deadline",
    "RequestOptions",
    "RetryPolicy",
    "check_deadline",
    "check_max_response_bytes",
    "coerce_timeout",
    "current_request_options",
    "request_options",
]

#: Connect 5 s; read, write and pool 10 s.
DEFAULT_TIMEOUT: Final = httpx.Timeout(DEFAULT_READ_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)


def coerce_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """``httpx.Timeout`` as is; a number applies to connect, read, write and pool alike."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def check_deadline(deadline: float | None) -> float | None:
    """A total time limit per call in seconds (a positive, finite number), or None for none."""
    if deadline is None:
        return None
    if (
        isinstance(deadline, bool)
        or not isinstance(deadline, int | float)
        or not math.isfinite(deadline)
        or deadline <= 0
    ):
        raise ConfigurationError(f"deadline must be a positive number of seconds or None, got {deadline!r}")
    return float(deadline)


def check_max_response_bytes(limit: int) -> int:
    """The answer size cap: a positive whole number of bytes."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        raise ConfigurationError(f"max_response_bytes must be a positive whole number of bytes, got {limit!r}")
    return limit


#: The clock of deadlines (monotonic; a module attribute so that tests can replace it).
_monotonic: Callable[[], float] = time.monotonic


@dataclass(frozen=True, slots=True)
class Deadline:
    """The end of one call's time budget: ``seconds`` after it started, on the monotonic clock.

    Set by the retry layer on every attempt's request (extension ``wechatpay_deadline``); it
    cuts each attempt's httpx timeouts to the time left, stops retries and backoff waits that
    would end after it, and is checked between the chunks of an answer's body.
    """

    seconds: float
    expires_at: float

    @classmethod
    def start(cls, seconds: float) -> Deadline:
        return cls(seconds, _monotonic() + seconds)

    def remaining(self) -> float:
        """Seconds left (0.0 once it has passed)."""
        return max(0.0, self.expires_at - _monotonic())

    def expired(self) -> bool:
        return _monotonic() >= self.expires_at

    def describe(self) -> str:
        return f"the call's deadline of {self.seconds:g} s"


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how often a failed call is sent again. Every attempt is signed afresh.

    The n-th retry waits ``min(max_delay, initial_delay * multiplier ** (n - 1))`` seconds,
    reduced by up to ``jitter`` (a fraction) at random, or the server's ``Retry-After`` when it
    sends one (a ``Retry-After`` above ``max_retry_after`` is not waited for: the error is raised).

    What is retried (protocol.md section 6):

    - a connection that could not be established (refused, DNS, connect or pool timeout): every
      operation, since nothing was sent;
    - ``retry_statuses`` (default 429, 500, 502, 503) and error bodies whose ``code`` is in
      ``retry_codes`` (default ``SYSTEM_ERROR``), and every other network failure (read timeout,
      connection reset, truncated answer): only operations that are safe to resend (GETs, and
      operations whose spec says ``x-wechatpay-retry: safe``). For the others (every insurance
      POST) the outcome is unclear and the error names the query that reconciles it. That holds
      for 429 too: after a 429 a refund's state is unknown (query first, protocol.md section 6),
      so an unsafe operation is never resent on a 429;
    - a response that fails signature verification: never.

    ``RetryPolicy(max_retries=0)`` (or :data:`NO_RETRIES`) switches retries off.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = DEFAULT_RETRY_INITIAL_DELAY
    max_delay: float = DEFAULT_RETRY_MAX_DELAY
    multiplier: float = 2.0
    jitter: float = 0.25
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    retry_statuses: frozenset[int] = field(default=RETRYABLE_STATUSES)
    retry_codes: frozenset[str] = field(default=RETRYABLE_CODES)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ConfigurationError(f"{name} must be a number of seconds >= 0, got {value!r}")
        if self.max_delay < self.initial_delay:
            raise ConfigurationError("max_delay must not be smaller than initial_delay")
        if not 1.0 <= self.multiplier <= 10.0:
            raise ConfigurationError(f"multiplier must be between 1 and 10, got {self.multiplier!r}")
        if not 0.0 <= self.jitter <= 1.0:
            raise ConfigurationError(f"jitter must be a fraction between 0 and 1, got {self.jitter!r}")
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))
        object.__setattr__(self, "retry_codes", frozenset(self.retry_codes))

    def backoff(self, retry: int, *, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number ``retry`` (1-based), jitter applied."""
        exponent = min(max(retry - 1, 0), 64)
        base = min(self.max_delay, self.initial_delay * self.multiplier**exponent)
        return float(base * (1.0 - self.jitter * rand()))

    def delay(self, retry: int, retry_after: float | None) -> float | None:
        """The wait before retry ``retry``: the server's Retry-After if any (None: too long to wait)."""
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        return self.backoff(retry)


#: 2 retries, 0.5 s doubling up to 8 s, 25 % jitter, Retry-After honoured up to 60 s.
DEFAULT_RETRY_POLICY: Final = RetryPolicy()
#: Retries off.
NO_RETRIES: Final = RetryPolicy(max_retries=0)


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides; ``None`` leaves the client's setting in force.

    ``max_retries`` replaces only that field of whichever policy applies (the call's ``retry``
    or the client's).
    """

    timeout: httpx.Timeout | None = None
    retry: RetryPolicy | None = None
    max_retries: int | None = None
    failover: bool | None = None
    validate: bool | None = None
    deadline: float | None = None
    max_response_bytes: int | None = None

    def merged(self, inner: RequestOptions) -> RequestOptions:
        """These options with ``inner``'s non-None values on top (an inner policy drops an outer max_retries)."""
        retry: RetryPolicy | None
        if inner.retry is not None:
            retry, max_retries = inner.retry, inner.max_retries
        else:
            retry = self.retry
            max_retries = inner.max_retries if inner.max_retries is not None else self.max_retries
        return RequestOptions(
            timeout=inner.timeout if inner.timeout is not None else self.timeout,
            retry=retry,
            max_retries=max_retries,
            failover=inner.failover if inner.failover is not None else self.failover,
            validate=inner.validate if inner.validate is not None else self.validate,
            deadline=inner.deadline if inner.deadline is not None else self.deadline,
            max_response_bytes=(
                inner.max_response_bytes if inner.max_response_bytes is not None else self.max_response_bytes
            ),
        )

    def retry_policy(self, client_policy: RetryPolicy) -> RetryPolicy:
        """The policy for one call: the per-call one or the client's, with ``max_retries`` applied."""
        policy = self.retry if self.retry is not None else client_policy
        if self.max_retries is not None and self.max_retries != policy.max_retries:
            policy = replace(policy, max_retries=self.max_retries)
        return policy


_NO_OPTIONS: Final = RequestOptions()
_current: ContextVar[RequestOptions] = ContextVar("wechatpay_request_options", default=_NO_OPTIONS)


def current_request_options() -> RequestOptions:
    """The options set by the innermost :func:`request_options` around the current code."""
    return _current.get()


@contextmanager
def request_options(
    *,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    retry: RetryPolicy | None = None,
    failover: bool | None = None,
    validate: bool | None = None,
    deadline: float | None = None,
    max_response_bytes: int | None = None,
) -> Iterator[RequestOptions]:
    """Override the client's retry, timeout, failover and validation settings for the calls inside.

    ``timeout``: seconds or an ``httpx.Timeout``, httpx's limits per phase of one attempt
    (connect, each read, each write, waiting for a pooled connection), not a total;
    ``deadline``: seconds for the whole call, every attempt, backoff wait and the reading of the
    answer included (:class:`APITimeoutError` when it passes); ``max_response_bytes``: the most
    bytes of an answer read into memory (:class:`ResponseTooLargeError` beyond);
    ``retry``: a :class:`RetryPolicy`;
    ``max_retries``: replaces only the policy's ``max_retries`` (``0`` = no retry);
    ``failover``: ``False`` keeps every attempt on the primary domain; ``validate``: ``False``
    skips the request-schema check (WeChat Pay still validates). Nested blocks combine, the
    inner one winning. Works around sync and async calls alike (a ``ContextVar``, so concurrent
    tasks keep their own)::

        with request_options(timeout=httpx.Timeout(3.0, connect=1.0), max_retries=0):
            await schedule_policy_period.asyncio(client=client, ...)
    """
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
    options = RequestOptions(
        timeout=None if timeout is None else coerce_timeout(timeout),
        retry=retry,
        max_retries=max_retries,
        failover=failover,
        validate=validate,
        deadline=check_deadline(deadline),
        max_response_bytes=None if max_response_bytes is None else check_max_response_bytes(max_response_bytes),
    )
    combined = _current.get().merged(options)
    token = _current.set(combined)
    try:
        yield combined
    finally:
        _current.reset(token)
