"""Checks :func:`create_client` makes on its arguments before anything is built (issue 14).

- ``base_url`` must be an absolute ``http``/``https`` URL with a host: ``"localhost:8080"``
  parses as scheme ``localhost`` and would otherwise fail at the first call with a misleading
  message.
- A client given only a sync ``transport=`` (typically a mock in a test) must not let its async
  calls reach the network through the default async transport: they raise
  :class:`ConfigurationError` instead, until ``async_transport=`` is given too.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from ._errors import ConfigurationError

__all__ = ["SyncOnlyTransport", "async_transport_for", "check_base_url", "refuse_sync_only"]


def check_base_url(base_url: object, name: str = "base_url") -> None:
    """Raise :class:`ConfigurationError` naming ``name`` unless it is an absolute http(s) URL with a host."""
    if not isinstance(base_url, str | httpx.URL):
        raise ConfigurationError(f"{name} must be a URL string such as 'https://api.mch.weixin.qq.com'")
    text = str(base_url)
    shown = repr(text) if "@" not in text else "(a URL with credentials, not shown)"
    example = "such as 'https://api.mch.weixin.qq.com' or 'http://127.0.0.1:8080'"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise ConfigurationError(f"{name} {shown} is not a valid URL; give an absolute URL {example}") from None
    if parts.scheme not in ("http", "https"):
        raise ConfigurationError(
            f"{name} {shown} has no http:// or https:// scheme (parsed scheme: {parts.scheme or 'none'!r}); "
            f"give an absolute URL {example}"
        )
    if not parts.hostname:
        raise ConfigurationError(f"{name} {shown} has no host; give an absolute URL {example}")
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError(f"{name} must not carry credentials (user:password@); WeChat Pay signs each request")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{name} {shown} must not have a query or fragment; give an absolute URL {example}")


_SYNC_ONLY_MESSAGE = (
    "this client was built with a sync transport= only, so its async calls have no transport "
    "(they would otherwise bypass it and reach the network): pass async_transport= as well "
    "(e.g. httpx.MockTransport(handler) serves both) or call the sync functions. Nothing was sent"
)


class SyncOnlyTransport(httpx.AsyncBaseTransport):
    """The async transport of a client built with only a sync ``transport=``: refuses every request."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(_SYNC_ONLY_MESSAGE)


def async_transport_for(
    transport: httpx.BaseTransport | None, async_transport: httpx.AsyncBaseTransport | None
) -> httpx.AsyncBaseTransport | None:
    """``async_transport`` as given; a :class:`SyncOnlyTransport` when only a sync transport was given."""
    if async_transport is None and transport is not None:
        return SyncOnlyTransport()
    return async_transport


def refuse_sync_only(client: httpx.AsyncClient) -> None:
    """Raise :class:`ConfigurationError` before an async call on a client with only a sync transport."""
    if isinstance(getattr(client, "_transport", None), SyncOnlyTransport):
        raise ConfigurationError(_SYNC_ONLY_MESSAGE)
