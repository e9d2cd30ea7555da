"""Request validation against the spec, before anything is signed or sent.

The generated client ships the resolved spec as ``wechatpay_client/_openapi.json``
(docs/CONTRACTS.md). On first use it is read once per process (``importlib.resources``), and
each operation's JSON request-body schema is compiled, on its first call, into a tree of small
check functions, cached by operationId. The happy path allocates nothing but the parsed body:
JSON paths are only built when a check fails.

Schema subset (what spec/openapi.yaml uses): ``$ref`` (local), ``allOf``, ``type``,
``required``, ``properties``, ``items``, ``enum``, ``format: date`` (a real calendar date,
``YYYY-MM-DD``) and ``format: date-time`` (RFC 3339), plus ``x-wechatpay-sensitive`` (a string of
at most 214 bytes in UTF-8, the RSA-OAEP limit). Other keywords are left to WeChat Pay. A
``null`` value is refused wherever a type is declared: WeChat Pay wants absent fields omitted.

Error messages name the JSON path (``$.policy_periods[0].estimated_deduct_date``) and the rule,
never the value.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any, Final

from ._constants import SENSITIVE_PLAINTEXT_MAX_BYTES, SPEC_PACKAGE, SPEC_RESOURCE
from ._errors import ConfigurationError, RequestValidationError

__all__ = ["RequestSchemas", "request_schemas", "validate_request_body", "validate_request_content"]

_Check = Callable[[Any], None]

_DATE_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME_RE: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))"
)
_MAX_DEPTH: Final = 64
#: Strings this short cannot exceed the OAEP limit even at 4 bytes per character.
_SAFE_SENSITIVE_CHARS: Final = SENSITIVE_PLAINTEXT_MAX_BYTES // 4


class _Invalid(Exception):
    """Raised by a check; the JSON path is collected on the way up (reversed)."""

    def __init__(self, issue: str) -> None:
        super().__init__(issue)
        self.issue = issue
        self.segments: list[str | int] = []


def _json_path(segments: list[str | int]) -> str:
    text = "$"
    for segment in reversed(segments):
        text += f"[{segment}]" if isinstance(segment, int) else f".{segment}"
    return text


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


def _is_date(text: str) -> bool:
    # ``date.fromisoformat`` (C) checks the calendar; the shape check keeps out the forms it
    # also accepts (``YYYYMMDD``, week dates) and non-ASCII digits.
    if len(text) != 10 or text[4] != "-" or text[7] != "-" or not text.isascii() or not _DATE_RE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_date_time(text: str) -> bool:
    match = _DATE_TIME_RE.fullmatch(text)
    if match is None:
        return False
    try:
        dt.datetime(int(match[1]), int(match[2]), int(match[3]), int(match[4]), int(match[5]), min(int(match[6]), 59))
    except ValueError:
        return False
    if int(match[6]) > 60:  # 60 is a leap second, which RFC 3339 allows
        return False
    return match[9] is None or (int(match[9]) <= 23 and int(match[10]) <= 59)


# ------------------------------------------------------------------------------------ type checks


def _is_string(value: Any) -> bool:
    return isinstance(value, str)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_boolean(value: Any) -> bool:
    return isinstance(value, bool)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _is_array(value: Any) -> bool:
    return isinstance(value, list)


_TYPES: Final[dict[str, tuple[Callable[[Any], bool], str]]] = {
    "string": (_is_string, "a string"),
    "integer": (_is_integer, "an integer"),
    "number": (_is_number, "a number"),
    "boolean": (_is_boolean, "a boolean"),
    "object": (_is_object, "an object"),
    "array": (_is_array, "an array"),
}


class _Compiler:
    """Turns one schema (with ``$ref``s into ``document``) into a check function."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._refs: dict[str, _Check] = {}

    def _resolve_ref(self, ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#/"):
            raise ConfigurationError(f"the spec uses a non-local $ref {ref!r}; request validation cannot follow it")
        node: Any = self._document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                raise ConfigurationError(f"the spec's $ref {ref!r} points nowhere; regenerate the client")
            node = node[part]
        if not isinstance(node, Mapping):
            raise ConfigurationError(f"the spec's $ref {ref!r} is not a schema")
        return node

    def compile(self, schema: Mapping[str, Any], depth: int = 0) -> _Check:
        if depth > _MAX_DEPTH:
            raise ConfigurationError("request schema nested deeper than 64 levels")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            cached = self._refs.get(ref)
            if cached is not None:
                return cached
            # A forward cell lets a recursive schema refer to itself.
            cell: list[_Check] = []

            def forward(value: Any) -> None:
                cell[0](value)

            self._refs[ref] = forward
            compiled = self.compile(self._resolve_ref(ref), depth + 1)
            cell.append(compiled)
            self._refs[ref] = compiled
            return compiled

        checks: list[_Check] = [self.compile(part, depth + 1) for part in schema.get("allOf", ())]
        own = self._own_checks(schema, depth)
        if own is not None:
            checks.append(own)
        if not checks:
            return _accept
        if len(checks) == 1:
            return checks[0]
        parts = tuple(checks)

        def all_of(value: Any) -> None:
            for check in parts:
                check(value)

        return all_of

    def _own_checks(self, schema: Mapping[str, Any], depth: int) -> _Check | None:
        declared = schema.get("type")
        type_test: Callable[[Any], bool] | None = None
        expected = ""
        if isinstance(declared, str) and declared in _TYPES:
            type_test, expected = _TYPES[declared]
        enum_values: tuple[Any, ...] | None = None
        if isinstance(schema.get("enum"), list):
            enum_values = tuple(schema["enum"])
        fmt = schema.get("format")
        format_test: Callable[[str], bool] | None = None
        format_issue = ""
        if fmt == "date":
            format_test, format_issue = _is_date, "must be a calendar date in the form YYYY-MM-DD"
        elif fmt in ("date-time", "rfc3339"):
            format_test, format_issue = _is_date_time, "must be an RFC 3339 date-time, e.g. 2026-01-02T15:04:05+08:00"
        sensitive = schema.get("x-wechatpay-sensitive") is True

        object_check = self._object_check(schema, depth)
        items = schema.get("items")
        item_check = self.compile(items, depth + 1) if isinstance(items, Mapping) else None

        if (
            type_test is None
            and enum_values is None
            and format_test is None
            and not sensitive
            and object_check is None
            and item_check is None
        ):
            return None

        # Fast paths for the commonest leaves: a plain string, integer or boolean.
        plain = enum_values is None and format_test is None and not sensitive
        if (
            plain
            and type_test is not None
            and object_check is None
            and item_check is None
            and declared in ("string", "boolean", "integer")
        ):
            wanted = {"string": str, "boolean": bool, "integer": int}[declared]
            leaf_test: Callable[[Any], bool] = type_test

            def check_leaf(value: Any) -> None:
                if value.__class__ is not wanted and not leaf_test(value):
                    raise _Invalid(f"must be {expected}, got {_describe(value)}")

            return check_leaf

        def check(value: Any) -> None:
            if type_test is not None and not type_test(value):
                raise _Invalid(f"must be {expected}, got {_describe(value)}")
            if enum_values is not None and value not in enum_values:
                allowed = ", ".join(str(v) for v in enum_values)
                raise _Invalid(f"must be one of: {allowed}")
            if isinstance(value, str):
                if format_test is not None and not format_test(value):
                    raise _Invalid(format_issue)
                if sensitive and len(value) > _SAFE_SENSITIVE_CHARS:
                    size = len(value.encode("utf-8"))
                    if size > SENSITIVE_PLAINTEXT_MAX_BYTES:
                        raise _Invalid(
                            f"is a sensitive field of {size} bytes in UTF-8; at most {SENSITIVE_PLAINTEXT_MAX_BYTES} "
                            "bytes can be encrypted (pass the plaintext, not an already encrypted value)"
                        )
            elif isinstance(value, dict):
                if object_check is not None:
                    object_check(value)
            elif isinstance(value, list) and item_check is not None:
                for index, item in enumerate(value):
                    try:
                        item_check(item)
                    except _Invalid as exc:
                        exc.segments.append(index)
                        raise

        return check

    def _object_check(self, schema: Mapping[str, Any], depth: int) -> Callable[[dict[str, Any]], None] | None:
        raw_properties = schema.get("properties")
        properties: dict[str, _Check] = {}
        if isinstance(raw_properties, Mapping):
            for name, sub in raw_properties.items():
                if isinstance(sub, Mapping):
                    properties[str(name)] = self.compile(sub, depth + 1)
        required = tuple(str(name) for name in schema.get("required", ()) or ())
        if not properties and not required:
            return None
        # Only properties with a real check are visited.
        active = {name: check for name, check in properties.items() if check is not _accept}

        def check_object(value: dict[str, Any]) -> None:
            for name in required:
                if name not in value:
                    error = _Invalid("is required")
                    error.segments.append(name)
                    raise error
            if len(value) <= len(active):
                for name, item in value.items():
                    sub = active.get(name)
                    if sub is not None:
                        try:
                            sub(item)
                        except _Invalid as exc:
                            exc.segments.append(name)
                            raise
            else:
                for name, sub in active.items():
                    if name in value:
                        try:
                            sub(value[name])
                        except _Invalid as exc:
                            exc.segments.append(name)
                            raise

        return check_object


def _accept(value: Any) -> None:
    return None


class RequestSchemas:
    """The request-body checks of one spec document, compiled lazily per operationId."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._compiler = _Compiler(document)
        self._bodies: dict[str, tuple[Mapping[str, Any] | None, bool]] = {}
        for methods in (document.get("paths") or {}).values():
            if not isinstance(methods, Mapping):
                continue
            for operation in methods.values():
                if not isinstance(operation, Mapping) or not isinstance(operation.get("operationId"), str):
                    continue
                body = operation.get("requestBody")
                schema: Mapping[str, Any] | None = None
                required = False
                if isinstance(body, Mapping):
                    if isinstance(body.get("$ref"), str):
                        body = self._compiler._resolve_ref(body["$ref"])
                    required = bool(body.get("required", False))
                    media = (body.get("content") or {}).get("application/json")
                    if isinstance(media, Mapping) and isinstance(media.get("schema"), Mapping):
                        schema = media["schema"]
                self._bodies[operation["operationId"]] = (schema, required)
        self._compiled: dict[str, tuple[_Check | None, bool]] = {}
        self._lock = threading.Lock()

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._bodies

    def _entry(self, operation_id: str) -> tuple[_Check | None, bool] | None:
        entry = self._compiled.get(operation_id)
        if entry is not None:
            return entry
        found = self._bodies.get(operation_id)
        if found is None:
            return None
        schema, required = found
        with self._lock:
            entry = self._compiled.get(operation_id)
            if entry is None:
                entry = (None if schema is None else self._compiler.compile(schema), required)
                self._compiled[operation_id] = entry
        return entry

    def has_body(self, operation_id: str) -> bool:
        """True if the operation takes a JSON request body."""
        found = self._bodies.get(operation_id)
        return found is not None and found[0] is not None

    def validate(self, operation_id: str, document: Any) -> None:
        """Raise :class:`RequestValidationError` if ``document`` (parsed JSON) breaks the schema.

        An operation the spec does not know, or one without a JSON body, passes.
        """
        entry = self._entry(operation_id)
        if entry is None or entry[0] is None:
            return
        try:
            entry[0](document)
        except _Invalid as exc:
            path = _json_path(exc.segments)
            raise RequestValidationError(
                f"{path} {exc.issue} (request body of {operation_id}; nothing was sent)",
                path=path,
                operation_id=operation_id,
            ) from None

    def validate_content(self, operation_id: str, content: bytes) -> Any:
        """Validate the raw JSON bytes of a request (an empty body counts as absent).

        Returns the parsed body (so that it need not be parsed again), or None when the
        operation has no JSON body or none was sent.
        """
        entry = self._entry(operation_id)
        if entry is None or entry[0] is None:
            return None
        if not content or not content.strip():
            if entry[1]:
                raise RequestValidationError(
                    f"$ the request body is required (request body of {operation_id}; nothing was sent)",
                    path="$",
                    operation_id=operation_id,
                )
            return None
        try:
            document = json.loads(content)
        except (UnicodeDecodeError, ValueError):
            raise RequestValidationError(
                f"$ the request body must be JSON (request body of {operation_id}; nothing was sent)",
                path="$",
                operation_id=operation_id,
            ) from None
        self.validate(operation_id, document)
        return document


_schemas: RequestSchemas | None = None
_load_lock = threading.Lock()


def request_schemas() -> RequestSchemas:
    """The schemas of the installed generated client's spec, loaded once per process."""
    global _schemas
    if _schemas is None:
        with _load_lock:
            if _schemas is None:
                import importlib.resources  # only when the first request is validated

                try:
                    raw = importlib.resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE).read_bytes()
                except (ModuleNotFoundError, FileNotFoundError) as exc:
                    raise ConfigurationError(
                        f"request validation needs {SPEC_PACKAGE}/{SPEC_RESOURCE} (the generated client); "
                        "install it, or pass validate_requests=False"
                    ) from exc
                _schemas = RequestSchemas(json.loads(raw))
    return _schemas


def validate_request_body(operation_id: str, body: Any) -> None:
    """Check a request body (a parsed JSON value or a model's ``to_dict()``) against the spec.

    Raises :class:`RequestValidationError` naming the JSON path of the first problem; returns
    None if the body is valid or the operation has no JSON body.
    """
    request_schemas().validate(operation_id, body)


def validate_request_content(operation_id: str, content: bytes) -> Any:
    """Like :func:`validate_request_body`, for the JSON bytes about to be sent; returns them parsed."""
    return request_schemas().validate_content(operation_id, content)
