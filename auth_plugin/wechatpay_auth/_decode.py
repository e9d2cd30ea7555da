"""Typed decoding of 2xx answers, called by every generated operation (docs/CONTRACTS.md).

The generated ``_parse_response`` of an operation whose success answer is a JSON model calls
:func:`decode_answer`; for a 2xx status the operation does not declare it raises
:func:`undeclared_answer`. Either way a caller sees a :class:`ResponseValidationError` (a
:class:`WeChatPayError`) instead of ``KeyError``, ``TypeError``, ``ValueError``,
``json.JSONDecodeError``, ``UnicodeDecodeError`` or ``RecursionError`` escaping the generated
model code, with the status, ``Request-ID``, the raw body (an attribute, never in ``str()``), the
JSON path that failed when it is known, the operation, and for an unsafe operation the query to
reconcile with.

Type policy (the same as :class:`NotificationParser`'s; auth_plugin/README.md): after the model is
built, every field is checked against its annotation. A value of the wrong JSON type is refused
(a string or ``1.0`` in an integer field, a number in a string field, ``null`` in a field that is
not nullable, a bool anywhere but a boolean field); an integer is accepted in a ``number`` field.
``additional_properties`` and ``dict``/``Any`` fields are not checked.

This module never imports ``wechatpay_client`` at import time: it is handed the model class, and
reads the operation metadata (``wechatpay_client._metadata``) lazily, on a failure only.
"""

from __future__ import annotations

import ast
import functools
import importlib
import json
import linecache
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol, TypeAlias, TypeVar

import attrs
import httpx

from ._constants import HEADER_REQUEST_ID
from ._errors import RequestValidationError, ResponseValidationError

__all__ = ["decode_answer", "encode_body", "model_mismatch", "undeclared_answer"]

_T_co = TypeVar("_T_co", covariant=True)
_METADATA_MODULE = "wechatpay_client._metadata"
_MODELS_MODULE = "wechatpay_client.models"
_GENERATED_PREFIX = "wechatpay_client."
_SIGNATURE_SCHEME = "WECHATPAY2-"
_POP_RE = re.compile(r"\bd\.pop\(\s*(\"(?:[^\"\\]|\\.)*\")")
_IDENTIFIER_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


class _Model(Protocol[_T_co]):
    """A generated model class (its ``from_dict`` classmethod)."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> _T_co: ...


# --------------------------------------------------------------------------- entry points


def decode_answer(response: httpx.Response, operation_id: str, model: _Model[_T_co]) -> _T_co:
    """The typed model of a 2xx JSON answer, or :class:`ResponseValidationError`.

    The body must be UTF-8 JSON (``NaN``/``Infinity`` refused) holding an object; the model is
    built with its generated ``from_dict`` and then checked field by field against its
    annotations (the type policy in the module docstring).
    """
    body = response.content
    data: Any = None
    problem: tuple[str, str, str | None] | None = None  # (reason, detail, path)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = ("not_utf8", f"the body is not UTF-8 (invalid byte at offset {exc.start})", None)
    else:
        data, problem = _parse_json(text)
    if problem is None and not isinstance(data, dict):
        problem = ("not_an_object", f"the answer is {_json_type(data)}, not a JSON object", "$")
    if problem is None:
        try:
            instance = model.from_dict(data)
        except RecursionError:
            problem = ("too_deep", "the answer is nested too deeply", None)
        except Exception as exc:  # noqa: BLE001 - generated from_dict raises KeyError/TypeError/ValueError/...
            problem = _locate(exc, data)
        else:
            wrong = model_mismatch(instance)
            if wrong is None:
                return instance
            problem = ("wrong_type", f"field {wrong} has the wrong type", wrong)
    # Raised outside the except blocks: the decoder's own exception (whose text may quote a value)
    # is neither the cause nor the context of the error.
    reason, detail, path = problem
    raise _error(response, operation_id, reason, detail, path=path, model=getattr(model, "__name__", None))


def undeclared_answer(response: httpx.Response, operation_id: str) -> ResponseValidationError:
    """The error for a 2xx status the operation does not declare (the generated code raises it)."""
    operation = _operation(operation_id)
    declared = getattr(operation, "success_statuses", ())
    expected = " or ".join(str(status) for status in declared) if declared else "another status"
    detail = f"HTTP {response.status_code} is not a success status of this operation (the spec declares {expected})"
    return _error(response, operation_id, "undeclared_status", detail, operation=operation)


def encode_body(body: Any, operation_id: str, model: type[Any]) -> dict[str, Any]:
    """The JSON form of a request body: a ``model`` instance, or a mapping in the JSON form.

    Called by every generated operation with a JSON model body (docs/CONTRACTS.md). A mapping is
    checked against the operation's request schema (:class:`RequestValidationError` naming the
    JSON path of the first problem) and converted with ``model.from_dict``; a model instance whose
    fields hold the wrong kind of value (a plain dict where a nested model belongs, a string for a
    date) is a :class:`RequestValidationError` naming the field, instead of the ``AttributeError``
    the generated ``to_dict`` would raise. Nothing has been signed or sent at this point. The
    messages name paths and types, never values.
    """
    problem: tuple[str, str]
    if isinstance(body, Mapping):
        from ._validation import validate_request_body

        plain = dict(body)
        validate_request_body(operation_id, plain)
        try:
            instance = model.from_dict(plain)
            encoded: dict[str, Any] = instance.to_dict()
        except Exception:  # noqa: BLE001 - generated from_dict raises KeyError/TypeError/ValueError/...
            problem = (f"{operation_id}: the body does not fit {model.__name__}", "$")
        else:
            return encoded
    elif isinstance(body, model):
        try:
            encoded = body.to_dict()
        except Exception:  # noqa: BLE001 - the generated to_dict meets a value of the wrong kind
            path = model_mismatch(body) or "$"
            message = (
                f"{operation_id}: {path} holds a value of the wrong type for {model.__name__} "
                "(a nested object must be its model, not a dict; a date a datetime.date); "
                "or pass the whole body as a dict in its JSON form"
            )
            problem = (message, path)
        else:
            return encoded
    else:
        problem = (
            f"{operation_id}: body must be a {model.__name__} or a dict in its JSON form, got {type(body).__name__}",
            "$",
        )
    # Raised outside the except blocks: the model's own exception (whose text may quote a value)
    # is neither the cause nor the context of the error.
    message, where = problem
    raise RequestValidationError(message + "; nothing was sent", path=where, operation_id=operation_id)


# --------------------------------------------------------------------------- parsing


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _parse_json(text: str) -> tuple[Any, tuple[str, str, str | None] | None]:
    """(the JSON value, None), or (None, (reason, detail, path)) if ``text`` is not JSON."""
    if not text.strip():
        return None, ("not_json", "the body is empty", None)
    try:
        return json.loads(text, parse_constant=_refuse_constant), None
    except RecursionError:
        return None, ("too_deep", "the body is nested too deeply to parse", None)
    except json.JSONDecodeError as exc:
        return None, ("not_json", f"the body is not JSON ({exc.msg} at character {exc.pos})", None)
    except ValueError as exc:  # NaN/Infinity, or an integer longer than int() accepts
        why = "a number is too long" if "digits" in str(exc) else "NaN or Infinity is not JSON"
        return None, ("not_json", f"the body is not JSON ({why})", None)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    return "a number"


# --------------------------------------------------------------------------- the error


def _operation(operation_id: str) -> Any:
    try:
        metadata = importlib.import_module(_METADATA_MODULE)
    except ImportError:  # pragma: no cover - the package ships with the SDK
        return None
    return metadata.get_operation(operation_id)


def _error(
    response: httpx.Response,
    operation_id: str,
    reason: str,
    detail: str,
    *,
    path: str | None = None,
    model: str | None = None,
    operation: Any = None,
) -> ResponseValidationError:
    if operation is None:
        operation = _operation(operation_id)
    unsafe = getattr(operation, "retry", "safe") == "unsafe"
    reconcile_with = getattr(operation, "reconcile_with", None) if unsafe else None
    verified = bool(getattr(operation, "signed_response", True)) and _went_through_auth(response)
    state = "verified" if verified else "not verified (no WeChatPayAuth on this client, or an unsigned download)"
    target = f" into {model}" if model else ""
    return ResponseValidationError(
        f"{operation_id}: the {state} answer could not be decoded{target}: {detail}",
        reason=reason,
        operation_id=operation_id,
        status_code=response.status_code,
        request_id=response.headers.get(HEADER_REQUEST_ID),
        body=response.content,
        path=path,
        model=model,
        verified=verified,
        reconcile_with=reconcile_with,
        unsafe=unsafe,
    )


def _went_through_auth(response: httpx.Response) -> bool:
    """True if the request was signed by WeChatPayAuth, which verifies every signed 2xx it returns."""
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand
        return False
    return str(request.headers.get("Authorization", "")).startswith(_SIGNATURE_SCHEME)


# --------------------------------------------------------------------------- where did it fail


def _locate(exc: BaseException, data: Any) -> tuple[str, str, str | None]:
    """(reason, detail, path) for an exception raised by a generated ``from_dict``.

    The generated models are read, not guessed: the innermost ``from_dict`` frame of the
    traceback holds the object being decoded (found in ``data`` by identity) and, on its current
    line or just above, the ``d.pop("<key>")`` of the field being decoded. Only names from the
    generated source and the JSON keys leading to the object appear in the path, never values.
    """
    frames: list[tuple[types.FrameType, int]] = []
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_name == "from_dict" and str(frame.f_globals.get("__name__", "")).startswith(
            _GENERATED_PREFIX
        ):
            frames.append((frame, tb.tb_lineno))
        tb = tb.tb_next
    kind = type(exc).__name__
    if not frames:
        return ("invalid_value", f"a value has the wrong type or format ({kind})", None)
    frame, line = frames[-1]
    source = frame.f_locals.get("src_dict")
    if not isinstance(source, Mapping):
        # The value handed to this model is not an object: the parent's field is what is wrong.
        if len(frames) < 2:
            return ("not_an_object", "the answer is not a JSON object", "$")
        parent, parent_line = frames[-2]
        path = _join(_find(data, parent.f_locals.get("src_dict")), _popped_key(parent.f_code, parent_line))
        return ("invalid_value", f"{path or 'a field'} is not a JSON object ({kind})", path)
    container = _find(data, source)
    key = _popped_key(frame.f_code, line)
    if isinstance(exc, KeyError) and exc.args and exc.args[0] == key and key not in source:
        path = _join(container, key)
        return ("missing_field", f"required field {path or repr(key)} is missing", path)
    path = _join(container, key)
    return ("invalid_value", f"{path or 'a field'} has the wrong type or format ({kind})", path)


def _popped_key(code: types.CodeType, line: int) -> str | None:
    """The JSON key of the field a generated ``from_dict`` was decoding at ``line``.

    Fields are separated by blank lines in the generated code: the key is the last ``d.pop("...")``
    of the statement group holding ``line``, at or before it (or after it, for a statement that
    spans several lines).
    """
    lines = linecache.getlines(code.co_filename)
    if not 0 < line <= len(lines):
        return None
    start = code.co_firstlineno
    for number in range(line, start - 1, -1):
        text = lines[number - 1]
        if not text.strip():
            break
        found = _POP_RE.findall(text)
        if found:
            return _literal(found[-1])
    for number in range(line + 1, len(lines) + 1):
        text = lines[number - 1]
        if not text.strip():
            break
        found = _POP_RE.findall(text)
        if found:
            return _literal(found[0])
    return None


def _literal(source: str) -> str | None:
    try:
        value = ast.literal_eval(source)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _find(data: Any, target: Any) -> str | None:
    """The JSON path of the object ``target`` (by identity) inside ``data``, or None."""
    if target is None:
        return None
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, dict):
            stack.extend((value, _child(path, key)) for key, value in node.items() if isinstance(value, dict | list))
        elif isinstance(node, list):
            stack.extend(
                (value, f"{path}[{index}]") for index, value in enumerate(node) if isinstance(value, dict | list)
            )
    return None


def _join(path: str | None, key: object) -> str | None:
    if path is None:
        return None
    if key is None:
        return path
    return _child(path, key)


def _child(path: str, key: object) -> str:
    if isinstance(key, str) and _IDENTIFIER_RE.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[?]"  # a key that is not a plain name is not shown


# --------------------------------------------------------------------------- the type policy
#
# The same rules as the notification parser's check (_notifications._compile_hint), so that one
# policy holds for answers and callbacks (tests/hardening/test_issue13_decoding.py compares them).
# The annotations of a generated model are resolved lazily, model by model: resolving them
# against the whole models package would import every model of the SDK on the first answer.

#: ``check(value)``: None if ``value`` fits, else the path of the misfit below it ("" = the value).
_Check: TypeAlias = Callable[[Any], str | None]
#: Per field: (name, types that fit outright, check for the rest or None = nothing else fits).
_PlanEntry: TypeAlias = tuple[str, tuple[type, ...], _Check | None]

_NOT_SIMPLE: typing.Final = (bool, int, float)
_plans: dict[type, tuple[_PlanEntry, ...] | None] = {}


def model_mismatch(instance: Any, path: str = "$") -> str | None:
    """The path of the first field of an attrs model instance that does not fit its type, or None."""
    found = _instance_mismatch(instance)
    return None if found is None else path + found


class _LazyModels(Mapping[str, Any]):
    """Names of ``wechatpay_client.models``, imported one by one as an annotation refers to them."""

    def __init__(self, module_globals: Mapping[str, Any]) -> None:
        self._globals = module_globals

    def __getitem__(self, name: str) -> Any:
        if name in self._globals or name.startswith("__"):
            raise KeyError(name)  # the model module's own globals (or builtins) answer
        models = sys.modules.get(_MODELS_MODULE)
        if models is None:
            try:
                models = importlib.import_module(_MODELS_MODULE)
            except ImportError as exc:  # pragma: no cover - the package ships with the SDK
                raise KeyError(name) from exc
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


@functools.cache
def _model_hints(cls: type) -> dict[str, Any] | None:
    """Resolved field types of an attrs model, or None if they cannot be resolved."""
    module = sys.modules.get(cls.__module__)
    globalns = dict(vars(module)) if module is not None else {}
    localns: Mapping[str, Any] = _LazyModels(globalns) if cls.__module__.startswith(_GENERATED_PREFIX) else {}
    try:
        return typing.get_type_hints(cls, globalns=globalns, localns=localns)
    except Exception:  # noqa: BLE001 - an unresolvable model is simply not type-checked
        return None


def _always_fits(value: Any) -> str | None:
    return None


def _simple_types(hint: Any) -> tuple[type, ...] | None:
    if hint is type(None):
        return (type(None),)
    if hint is bool:
        return (bool,)
    if typing.get_origin(hint) is not None or not isinstance(hint, type) or hint in _NOT_SIMPLE:
        return None
    if attrs.has(hint):
        return None
    return (hint,)


def _compile_hint(hint: Any) -> tuple[tuple[type, ...], _Check | None]:
    """(types that fit outright, check for anything else or None) for one annotation.

    Unions (any member fits), ``Literal`` (one of the values), ``list[X]`` (each item), ``dict``
    (any dict), ``None``, ``bool``, ``int`` (not bool), ``float`` (int or float, not bool), attrs
    models (an instance whose own fields fit), other classes (isinstance); anything else (``Any``,
    type variables) is not checked.
    """
    if hint is Any or hint is object:
        return (), _always_fits
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        return _compile_union(args)
    if origin is typing.Literal:
        allowed = args

        def literal(value: Any) -> str | None:
            return None if value in allowed else ""

        return (), literal
    if origin is list:
        return _compile_list(args)
    if origin is dict:
        return (dict,), None
    simple_hint = _simple_types(hint)
    if simple_hint is not None:
        return simple_hint, None
    if hint is int:
        return (), _int_check
    if hint is float:
        return (), _float_check
    if isinstance(hint, type):
        model = hint

        def instance(value: Any) -> str | None:
            if not isinstance(value, model):
                return ""
            return _instance_mismatch(value)

        return (), instance
    return (), _always_fits


def _compile_union(args: tuple[Any, ...]) -> tuple[tuple[type, ...], _Check | None]:
    simple: list[type] = []
    others: list[_Check] = []
    for arg in args:
        member_types, member_check = _compile_hint(arg)
        if member_check is _always_fits:
            return (), _always_fits
        simple.extend(member_types)
        if member_check is not None:
            others.append(member_check)
    if not others:
        return tuple(simple), None
    simple_types = tuple(simple)

    def union(value: Any) -> str | None:
        if simple_types and isinstance(value, simple_types):
            return None
        for check in others:
            if check(value) is None:
                return None
        return ""

    return (), union


def _compile_list(args: tuple[Any, ...]) -> tuple[tuple[type, ...], _Check | None]:
    item_types, item_check = _compile_hint(args[0]) if args else ((), _always_fits)
    if item_check is _always_fits:
        return (list,), None

    def items(value: Any) -> str | None:
        if not isinstance(value, list):
            return ""
        for index, item in enumerate(value):
            if item_types and isinstance(item, item_types):
                continue
            found = "" if item_check is None else item_check(item)
            if found is not None:
                return f"[{index}]{found}"
        return None

    return (), items


def _int_check(value: Any) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) else ""


def _float_check(value: Any) -> str | None:
    return None if isinstance(value, int | float) and not isinstance(value, bool) else ""


def _model_plan(cls: type) -> tuple[_PlanEntry, ...] | None:
    """The check plan of an attrs model class (cached), or None if it is not checked."""
    try:
        return _plans[cls]
    except KeyError:
        pass
    plan: tuple[_PlanEntry, ...] | None = None
    if attrs.has(cls):
        hints = _model_hints(cls)
        if hints is not None:
            entries: list[_PlanEntry] = []
            for attribute in attrs.fields(cls):
                if not attribute.init:  # additional_properties
                    continue
                fit, check = _compile_hint(hints.get(attribute.name, Any))
                if check is not _always_fits:
                    entries.append((attribute.name, fit, check))
            plan = tuple(entries)
    _plans[cls] = plan  # a race only compiles the same plan twice
    return plan


def _instance_mismatch(instance: Any) -> str | None:
    """The path (below ``instance``) of the first field that does not fit its annotation, or None."""
    plan = _model_plan(type(instance))
    if plan is None:
        return None
    for name, fit, check in plan:
        value = getattr(instance, name)
        if fit and isinstance(value, fit):
            continue
        found = "" if check is None else check(value)
        if found is not None:
            return f".{name}{found}"
    return None
