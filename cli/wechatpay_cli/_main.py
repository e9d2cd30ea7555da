"""The ``wechatpay`` command: demo, sandbox, signed calls and notification parsing."""

from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import os
import signal
import sys
import tempfile
import threading
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from ._config import ENV_VARS, CLIConfig, CLIConfigError, load_config
from ._version import __version__

# Exit codes, stable for scripts.
EXIT_OK = 0
EXIT_API_ERROR = 1  # WeChat Pay answered with an error status (or a demo step failed)
EXIT_USAGE = 2  # bad arguments, configuration or request
EXIT_UNTRUSTED = 3  # a signature did not verify, or a notification did not decrypt
EXIT_NETWORK = 4  # connection failure or timeout: the outcome of a POST is unknown

EXIT_CODES_HELP = f"""exit codes:
  {EXIT_OK}  success
  {EXIT_API_ERROR}  WeChat Pay answered with an error status (demo: a step did not verify)
  {EXIT_USAGE}  bad arguments, configuration or request
  {EXIT_UNTRUSTED}  signature verification or decryption failed: do not trust the answer
  {EXIT_NETWORK}  connection failure or timeout: the outcome is unknown, query before resending
"""

ENV_HELP = "environment:\n" + "\n".join(f"  {name:<32} {text}" for name, text in ENV_VARS.items())

PRESIGN_PATH = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"
#: The examples of `wechatpay call --help`, in order: a session against `wechatpay sandbox` (default
#: public-key mode). tests/cli/test_cli_help_examples.py runs each of them.
CALL_EXAMPLES = (
    ("wechatpay call POST " + PRESIGN_PATH + " --json @presign.json", "pre-sign an insurance contract"),
    ("wechatpay sandbox sign PRE_ENTRUSTWEB_ID", "sandbox only: the user signs it"),
    (
        "wechatpay call GET /v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/CODE",
        "query the contract",
    ),
    ("wechatpay call GET /v3/certificates", "platform-certificate mode only (wechatpay sandbox --mode certificate)"),
)
CALL_EXAMPLES_HELP = "examples:\n" + "\n".join(f"  {command}\n      # {what}" for command, what in CALL_EXAMPLES)

#: The sandbox control endpoints that finish what a user does in WeChat, and their commands.
SANDBOX_CONTROLS_HELP = """control API (unsigned JSON on the running sandbox, loopback clients only):
  POST /sandbox/sessions/{pre_entrustweb_id}/sign  {"openid": ...}   the user signs a pre-sign session
                                                   wechatpay sandbox sign PRE_ENTRUSTWEB_ID [--openid ID]
  POST /sandbox/orders/{out_trade_no}/pay          {"openid": ...}   the user pays an order
                                                   wechatpay sandbox pay OUT_TRADE_NO [--openid ID]
  POST /sandbox/refunds/{out_refund_no}/complete   {"status": ...}   a PROCESSING refund ends
                                                   wechatpay sandbox refund OUT_REFUND_NO [--status S]
  POST /sandbox/contracts/{contract_id}/expire                       the contract reaches its expiry
  GET  /sandbox/sessions/{id}, /sandbox/contracts/{id}, /sandbox/orders/{no}, /sandbox/refunds/{no},
       /sandbox/notifications, /sandbox/requests, /sandbox/health    what the sandbox holds
  GET|POST|DELETE /sandbox/faults                                    inject faults (500, 429, slow, ...)
Each finishing step sends its signed, encrypted notification (INSURANCE_ENTRUST.SIGN,
TRANSACTION.SUCCESS, REFUND.*) to the notify URL of the request that started it.
The sign/pay/refund commands find the sandbox through --url or WECHATPAY_BASE_URL (as exported)."""


def _build_client(config: CLIConfig) -> Any:
    from wechatpay_auth import create_client

    return create_client(
        config.mchid,
        merchant_serial_no=config.merchant_serial_no,
        merchant_private_key=config.merchant_private_key,
        wechatpay_public_key_id=config.wechatpay_public_key_id,
        wechatpay_public_key=config.wechatpay_public_key,
        apiv3_key=config.apiv3_key,
        base_url=config.base_url,
    )


def _read_json_argument(value: str) -> bytes:
    """``--json`` takes the JSON text itself or ``@file``; the bytes are sent (and signed) unchanged."""
    if value.startswith("@"):
        path = Path(value[1:])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CLIConfigError(f"--json {value}: cannot read the file: {exc.strerror}") from None
    else:
        data = value.encode("utf-8")
    try:
        json.loads(data)
    except ValueError as exc:
        raise CLIConfigError(f"--json: not valid JSON: {exc}") from None
    return data


def _print_body(content: bytes, out: TextIO) -> None:
    if not content:
        return
    try:
        out.write(json.dumps(json.loads(content), ensure_ascii=False, indent=2) + "\n")
    except ValueError:
        out.write(content.decode("utf-8", errors="replace") + "\n")


def _report_error(exc: BaseException, err: TextIO) -> int:
    from wechatpay_auth import (
        APIConnectionError,
        APIError,
        ConfigurationError,
        DecryptionError,
        RequestValidationError,
        SignatureVerificationError,
        WeChatPayError,
    )

    if isinstance(exc, APIError):
        err.write(f"error: {exc}\n")
        if exc.detail:
            err.write("detail: " + json.dumps(exc.detail, ensure_ascii=False) + "\n")
        return EXIT_API_ERROR
    if isinstance(exc, (SignatureVerificationError, DecryptionError)):
        err.write(f"error: untrusted answer: {exc}\n")
        return EXIT_UNTRUSTED
    if isinstance(exc, APIConnectionError):
        err.write(f"error: {exc}\n")
        return EXIT_NETWORK
    if isinstance(exc, (ConfigurationError, RequestValidationError, CLIConfigError)):
        err.write(f"error: {exc}\n")
        return EXIT_USAGE
    if isinstance(exc, WeChatPayError):
        err.write(f"error: {exc}\n")
        return EXIT_API_ERROR
    raise exc


def cmd_call(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    method = args.method.upper()
    if not args.path.startswith("/"):
        raise CLIConfigError(f"PATH must start with '/', e.g. /v3/certificates (got {args.path!r})")
    body = _read_json_argument(args.json) if args.json is not None else None
    client = _build_client(load_config())
    headers = {"Content-Type": "application/json"} if body is not None else {}
    with client.get_httpx_client() as http:
        response = http.request(method, args.path, content=body, headers=headers)
    err.write(
        f"HTTP {response.status_code}, Request-ID {response.headers.get('Request-ID', '-')} (signature verified)\n"
    )
    _print_body(response.content, out)
    return EXIT_OK


def _read_headers(path: Path) -> dict[str, str]:
    """A JSON object, or ``Name: value`` lines (as copied from a request dump)."""
    text = path.read_text(encoding="utf-8")
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            loaded = json.loads(stripped)
        except ValueError as exc:
            raise CLIConfigError(f"--headers {path}: not valid JSON: {exc}") from None
        if not isinstance(loaded, dict):
            raise CLIConfigError(f"--headers {path}: expected a JSON object")
        return {str(k): str(v) for k, v in loaded.items()}
    headers: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise CLIConfigError(f"--headers {path}:{number}: expected 'Name: value'")
        headers[name.strip()] = value.strip()
    return headers


def cmd_notification_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from wechatpay_auth import NotificationParser

    config = load_config(require_merchant=False)
    if config.apiv3_key is None:
        raise CLIConfigError("WECHATPAY_APIV3_KEY is needed to decrypt notifications")
    try:
        headers = _read_headers(args.headers)
        body = args.body.read_bytes()
    except OSError as exc:
        raise CLIConfigError(f"cannot read {exc.filename}: {exc.strerror}") from None
    tolerance = {} if args.tolerance is None else {"tolerance": args.tolerance}
    if config.wechatpay_public_key_id is not None:
        parser = NotificationParser(
            apiv3_key=config.apiv3_key,
            wechatpay_public_key_id=config.wechatpay_public_key_id,
            wechatpay_public_key=config.wechatpay_public_key,
            **tolerance,
        )
    else:
        merchant = load_config()
        parser = NotificationParser(
            apiv3_key=config.apiv3_key,
            mchid=merchant.mchid,
            merchant_serial_no=merchant.merchant_serial_no,
            merchant_private_key=merchant.merchant_private_key,
            base_url=merchant.base_url,
            **tolerance,
        )
    with _rejections_reported_once():
        event = parser.parse(headers, body)
    err.write(f"{event.event_type} {event.id}: signature verified, resource decrypted\n")
    envelope: dict[str, Any] = {
        "id": event.id,
        "event_type": event.event_type,
        # As on the wire (RFC 3339, e.g. 2026-12-06T10:00:00+08:00), not str(datetime).
        "create_time": event.envelope.get("create_time"),
        "summary": event.summary,
        "resource": event.raw_resource,
    }
    out.write(json.dumps(envelope, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


@contextmanager
def _rejections_reported_once() -> Iterator[None]:
    """The command prints a rejected notification's error itself (``error: ...``, exit 3): the
    parser's own WARNING about it is not shown as well (with no logging configured, Python prints
    it to stderr: the same error twice). Other SDK warnings still show."""

    from wechatpay_auth._constants import LOGGER_NAME
    from wechatpay_auth._notifications import REJECTION_LOG_TAG

    class _NotTheRejection(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            return not getattr(record, REJECTION_LOG_TAG, False)

    sdk_logger = logging.getLogger(LOGGER_NAME)
    quiet = _NotTheRejection()
    sdk_logger.addFilter(quiet)
    try:
        yield
    finally:
        sdk_logger.removeFilter(quiet)


def _control_url(args: argparse.Namespace) -> str:
    """The running sandbox's base URL (``--url`` or WECHATPAY_BASE_URL); loopback only."""
    url = args.url or os.environ.get("WECHATPAY_BASE_URL", "")
    if not url:
        raise CLIConfigError("no sandbox URL: pass --url http://127.0.0.1:PORT or export WECHATPAY_BASE_URL")
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme not in ("http", "https") or not loopback:
        raise CLIConfigError(
            f"{url!r} is not a local sandbox: the control commands talk only to http://127.0.0.1:PORT "
            "(what `wechatpay sandbox` prints), never to WeChat Pay"
        )
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise CLIConfigError(f"{url!r}: give the sandbox's base URL only (http://127.0.0.1:PORT), no path or query")
    return f"{parts.scheme}://{parts.netloc}"


def cmd_sandbox_control(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``wechatpay sandbox sign|pay|refund``: one POST to the running sandbox's control API."""
    import httpx

    path, payload = args.control(args)
    url = _control_url(args) + "/sandbox/" + path
    try:
        # trust_env=False: a proxy from the environment must never see a loopback-only request.
        response = httpx.post(url, json=payload, timeout=10.0, trust_env=False)
    except httpx.HTTPError as exc:
        err.write(f"error: cannot reach the sandbox at {url}: {type(exc).__name__}\n")
        return EXIT_NETWORK
    try:
        answer: Any = response.json()
    except ValueError:
        answer = None
    if response.status_code >= 400:
        detail = answer if isinstance(answer, dict) else {}
        err.write(
            f"error: sandbox answered {response.status_code} {detail.get('code', '')}: {detail.get('message', '')}\n"
        )
        return EXIT_API_ERROR
    err.write(f"sandbox: {args.sandbox_command} done; its notification is on the way\n")
    _print_body(response.content, out)
    return EXIT_OK


def _quoted(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def _sign_control(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    return f"sessions/{_quoted(args.pre_entrustweb_id)}/sign", {"openid": args.openid} if args.openid else {}


def _pay_control(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    return f"orders/{_quoted(args.out_trade_no)}/pay", {"openid": args.openid} if args.openid else {}


def _refund_control(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    return f"refunds/{_quoted(args.out_refund_no)}/complete", {"status": args.status}


def cmd_sandbox(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from wechatpay_sandbox import Sandbox, SandboxCredentials

    directory = args.credentials_dir or Path(tempfile.mkdtemp(prefix="wechatpay-sandbox-"))
    if (directory / "sandbox.json").is_file():
        credentials = SandboxCredentials.load(directory)
    else:
        credentials = SandboxCredentials.generate()
    files = credentials.write(directory)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with Sandbox(args.mode, credentials=credentials, port=args.port, auto_sign_delay=args.auto_sign_delay) as sb:
        out.write(f"WeChat Pay sandbox ({args.mode} mode) listening on {sb.base_url}\n")
        out.write(f"credentials written to {directory.resolve()} (secrets are files, mode 0600)\n")
        out.write("configure `wechatpay call` (or your own client) with:\n")
        exports = {
            "WECHATPAY_MCHID": credentials.mchid,
            "WECHATPAY_MERCHANT_SERIAL_NO": credentials.merchant_serial_no,
            "WECHATPAY_MERCHANT_PRIVATE_KEY": str(files["merchant_private_key"].resolve()),
            "WECHATPAY_BASE_URL": sb.base_url,
        }
        if args.mode in ("public_key", "both"):
            exports["WECHATPAY_PUBLIC_KEY_ID"] = credentials.public_key_id
            exports["WECHATPAY_PUBLIC_KEY"] = str(files["wechatpay_public_key"].resolve())
        out.writelines(f"  export {name}={value}\n" for name, value in exports.items())
        out.write(f"  export WECHATPAY_APIV3_KEY=$(cat {files['apiv3_key'].resolve()})\n")
        out.write(
            "finish what a user does in WeChat: wechatpay sandbox sign|pay|refund ID (wechatpay sandbox --help)\n"
        )
        out.write("press Ctrl-C to stop\n")
        out.flush()
        stop.wait()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ._demo import flows, run_demo

    available = flows()
    if args.list_flows:
        out.writelines(f"{name:<14} {title}\n" for name, (title, _story) in available.items())
        return EXIT_OK
    if args.flow not in available:
        err.write(f"wechatpay demo: unknown flow {args.flow!r}; one of: {', '.join(available)}\n")
        return EXIT_USAGE
    return EXIT_OK if run_demo(out, mode=args.mode, flow=args.flow) else EXIT_API_ERROR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wechatpay",
        description="Typed WeChat Pay APIv3 SDK: offline demo, local sandbox, signed calls, notifications.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="run the whole insurance flow against an embedded sandbox (no configuration needed)",
        description="Creates throwaway keys, starts the sandbox and a webhook receiver on free loopback ports, "
        "and runs pre-sign -> sign -> notifications -> query -> schedule -> deduction -> terminate with the "
        "typed client. Exits 0 only if every step verified.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument("--mode", choices=("public_key", "certificate"), default="public_key", help=argparse.SUPPRESS)
    demo.add_argument(
        "--flow",
        default="insurance",
        metavar="NAME",
        help="which flow to run (default: insurance; `--list` names them all)",
    )
    demo.add_argument("--list", dest="list_flows", action="store_true", help="list the flows and exit")
    demo.set_defaults(handler=cmd_demo)

    sandbox = commands.add_parser(
        "sandbox",
        help="serve the WeChat Pay simulator on loopback and print the credentials to use",
        description="Serves the sandbox on 127.0.0.1 until interrupted and prints the WECHATPAY_* settings for it. "
        "In its default public-key mode it is a merchant without platform certificates (GET /v3/certificates "
        "answers 404, as for such a merchant at WeChat Pay); --mode certificate or both serves them. "
        "`wechatpay sandbox sign|pay|refund` finish, in a running sandbox, what a user does in WeChat.",
        epilog=SANDBOX_CONTROLS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sandbox.add_argument("--port", type=int, default=0, help="port to listen on (default: a free port)")
    sandbox.add_argument("--mode", choices=("public_key", "certificate", "both"), default="public_key")
    sandbox.add_argument(
        "--credentials-dir", type=Path, help="where to write (or reuse) the keys (default: a new temporary directory)"
    )
    sandbox.add_argument("--auto-sign-delay", type=float, help="sign pre-sign sessions automatically after N seconds")
    sandbox.set_defaults(handler=cmd_sandbox)
    controls = sandbox.add_subparsers(dest="sandbox_command", required=False, metavar="ACTION")
    url_help = "the running sandbox (default: WECHATPAY_BASE_URL, as `wechatpay sandbox` exports it)"
    sign = controls.add_parser(
        "sign",
        help="the user signs a pre-sign session (sends INSURANCE_ENTRUST.SIGN)",
        description="POST /sandbox/sessions/{id}/sign on a running sandbox: the user confirms the contract of a "
        "pre-sign (its pre_entrustweb_id). Prints the contract; the signed notification goes to the "
        "pre-sign's contract_notify_url.",
    )
    sign.add_argument("pre_entrustweb_id", metavar="PRE_ENTRUSTWEB_ID")
    sign.add_argument("--openid", help="the signing user's openid (default: the sandbox's)")
    sign.add_argument("--url", help=url_help)
    sign.set_defaults(handler=cmd_sandbox_control, control=_sign_control)
    pay = controls.add_parser(
        "pay",
        help="the user pays an order (sends TRANSACTION.SUCCESS)",
        description="POST /sandbox/orders/{out_trade_no}/pay on a running sandbox: an order created through "
        "/v3/pay/transactions/{jsapi,app,h5,native} goes NOTPAY -> SUCCESS and TRANSACTION.SUCCESS goes to "
        "its notify_url. Prints the order.",
    )
    pay.add_argument("out_trade_no", metavar="OUT_TRADE_NO")
    pay.add_argument("--openid", help="the paying user's openid")
    pay.add_argument("--url", help=url_help)
    pay.set_defaults(handler=cmd_sandbox_control, control=_pay_control)
    refund = controls.add_parser(
        "refund",
        help="a PROCESSING refund ends now (sends REFUND.*)",
        description="POST /sandbox/refunds/{out_refund_no}/complete on a running sandbox. Prints the refund.",
    )
    refund.add_argument("out_refund_no", metavar="OUT_REFUND_NO")
    refund.add_argument("--status", choices=("SUCCESS", "CLOSED", "ABNORMAL"), default="SUCCESS")
    refund.add_argument("--url", help=url_help)
    refund.set_defaults(handler=cmd_sandbox_control, control=_refund_control)

    call = commands.add_parser(
        "call",
        help="make a signed, verified call to any endpoint",
        description="Signs the request, verifies the response signature, prints the body to stdout and the "
        "status and Request-ID to stderr. Sensitive fields are not encrypted for raw calls.",
        epilog=ENV_HELP + "\n\n" + CALL_EXAMPLES_HELP + "\n\n" + EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    call.add_argument("method", metavar="METHOD", help="GET, POST, PUT, PATCH or DELETE")
    call.add_argument("path", metavar="PATH", help="path and query as sent, e.g. /v3/pay/transactions/id/ID?mchid=M")
    call.add_argument("--json", metavar="BODY", help="the JSON body, or @file to read it from a file")
    call.set_defaults(handler=cmd_call)

    notification = commands.add_parser("notification", help="work with callback notifications")
    notification_commands = notification.add_subparsers(dest="notification_command", required=True, metavar="ACTION")
    parse = notification_commands.add_parser(
        "parse",
        help="verify and decrypt a recorded notification",
        description="Verifies the signature over the raw body, checks freshness (300 s, or --tolerance), "
        "decrypts the resource and prints the envelope with the decrypted resource as JSON.",
        epilog=ENV_HELP + "\n\n" + EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument("--headers", type=Path, required=True, help="file: a JSON object or 'Name: value' lines")
    parse.add_argument("--body", type=Path, required=True, help="file: the raw request body, byte for byte")
    parse.add_argument(
        "--tolerance",
        type=int,
        metavar="SECONDS",
        help="accept a Wechatpay-Timestamp this far from now (default 300, WeChat Pay's window; up to 366 days), "
        "to check an old recording",
    )
    parse.set_defaults(handler=cmd_notification_parse)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args, out, err))
    except CLIConfigError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - mapped to an exit code, re-raised if not ours
        return _report_error(exc, err)
