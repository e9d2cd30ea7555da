"""Names and numbers the sandbox shares between its modules: headers, codes, timings."""

from __future__ import annotations

import datetime as _dt
from typing import Final

AUTH_SCHEME: Final = "WECHATPAY2-SHA256-RSA2048"
SIGNATURE_TYPE: Final = "WECHATPAY2-SHA256-RSA2048"
AUTH_PARAMS: Final = frozenset({"mchid", "nonce_str", "timestamp", "serial_no", "signature"})

#: A request is accepted when ``abs(sandbox_now - timestamp) <= TIMESTAMP_TOLERANCE`` (boundary accepted).
TIMESTAMP_TOLERANCE: Final = 300

HEADER_TIMESTAMP: Final = "Wechatpay-Timestamp"
HEADER_NONCE: Final = "Wechatpay-Nonce"
HEADER_SIGNATURE: Final = "Wechatpay-Signature"
HEADER_SERIAL: Final = "Wechatpay-Serial"
HEADER_SIGNATURE_TYPE: Final = "Wechatpay-Signature-Type"
HEADER_REQUEST_ID: Final = "Request-ID"

PROBE_PREFIX: Final = "WECHATPAY/SIGNTEST/"

#: Beijing time; China has no daylight saving time, so a fixed offset is exact.
CHINA_TZ: Final = _dt.timezone(_dt.timedelta(hours=8), "Asia/Shanghai")

PRE_SIGN_VALIDITY: Final = 600.0
"""A pre-sign session may be signed for 10 minutes (insurance-api.md 3.1)."""

#: The documented callback retry schedule, in seconds (protocol.md 4): 15 retries after the first attempt.
NOTIFY_RETRY_SCHEDULE: Final = (15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600)
#: WeChat Pay waits this long for the merchant's answer to a callback.
NOTIFY_TIMEOUT: Final = 5.0

MINI_PROGRAM_REDIRECT_APPID: Final = "wxbd687630cd02ce1d"
MINI_PROGRAM_REDIRECT_PATH: Final = "pages/PwdExemptContract/index"

LOGGER_NAME: Final = "wechatpay.sandbox"

#: Bill files: apply (``/v3/bill/tradebill``, ``/v3/bill/fundflowbill``) hands out a token for this path.
DOWNLOAD_PATH: Final = "/v3/billdownload/file"
#: A bill ``download_url`` is valid for 30 s (protocol.md 2.6), measured on the sandbox clock.
DOWNLOAD_URL_VALIDITY: Final = 30.0
#: Bills can be applied for up to this many days back (WeChat Pay: three months).
BILL_HISTORY_DAYS: Final = 90

#: A refund stays PROCESSING this long (real seconds) before it succeeds, unless ``refund_delay`` says otherwise.
REFUND_DELAY: Final = 1.0

#: Media upload size limits by file extension (protocol.md 7: JPG/BMP/PNG <= 5 MB, PDF <= 7.5 MB; videos 5 MB).
UPLOAD_LIMITS: Final = {
    **dict.fromkeys(("jpg", "jpeg", "bmp", "png"), 5 * 1024 * 1024),
    "pdf": 7 * 1024 * 1024 + 512 * 1024,
    **dict.fromkeys(("avi", "wmv", "mpeg", "mp4", "mov", "mkv", "flv", "f4v", "m4v", "rmvb"), 5 * 1024 * 1024),
}


class Code:
    """Error codes answered by the sandbox.

    The generic ones are WeChat Pay's documented codes (protocol.md 6). The business ones are
    **sandbox codes**: WeChat Pay documents no error codes for the insurance operations
    (insurance-api.md 7), so these are the sandbox's choice and must not be taken as the real ones.
    """

    # generic, documented by WeChat Pay
    PARAM_ERROR: Final = "PARAM_ERROR"  # 400: schema, header or sensitive-field failure
    INVALID_REQUEST: Final = "INVALID_REQUEST"  # 400: missing Accept/User-Agent, body not JSON, wrong state
    SIGN_ERROR: Final = "SIGN_ERROR"  # 401
    NOT_FOUND: Final = "NOT_FOUND"  # 404: no such path
    RESOURCE_NOT_EXISTS: Final = "RESOURCE_NOT_EXISTS"  # 404: no such period/session; certificates in public-key mode
    METHOD_NOT_ALLOWED: Final = "METHOD_NOT_ALLOWED"  # 405 (WeChat Pay documents no code for 405)
    RATELIMIT_EXCEEDED: Final = "RATELIMIT_EXCEEDED"  # 429 (fault injection)
    SYSTEM_ERROR: Final = "SYSTEM_ERROR"  # 500 (fault injection)
    SERVICE_UNAVAILABLE: Final = "SERVICE_UNAVAILABLE"  # 502/503 (fault injection)
    # basic payment, refund and bill codes documented by WeChat Pay (the status is WeChat Pay's)
    ORDER_NOT_EXIST: Final = "ORDER_NOT_EXIST"  # 404: query or close of an unknown order
    ORDER_CLOSED: Final = "ORDER_CLOSED"  # 400: create again, or pay, a CLOSED order
    STATEMENT_CREATING: Final = "STATEMENT_CREATING"  # 400: a bill of today (bills are ready the next day)
    NO_STATEMENT_EXIST: Final = "NO_STATEMENT_EXIST"  # 400: a bill older than 90 days
    # sandbox business codes (the real ones are undocumented)
    ORDER_PAID: Final = "ORDERPAID"  # 403: create again, or close, an order that is paid (v2's code name)
    CONTRACT_NOT_EXIST: Final = "CONTRACT_NOT_EXIST"  # 404: no contract with that id / out_contract_code
    CONTRACT_ALREADY_EXISTS: Final = "CONTRACT_ALREADY_EXISTS"  # 400: pre-sign with a signed out_contract_code
    # 400 for the insurance deductions (sandbox); 403 for basic payment orders (documented there):
    OUT_TRADE_NO_USED: Final = "OUT_TRADE_NO_USED"  # out_trade_no already used with other parameters
    RULE_LIMIT: Final = "RULE_LIMIT"  # 403: a documented business rule forbids the call


# --------------------------------------------------------------------------- limits of the HTTP side

#: The largest request body read (Content-Length or the sum of the chunks); larger is 413.
MAX_BODY: Final = 16 * 1024 * 1024
#: The longest line of chunked framing (a chunk-size line, a trailer line), as the stdlib limits headers.
MAX_LINE: Final = 65536
#: At most this many trailer lines after the last chunk (the stdlib allows 100 header lines).
MAX_TRAILERS: Final = 100
#: Default seconds a connection may stay silent (idle keep-alive, a request's head or body in
#: progress, or a client that does not read the answer) before the sandbox closes it.
SOCKET_TIMEOUT: Final = 30.0
#: Default seconds from a request's first byte to its last, however steadily the bytes drip in.
REQUEST_TIMEOUT: Final = 120.0

# --------------------------------------------------------------------------- limits of the control API

#: A ``slow`` fault waits at most this long (seconds).
MAX_FAULT_DELAY: Final = 600.0
#: A fault applies to at most this many requests.
MAX_FAULT_COUNT: Final = 1_000_000
#: The largest ``Retry-After`` (seconds) a ``429`` fault may announce.
MAX_RETRY_AFTER: Final = 86_400
#: At most this many faults pending at once; a fault ``path`` is at most this long.
MAX_PENDING_FAULTS: Final = 1_000
MAX_FAULT_PATH: Final = 2_048
