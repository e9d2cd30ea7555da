"""``python -m wechatpay_sandbox``: run a sandbox in the foreground until interrupted.

Writes the credentials (PEM files, ids, the APIv3 key) into ``--credentials-dir`` so that a
client can be configured from them; an existing directory written earlier is reused, so the
sandbox keeps its identity across restarts.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._constants import REFUND_DELAY
from ._credentials import SandboxCredentials
from ._keys import MODES
from ._sandbox import Sandbox


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wechatpay_sandbox", description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=MODES, default="public_key")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--credentials-dir", type=Path, default=Path("sandbox-credentials"))
    parser.add_argument("--auto-sign-delay", type=float, default=None, help="sign pre-sign sessions automatically")
    parser.add_argument(
        "--refund-delay",
        type=float,
        default=REFUND_DELAY,
        help="seconds a refund stays PROCESSING (negative: until completed)",
    )
    parser.add_argument("--retry-compression", type=float, default=1.0)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(asctime)s %(message)s")
    settings = args.credentials_dir / "sandbox.json"
    if settings.is_file():
        credentials = SandboxCredentials.load(args.credentials_dir)
    else:
        credentials = SandboxCredentials.generate()
        credentials.write(args.credentials_dir)

    stop = threading.Event()

    def interrupt(signum: int, frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGINT, interrupt)
    with Sandbox(
        args.mode,
        credentials=credentials,
        host=args.host,
        port=args.port,
        auto_sign_delay=args.auto_sign_delay,
        refund_delay=None if args.refund_delay < 0 else args.refund_delay,
        retry_compression=args.retry_compression,
    ) as sb:
        print(f"wechatpay sandbox ({args.mode}) listening on {sb.base_url}", flush=True)
        print(f"credentials in {args.credentials_dir.resolve()} (mchid {credentials.mchid})", flush=True)
        stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
