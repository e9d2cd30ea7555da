"""Protocol constants of WeChat Pay APIv3 (see docs: protocol.md sections 1-5)."""

from __future__ import annotations

import string
from typing import Final

# Authorization scheme: "WECHATPAY2-" + algorithm id (protocol.md section 1).
AUTH_SCHEME: Final = "WECHATPAY2-SHA256-RSA2048"
SIGNATURE_TYPE_RSA: Final = AUTH_SCHEME

# Request headers.
HEADER_AUTHORIZATION: Final = "Authorization"
HEADER_ACCEPT: Final = "Accept"
HEADER_ACCEPT_ENCODING: Final = "Accept-Encoding"
HEADER_USER_AGENT: Final = "User-Agent"
HEADER_CONTENT_LENGTH: Final = "Content-Length"

# Response / callback headers (Wechatpay-Serial is also a request header, section 3).
HEADER_TIMESTAMP: Final = "Wechatpay-Timestamp"
HEADER_NONCE: Final = "Wechatpay-Nonce"
HEADER_SIGNATURE: Final = "Wechatpay-Signature"
HEADER_SERIAL: Final = "Wechatpay-Serial"
HEADER_SIGNATURE_TYPE: Final = "Wechatpay-Signature-Type"
HEADER_REQUEST_ID: Final = "Request-ID"

#: The four headers every signed response and callback must carry.
REQUIRED_SIGNATURE_HEADERS: Final = (HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE, HEADER_SERIAL)

#: Allowed clock skew between WeChat Pay's timestamp and ours, in whole seconds. The docs
#: recommend at most 5 minutes. Rule chosen here: ``abs(now - timestamp) <= 300`` is accepted,
#: so exactly 300 s passes and 301 s fails, in either direction (PHP and Node behave the same;
#: Go rejects 300).
MAX_CLOCK_SKEW_SECONDS: Final = 300

#: WeChat Pay deliberately sends wrong signatures starting with this prefix to test merchants.
PROBE_SIGNATURE_PREFIX: Final = "WECHATPAY/SIGNTEST/"
PUBLIC_KEY_ID_PREFIX: Final = "PUB_KEY_ID_"

DEFAULT_BASE_URL: Final = "https://api.mch.weixin.qq.com"
CERTIFICATES_PATH: Final = "/v3/certificates"

#: Default interval of the scheduled platform-certificate refresh; the docs ask for < 12 h.
DEFAULT_CERTIFICATE_REFRESH_INTERVAL: Final = 3600.0
MAX_CERTIFICATE_REFRESH_INTERVAL: Final = 12 * 3600.0
MIN_CERTIFICATE_REFRESH_INTERVAL: Final = 60.0
#: An unknown certificate serial triggers at most one download per this many seconds.
UNKNOWN_SERIAL_REFRESH_GAP: Final = 60.0

APIV3_KEY_LENGTH: Final = 32
AEAD_AES_256_GCM: Final = "AEAD_AES_256_GCM"
GCM_TAG_LENGTH: Final = 16

#: The request extension the generated client sets (docs/CONTRACTS.md).
OPERATION_ID_EXTENSION: Final = "wechatpay_operation_id"
METADATA_MODULE: Final = "wechatpay_client._metadata"

LOGGER_NAME: Final = "wechatpay"

NONCE_LENGTH: Final = 32
NONCE_ALPHABET: Final = string.digits + string.ascii_letters

SDK_NAME: Final = "wechatpay-typed"
DEFAULT_TIMEOUT_SECONDS: Final = 30.0

# Timeouts (seconds). A timeout raises APITimeoutError naming the operation and the attempts.
DEFAULT_CONNECT_TIMEOUT_SECONDS: Final = 5.0
#: Read, write and pool timeout. WeChat Pay answers within a second or two; the official Java
#: SDK waits 10 s to read.
DEFAULT_READ_TIMEOUT_SECONDS: Final = 10.0

# Retries (protocol.md section 6): exponential backoff with jitter, honouring Retry-After.
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_RETRY_INITIAL_DELAY: Final = 0.5
DEFAULT_RETRY_MAX_DELAY: Final = 8.0
#: A Retry-After longer than this is not waited for: the error is raised instead.
DEFAULT_MAX_RETRY_AFTER: Final = 60.0
RETRYABLE_STATUSES: Final = frozenset({429, 500, 502, 503})
RETRYABLE_CODES: Final = frozenset({"SYSTEM_ERROR"})
HEADER_RETRY_AFTER: Final = "Retry-After"

#: Most bytes of an answer's body read into memory (2xx answers and error bodies alike): WeChat Pay's
#: JSON answers are a few KiB, so 16 MiB is generous. Streamed downloads (bills, receipts) are not
#: capped by it (``max_bytes=`` of ``download_bill``). ``create_client(max_response_bytes=...)``.
DEFAULT_MAX_RESPONSE_BYTES: Final = 16 * 1024 * 1024
#: Request extension carrying the call's total deadline (an ``_options.Deadline``), set by the retry
#: layer on every attempt; the auth flow and ``AiohttpTransport`` read it.
DEADLINE_EXTENSION: Final = "wechatpay_deadline"

#: The documented backup domain; the Java SDK fails over to it on connection errors only.
PRIMARY_API_HOST: Final = "api.mch.weixin.qq.com"
BACKUP_BASE_URL: Final = "https://api2.wechatpay.cn"
#: WeChat Pay's own API hosts (primary and backup): a request addressed to one of them is routed to
#: its operation's own origin when the spec names one (cross-border operations).
WECHATPAY_API_HOSTS: Final = frozenset({PRIMARY_API_HOST, "api2.wechatpay.cn", "api2.mch.weixin.qq.com"})

#: Values of the spec's ``x-wechatpay-retry`` (generated metadata ``retry``).
RETRY_SAFE: Final = "safe"
RETRY_UNSAFE: Final = "unsafe"

#: Where the generated client ships the resolved spec (docs/CONTRACTS.md).
SPEC_PACKAGE: Final = "wechatpay_client"
SPEC_RESOURCE: Final = "_openapi.json"
#: RSA-OAEP (SHA-1) plaintext limit for the 2048-bit keys WeChat Pay uses.
SENSITIVE_PLAINTEXT_MAX_BYTES: Final = 214
