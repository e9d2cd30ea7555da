"""The sandbox's one exception type."""

from __future__ import annotations

from typing import Any


class SandboxError(Exception):
    """A refusal, with the HTTP status and ``{code, message, detail}`` the sandbox answers with.

    Raised inside request handling (and turned into a signed error response) and by the Python
    control methods (``simulate_user_sign`` on an unknown session, ...). Messages never contain
    keys or decrypted identities.
    """

    def __init__(self, status: int, code: str, message: str, detail: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.detail is not None:
            out["detail"] = self.detail
        return out
