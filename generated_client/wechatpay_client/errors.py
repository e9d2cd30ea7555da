# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """A non-2xx status reached the generated code (a plain client without the wechatpay_auth plugin).

    ``status_code`` and ``content`` (the body) are attributes; the body is never part of ``str()``.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code} ({len(content)} bytes of response content in .content)"
        )


__all__ = ["UnexpectedStatus"]
