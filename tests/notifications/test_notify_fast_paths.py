"""The shortcuts ``NotificationParser.parse`` takes for speed give exactly the answers of the
general code they stand in for (docs/PERFORMANCE.md, section 4):

* ``_usual_signature_headers`` never accepts headers that ``parse_signature_headers`` rejects,
  and returns the same ``SignatureHeaders`` when it accepts;
* the per-class type-check plans report the same first misfit (or none) as a direct walk of the
  annotations (the walk is kept below as the reference);
* headers given as a plain dict (the one-pass path) are read like the same pairs given as a list;
* the cache of header names stays bounded.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any, Literal

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from notify_kit import KEYS, NOW, notification
from wechatpay_auth import InvalidNotificationError, SignatureVerificationError
from wechatpay_auth import _decode as decode
from wechatpay_auth import _notifications as notifications
from wechatpay_auth._signing import parse_signature_headers
from wechatpay_client import models
from wechatpay_client.types import UNSET, Unset

SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
SIGNATURE_HEADERS = [
    "Wechatpay-Timestamp",
    "Wechatpay-Nonce",
    "Wechatpay-Signature",
    "Wechatpay-Serial",
    "Wechatpay-Signature-Type",
    "Request-ID",
]

# --------------------------------------------------------------------------- signature headers

header_values = st.one_of(
    st.sampled_from(
        [
            str(NOW),
            f" {NOW} ",
            str(NOW - 300),
            str(NOW + 300),
            str(NOW - 301),
            str(NOW + 301),
            "０" * 10,
            "1" * 13,
            f"{NOW}\n",
            "",
            "  ",
            "\t",
            "nonce",
            "c2lnbmF0dXJl",
            "WECHATPAY/SIGNTEST/abc",
            KEYS.public_key_id,
            "PUB KEY",
            "PUB_KEY_\x7f",
            "序列号",
            SIGNATURE_TYPE,
            f" {SIGNATURE_TYPE} ",
            SIGNATURE_TYPE.lower(),
            "HMAC-SHA256",
            "08F78BB5AF0610D302A0A0CD0C0A0B0C0D0E0F10",
        ]
    ),
    st.text(max_size=16),
)


@st.composite
def signature_header_indexes(draw: st.DrawFn) -> dict[str, list[str]]:
    """What _normalise_headers builds: lower-case signature header names -> their values."""
    index = {
        "wechatpay-timestamp": [str(NOW)],
        "wechatpay-nonce": ["nonce"],
        "wechatpay-signature": ["c2lnbmF0dXJl"],
        "wechatpay-serial": [KEYS.public_key_id],
    }
    if draw(st.booleans()):
        index["wechatpay-signature-type"] = [SIGNATURE_TYPE]
    if draw(st.booleans()):
        index["request-id"] = ["08F78BB5AF0610D302A0A0CD0C0A0B0C0D0E0F10"]
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(SIGNATURE_HEADERS)).lower()
        action = draw(st.sampled_from(["replace", "drop", "add"]))
        if action == "drop":
            index.pop(name, None)
        elif action == "replace":
            index[name] = [draw(header_values)]
        else:
            index.setdefault(name, []).append(draw(header_values))
    return index


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(signature_header_indexes(), st.sampled_from([NOW, NOW - 300, NOW + 300, NOW + 301]))
def test_usual_signature_headers_agree_with_parse_signature_headers(index: dict[str, list[str]], now: int) -> None:
    fast = notifications._usual_signature_headers(index, now)
    try:
        general = parse_signature_headers(notifications._Headers(index), now=now)
    except SignatureVerificationError:
        assert fast is None
    else:
        assert fast is None or fast == general


def test_usual_signature_headers_take_a_real_notification() -> None:
    note = notification()
    index = notifications._normalise_headers(note.headers).index
    fast = notifications._usual_signature_headers(index, NOW)
    assert fast is not None
    assert fast == parse_signature_headers(note.headers, now=NOW)


# --------------------------------------------------------------------------- header normalisation


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.one_of(st.sampled_from(SIGNATURE_HEADERS + [h.lower() for h in SIGNATURE_HEADERS]), st.text(max_size=12)),
        st.one_of(header_values, st.binary(max_size=8), st.integers(), st.none(), st.lists(st.text(max_size=4))),
        max_size=8,
    )
)
def test_a_dict_is_read_like_the_same_pairs(headers: dict[Any, Any]) -> None:
    def read(value: Any) -> tuple[str, Any]:
        try:
            return "ok", notifications._normalise_headers(value).index
        except InvalidNotificationError as exc:
            return exc.reason, str(exc)

    assert read(headers) == read(list(headers.items()))


def test_the_header_name_cache_is_bounded() -> None:
    for number in range(notifications._HEADER_KEYS_LIMIT + 50):
        notifications._normalise_headers({f"X-Made-Up-{number}": "1"})
    assert len(notifications._header_keys) <= notifications._HEADER_KEYS_LIMIT
    # Past the bound, names are still read correctly.
    index = notifications._normalise_headers({"WECHATPAY-NONCE-UNSEEN": "x", "WeChatPay-Nonce": "n"}).index
    assert index == {"wechatpay-nonce": ["n"]}


# --------------------------------------------------------------------------- typed resources


def _reference_mismatch(value: Any, hint: Any, path: str) -> str | None:
    """The direct walk of an annotation the per-class plans replace (the first version's code)."""
    if hint is Any or hint is object:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        for arg in args:
            if _reference_mismatch(value, arg, path) is None:
                return None
        return path
    if origin is typing.Literal:
        return None if value in args else path
    if origin is list:
        if not isinstance(value, list):
            return path
        for index, item in enumerate(value):
            found = _reference_mismatch(item, args[0] if args else Any, f"{path}[{index}]")
            if found is not None:
                return found
        return None
    if origin is dict:
        return None if isinstance(value, dict) else path
    if hint is type(None):
        return None if value is None else path
    if hint is bool:
        return None if isinstance(value, bool) else path
    if hint is int:
        return None if isinstance(value, int) and not isinstance(value, bool) else path
    if hint is float:
        return None if isinstance(value, int | float) and not isinstance(value, bool) else path
    if isinstance(hint, type):
        if not isinstance(value, hint):
            return path
        if attrs.has(hint):
            return _reference_model_mismatch(value, path)
    return None


def _reference_model_mismatch(instance: Any, path: str = "$") -> str | None:
    cls = type(instance)
    if not attrs.has(cls):
        return None
    hints = decode._model_hints(cls)
    if hints is None:
        return None
    for attribute in attrs.fields(cls):
        if not attribute.init:
            continue
        found = _reference_mismatch(
            getattr(instance, attribute.name), hints.get(attribute.name, Any), f"{path}.{attribute.name}"
        )
        if found is not None:
            return found
    return None


@attrs.define
class _Leaf:
    count: int
    ratio: float | None = None


@attrs.define
class _Shapes:
    """Annotations the generated models do not use (yet)."""

    flag: bool
    kind: Literal["A", "B"]
    numbers: list[int]
    anything: Any
    table: dict[str, Any]
    nested: list[list[_Leaf]] | Unset = UNSET
    either: _Leaf | int | str | None = None
    bare: list = attrs.field(factory=list)  # type: ignore[type-arg]
    recursive: _Shapes | None = None


GENERATED = [getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))]
CLASSES = [*GENERATED, _Leaf, _Shapes]

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=3),
    st.sampled_from(["A", "B", UNSET, dt.datetime(2026, 1, 1), dt.date(2026, 1, 1), {}, []]),
)


def _values_for(hint: Any, depth: int) -> st.SearchStrategy[Any]:
    """Mostly values that fit ``hint``; the caller mixes in arbitrary ones."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        return st.one_of(*[_values_for(arg, depth) for arg in args])
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is list:
        item = _values_for(args[0], depth - 1) if args and depth > 0 else leaves
        return st.lists(item, max_size=3)
    if origin is dict:
        return st.dictionaries(st.text(max_size=3), leaves, max_size=2)
    if hint is str:
        return st.text(max_size=3)
    if hint is int:
        return st.integers()
    if hint is float:
        return st.one_of(st.integers(), st.floats(allow_nan=False))
    if hint is bool:
        return st.booleans()
    if hint is type(None):
        return st.none()
    if hint is Unset:
        return st.just(UNSET)
    if hint in (dt.datetime, dt.date):
        return st.just(hint(2026, 1, 1))
    if isinstance(hint, type) and attrs.has(hint) and depth > 0:
        return _instances(hint, depth - 1)
    return leaves


def _instances(cls: type, depth: int) -> st.SearchStrategy[Any]:
    hints = decode._model_hints(cls) or {}

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        values = {}
        for attribute in attrs.fields(cls):
            if attribute.init:
                fitting = _values_for(hints.get(attribute.name, Any), depth)
                values[attribute.name] = draw(leaves if draw(st.integers(0, 24)) == 0 else fitting)
        return cls(**values)

    return build()


def _agree(instance: Any) -> None:
    assert decode.model_mismatch(instance) == _reference_model_mismatch(instance)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(CLASSES).flatmap(lambda cls: _instances(cls, 3)))
def test_type_check_plans_agree_with_the_annotations(instance: Any) -> None:
    _agree(instance)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(CLASSES).flatmap(lambda cls: _instances(cls, 3)))
def test_type_check_plans_agree_with_the_annotations_many(instance: Any) -> None:
    _agree(instance)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"plan_id": "12535"}, "$.plan_id"),
        ({"plan_id": True}, "$.plan_id"),
        ({"mchid": 1230000109}, "$.mchid"),
        ({"contract_terminate_info": "USER"}, None),  # from_dict itself fails first
    ],
)
def test_type_check_paths_on_a_generated_model(changes: dict[str, Any], path: str | None) -> None:
    resource = {
        "mchid": "1230000109",
        "contract_id": "c",
        "appid": "wx",
        "plan_id": 1,
        "out_contract_code": "o",
        "contract_state": "SIGNED",
        "openid": "op",
        **changes,
    }
    try:
        instance = models.InsuranceEntrustNotificationResource.from_dict(resource)
    except Exception:  # noqa: BLE001 - the parser reports these as resource_mismatch too
        assert path is None
        return
    assert decode.model_mismatch(instance) == path == _reference_model_mismatch(instance)
