"""``wechatpay_sandbox``: a local simulator of WeChat Pay APIv3 speaking the real protocol on loopback.

It serves every operation of the spec read at run time. Requests are checked as WeChat Pay checks
them (Authorization signature, merchant serial, 300 s freshness, parameters and body validated
against the spec, RSA-OAEP sensitive fields, ``mchid`` of the signer); responses and callbacks
are signed, callback resources and certificates are AES-256-GCM encrypted with the APIv3 key,
and callbacks are retried on the documented schedule.

- With business rules and state: the insurance entrusted-deduction operations (委托代扣∙保险业,
  ``_state``), basic payment orders (JSAPI/APP/H5/Native/付款码, query, close, reverse) and domestic
  refunds (``_payments``), trade and fund-flow bills with their unsigned file download
  (``_bills``), ``/v3/certificates``, and multipart media uploads (the signature covers the
  ``meta`` part; ``_multipart``).
- Every other operation: after the same checks, a signed answer synthesised from the spec's
  success response (``_synth``: request fields of the same name echoed, examples used,
  type-correct values otherwise; an empty signed body for 204). Business handlers take precedence.

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
TERMINATE/RENEW callbacks go, business-hour enforcement, duplicate refunds, which bytes the
bill hash covers) are listed in ``_state``, ``_payments``, ``_bills`` and :class:`Code`. Logs (``logging.getLogger("wechatpay.sandbox")``) carry method, path, status and
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
from ._payments import Order, Refund
from ._sandbox import Sandbox
from ._server import Upload
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
    "Order",
    "PlatformCertificate",
    "PolicyPeriod",
    "PreSignSession",
    "RealIdentity",
    "Refund",
    "Sandbox",
    "SandboxCredentials",
    "SandboxError",
    "SandboxState",
    "Spec",
    "SpecError",
    "Trade",
    "Upload",
    "load_spec",
    "write_credentials",
]
