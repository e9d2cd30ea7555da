"""Per-call work of the ``create_client`` httpx clients that need not be redone on every call.

- httpx merges the operation's path with ``base_url`` on every request (``URL`` parsing twice,
  ``copy_with``): the merged ``httpx.URL`` (immutable) is kept per path string and base URL.
- The retry plan of a call depends only on the operation, the method and the per-call options:
  without per-call options (the usual case) it is kept per operation and method.
- Cookies are extracted only from answers that set some (:class:`_Cookies`).
"""

from __future__ import annotations

from typing import Any, Final

import httpx

from ._constants import OPERATION_ID_EXTENSION
from ._options import _NO_OPTIONS, current_request_options
from ._retry import CallPlan, RetrySettings, plan_call

__all__ = ["RequestCache"]

#: Most entries kept per cache (distinct paths, e.g. with path parameters); cleared when full.
_MAX_ENTRIES: Final = 512


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, which skips the per-answer extraction when there is nothing to extract.

    httpx passes every answer to ``http.cookiejar`` (through an ``email.message.Message`` built
    from all its headers, about 4 % of a call's CPU here); an answer without ``Set-Cookie`` or
    ``Set-Cookie2`` adds nothing to the jar, so the jar is left alone for it. Any other answer
    goes through httpx as before.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class RequestCache:
    """Mixin for ``httpx.Client`` / ``httpx.AsyncClient`` subclasses (before them in the bases)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        client: Any = self
        client._cookies = _Cookies(client._cookies)

    _wechatpay_urls: dict[str, httpx.URL]
    _wechatpay_urls_base: httpx.URL | None
    _wechatpay_plans: dict[tuple[str, str], tuple[RetrySettings, Any, CallPlan]]

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if not isinstance(url, str):
            return super()._merge_url(url)  # type: ignore[misc,no-any-return]
        base: httpx.URL = self.base_url  # type: ignore[attr-defined]
        cache = self.__dict__.get("_wechatpay_urls")
        if cache is None or self.__dict__.get("_wechatpay_urls_base") is not base or len(cache) >= _MAX_ENTRIES:
            cache = self._wechatpay_urls = {}
            self._wechatpay_urls_base = base
        merged = cache.get(url)
        if merged is None:
            merged = cache[url] = super()._merge_url(url)  # type: ignore[misc]
        return merged

    def _plan(self, request: httpx.Request, settings: RetrySettings, auth: Any, lookup: Any) -> CallPlan:
        """``plan_call`` for ``request``, from the cache when no per-call options are in force."""
        operation_id = request.extensions.get(OPERATION_ID_EXTENSION)
        if not isinstance(operation_id, str) or current_request_options() is not _NO_OPTIONS:
            return plan_call(request, settings, lookup)
        key = (operation_id, request.method)
        plans = self.__dict__.get("_wechatpay_plans")
        if plans is None or len(plans) >= _MAX_ENTRIES:
            plans = self._wechatpay_plans = {}
        entry = plans.get(key)
        # The plan is a function of the operation, the method, the settings and the auth's lookup.
        if entry is None or entry[0] is not settings or entry[1] is not auth:
            entry = plans[key] = (settings, auth, plan_call(request, settings, lookup))
        return entry[2]
