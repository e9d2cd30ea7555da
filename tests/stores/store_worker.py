"""What one worker process does in the multi-process tests: build a parser on a real shared store
and deliver signed callbacks through ``NotificationParser.handle``.

Imported by the child processes (multiprocessing "spawn": a fresh interpreter, nothing shared
but the store's server). The handler appends the notification id to ``<files>/started`` when it
begins and to ``<files>/done`` when it returns; one ``write`` of a short line to a file opened
with O_APPEND, so lines from several processes never mix.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from notify_kit import APIV3_KEY, KEYS, FakeClock
from wechatpay_auth import (
    NotificationEvent,
    NotificationParser,
    NotificationStore,
    RedisNotificationStore,
    SQLNotificationStore,
)


def make_store(spec: dict[str, Any]) -> NotificationStore:
    kind = spec["kind"]
    options = {"mchid": spec["mchid"], "claim_ttl": spec.get("claim_ttl", 600.0)}
    if kind == "redis":
        return RedisNotificationStore.from_url(spec["url"], **options)
    if kind == "postgres":
        return SQLNotificationStore.postgres(spec["url"], table=spec["table"], **options)
    if kind == "sqlite":
        return SQLNotificationStore.sqlite(spec["path"], **options)
    raise ValueError(kind)


def make_parser(spec: dict[str, Any]) -> NotificationParser:
    return NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        store=make_store(spec),
        clock=FakeClock(),  # the notifications are signed at notify_kit.NOW
    )


def append(path: Path, line: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (line + "\n").encode())
    finally:
        os.close(fd)


def recording_handler(files: Path, hold: float) -> Any:
    def handler(event: NotificationEvent) -> None:
        append(files / "started", f"{event.id} {os.getpid()}")
        time.sleep(hold)
        append(files / "done", f"{event.id} {os.getpid()}")

    return handler


def deliver_rounds(
    spec: dict[str, Any],
    deliveries: list[tuple[dict[str, str], bytes]],
    files: str,
    hold: float,
    barrier: Any,
    results: Any,
) -> None:
    """Deliver each notification once, all workers starting each round together; report the statuses."""
    parser = make_parser(spec)
    handler = recording_handler(Path(files), hold)
    statuses = []
    for headers, body in deliveries:
        barrier.wait(timeout=60)
        statuses.append(parser.handle(headers, body, handler).status)
    results.put((os.getpid(), statuses))


def deliver_and_hang(spec: dict[str, Any], headers: dict[str, str], body: bytes, files: str) -> None:
    """Deliver one notification with a handler that never returns (the test kills this process)."""
    parser = make_parser(spec)
    parser.handle(headers, body, recording_handler(Path(files), hold=120.0))
