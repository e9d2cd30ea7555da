"""The sandbox's one exception type, and the refusals every business module raises."""

from __future__ import annotations

import json
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


def param_error(field: str, issue: str, value: Any = None, location: str = "body") -> SandboxError:
    """400 PARAM_ERROR naming ``field`` (a JSON pointer or a parameter name); ``value`` only if not secret."""
    detail: dict[str, Any] = {"field": field, "issue": issue, "location": location}
    if value is not None:
        detail["value"] = value
    return SandboxError(400, "PARAM_ERROR", f"parameter error: {field} {issue}", detail)


def canonical(body: Any) -> str:
    """One text per JSON value (sorted keys): what "the same request again" compares."""
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
