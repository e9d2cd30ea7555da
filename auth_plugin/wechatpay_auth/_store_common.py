"""What the Redis and SQL notification stores share: the id checks and the claim tokens.

A claim carries a random token; release and mark delete a claim only if it still carries the
token (another worker may have taken over a lapsed one). One store instance serves every thread
or task of a process, so the tokens it holds are kept here by notification id, and a claim is
reserved here BEFORE the server is asked: while a delivery of an id is in flight in this process,
another delivery of it through the same instance is refused (the parser answers 503 and WeChat
Pay retries), even if the server-side claim lapsed meanwhile. Without that, the second delivery's
token would replace the first's, and the first delivery's late release would delete the second's
live claim. A token leaves on release, mark_processed, forget, or a claim the server refused.
"""

from __future__ import annotations

import re
import secrets
import threading

from ._errors import ConfigurationError, NotificationStoreError

__all__ = ["ClaimTokens", "check_id", "check_mchid"]

_MCHID_RE = re.compile(r"[A-Za-z0-9_-]{1,32}")


def check_mchid(mchid: object) -> str:
    """The merchant id that is part of every key: 1-32 letters, digits, '_' or '-'."""
    if not isinstance(mchid, str) or _MCHID_RE.fullmatch(mchid) is None:
        raise ConfigurationError("mchid must be the merchant id: 1-32 letters, digits, '_' or '-'")
    return mchid


def check_id(notification_id: object) -> str:
    if not isinstance(notification_id, str) or not notification_id:
        raise ValueError("notification_id must be a non-empty string")
    return notification_id


class ClaimTokens:
    """The tokens of the claims one store instance holds, keyed by notification id."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}
        self._tokens_lock = threading.Lock()

    def _reserve(self, notification_id: str) -> str | None:
        """A new token for a claim of the id, held here; None if this instance holds one already."""
        with self._tokens_lock:
            if notification_id in self._tokens:
                return None
            token = self._tokens[notification_id] = secrets.token_hex(16)
            return token

    def _unreserve(self, notification_id: str, token: str) -> None:
        """Drop the reservation of :meth:`_reserve` (the server refused the claim, or failed)."""
        with self._tokens_lock:
            if self._tokens.get(notification_id) == token:
                del self._tokens[notification_id]

    def _keep_token(self, notification_id: str, token: str) -> None:
        with self._tokens_lock:
            self._tokens[notification_id] = token

    def _take_token(self, notification_id: str) -> str | None:
        with self._tokens_lock:
            return self._tokens.pop(notification_id, None)

    def _failed(self, exc: BaseException, operation: str, notification_id: str | None) -> NotificationStoreError:
        return NotificationStoreError.wrap(exc, operation=operation, notification_id=notification_id, store=self)
