"""``wechatpay_sandbox``: a local simulator of WeChat Pay APIv3 speaking the real protocol on loopback.

It serves the 12 insurance entrusted-deduction operations (委托代扣∙保险业) and
``/v3/certificates``: requests are checked as WeChat Pay checks them (Authorization signature,
merchant serial, 300 s freshness, parameters validated against the spec read at run time,
RSA-OAEP sensitive fields), responses and callbacks are signed, callback resources and
certificates are AES-256-GCM encrypted with the APIv3 key, and callbacks are retried on the
documented schedule.

Why the standard library's ``http.server.ThreadingHTTPServer`` (HTTP/1.1, keep-alive,
Content-Length framing) rather than an ASGI framework:

- zero extra runtime dependencies for users who run the demo (the distribution depends only on
  httpx, attrs and cryptography);
- full control over the bytes on the wire, which fault injection needs (a Content-Length larger
  than the body, a connection closed without an answer);
- it is maintained with CPython.

The server side of the protocol is implemented here directly on ``cryptography`` and never
imports ``wechatpay_auth``: the SDK is tested against this sandbox, so they must be independent.

Sandbox choices where WeChat Pay documents nothing (error codes, period states, where the
TERMINATE/RENEW callbacks go, business-hour enforcement) are listed in ``_state`` and
:class:`Code`. Logs (``logging.getLogger("wechatpay.sandbox")``) carry method, path, status and
request id only: never keys, signatures or decrypted identities.
"""

from __future__ import annotations

from ._constants import Code
from ._credentials import PlatformCertificate, SandboxCredentials, write_credentials
from ._errors import SandboxError
from ._faults import KINDS as FAULT_KINDS
from ._faults import Fault, FaultRegistry
from ._keys import Mode
from ._notify import DeliveryAttempt, NotificationRecord
from ._sandbox import Sandbox
from ._spec import Spec, SpecError, load_spec
from ._state import Contract, PolicyPeriod, PreSignSession, RealIdentity, SandboxState, Trade

__all__ = [
    "FAULT_KINDS",
    "Code",
    "Contract",
    "DeliveryAttempt",
    "Fault",
    "FaultRegistry",
    "Mode",
    "NotificationRecord",
    "PlatformCertificate",
    "PolicyPeriod",
    "PreSignSession",
    "RealIdentity",
    "Sandbox",
    "SandboxCredentials",
    "SandboxError",
    "SandboxState",
    "Spec",
    "SpecError",
    "Trade",
    "load_spec",
    "write_credentials",
]
