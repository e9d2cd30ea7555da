"""Property-based: whatever is done to headers, body, envelope or plaintext, only the SDK's own
error types come out (never KeyError, TypeError, ValueError, ...), and a reply is always 2xx/4xx."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from notify_kit import APIV3_KEY, EVENTS, KEYS, NOW, FakeClock, envelope, notification, sign_body
from wechatpay_auth import (
    InMemoryNotificationStore,
    NotificationError,
    NotificationEvent,
    NotificationParser,
)

CLOCK = FakeClock()
PARSER = NotificationParser(
    apiv3_key=APIV3_KEY,
    wechatpay_public_key_id=KEYS.public_key_id,
    wechatpay_public_key=KEYS.public_key_pem,
    store=InMemoryNotificationStore(clock=CLOCK),
    clock=CLOCK,
)
BASE = {event_type: notification(event_type) for event_type in EVENTS}
HEADER_NAMES = [
    "Wechatpay-Timestamp",
    "Wechatpay-Nonce",
    "Wechatpay-Signature",
    "Wechatpay-Serial",
    "Wechatpay-Signature-Type",
    "Request-ID",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
header_values: st.SearchStrategy[Any] = st.one_of(
    st.text(max_size=40),
    st.binary(max_size=40),
    st.integers(),
    st.sampled_from(["WECHATPAY/SIGNTEST/AAAA", str(NOW), str(NOW + 301), KEYS.public_key_id, "PUB_KEY_ID_1", ""]),
    st.lists(st.text(max_size=10), max_size=3),
    st.none(),
)


def _check(headers: Any, body: Any) -> None:
    try:
        event = PARSER.parse(headers, body)
    except NotificationError:
        pass
    else:
        assert isinstance(event, NotificationEvent)
    reply = PARSER.handle(headers, body, lambda event: None)
    assert reply.status in (200, 400, 401)


@st.composite
def mutated_headers(draw: st.DrawFn) -> tuple[Any, bytes]:
    note = BASE[draw(st.sampled_from(sorted(BASE)))]
    headers: dict[str, Any] = dict(note.headers)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["drop", "replace", "rename_case", "add", "duplicate"]))
        name = draw(st.sampled_from(HEADER_NAMES))
        if action == "drop":
            headers.pop(name, None)
        elif action == "replace":
            headers[name] = draw(header_values)
        elif action == "rename_case" and name in headers:
            headers[draw(st.sampled_from([name.lower(), name.upper(), name.swapcase()]))] = headers.pop(name)
        elif action == "add":
            headers[draw(st.text(min_size=1, max_size=20))] = draw(header_values)
        elif action == "duplicate" and name in headers:
            pairs = list(headers.items()) + [(name.lower(), draw(header_values))]
            return pairs, note.body
    return headers, note.body


@st.composite
def mutated_body(draw: st.DrawFn) -> tuple[Any, bytes]:
    note = BASE[draw(st.sampled_from(sorted(BASE)))]
    body = bytearray(note.body)
    action = draw(st.sampled_from(["flip", "truncate", "insert", "replace", "random"]))
    if action == "flip":
        index = draw(st.integers(0, len(body) - 1))
        body[index] ^= draw(st.integers(1, 255))
    elif action == "truncate":
        body = body[: draw(st.integers(0, len(body) - 1))]
    elif action == "insert":
        index = draw(st.integers(0, len(body)))
        body[index:index] = draw(st.binary(min_size=1, max_size=8))
    elif action == "replace":
        body = bytearray(note.body.replace(b'"', draw(st.sampled_from([b"'", b"", b'""']))))
    else:
        body = bytearray(draw(st.binary(max_size=200)))
    return note.headers, bytes(body)


@st.composite
def resigned_envelope(draw: st.DrawFn) -> tuple[Any, bytes]:
    """A validly signed body whose envelope fields were changed: exercises everything after verification."""
    event_type = draw(st.sampled_from(sorted(EVENTS) + ["REFUND.SUCCESS"]))
    doc = envelope(event_type)
    for _ in range(draw(st.integers(1, 3))):
        resource = doc.get("resource")
        target = resource if isinstance(resource, dict) and draw(st.booleans()) else doc
        key = draw(st.sampled_from(sorted(target) + ["extra"]))
        if draw(st.booleans()):
            target.pop(key, None)
        else:
            target[key] = draw(json_values)
    body = json.dumps(doc, ensure_ascii=draw(st.booleans())).encode()
    return sign_body(body), body


@st.composite
def resigned_plaintext(draw: st.DrawFn) -> tuple[Any, bytes]:
    """A validly signed and encrypted notification whose decrypted resource is arbitrary JSON/bytes."""
    event_type = draw(st.sampled_from(sorted(EVENTS)))
    base = dict(EVENTS[event_type][1])
    choice = draw(st.sampled_from(["field", "whole", "bytes"]))
    resource: Any
    if choice == "field":
        key = draw(st.sampled_from(sorted(base)))
        base[key] = draw(json_values)
        resource = base
    elif choice == "whole":
        resource = json.dumps(draw(json_values)).encode()
    else:
        resource = draw(st.binary(max_size=64))
    note = notification(event_type, resource)
    return note.headers, note.body


anything = st.one_of(mutated_headers(), mutated_body(), resigned_envelope(), resigned_plaintext())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_only_sdk_errors_come_out(case: tuple[Any, bytes]) -> None:
    _check(*case)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_only_sdk_errors_come_out_many(case: tuple[Any, bytes]) -> None:
    _check(*case)


def test_unmutated_baseline_parses() -> None:
    """The property above would be vacuous if the base notifications did not parse."""
    for event_type, note in BASE.items():
        assert PARSER.parse(note.headers, note.body).event_type == event_type
