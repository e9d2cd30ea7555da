"""A validator for the JSON-schema subset the spec uses, reporting the first failure as a JSON pointer.

Supported: ``$ref`` (local), ``allOf``/``anyOf``/``oneOf``, ``type`` (a name or a list of names),
``enum``, ``const``, ``required``, ``properties``, ``additionalProperties``, ``items``,
``minItems``/``maxItems``, ``minLength``/``maxLength``, ``pattern`` (read as ECMA-262 reads it:
``$`` only at the very end, ``\\d`` and ``\\w`` ASCII), ``minimum``/``maximum``/
``exclusiveMinimum``/``exclusiveMaximum``, and ``format`` ``date`` (a real calendar date,
YYYY-MM-DD) and ``date-time`` (RFC 3339; ``rfc3339`` is read the same way). Other keywords are
annotations and are ignored. Values of ``x-wechatpay-sensitive`` properties are never echoed.

A request body arrives with its sensitive fields encrypted: ``validate(..., encrypted_sensitive=True)``
checks only that such a field is a string (its limits apply to the plaintext, which the server
checks again after decryption).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

SENSITIVE: Final = "x-wechatpay-sensitive"
REDACTED: Final = "***"

Resolver = Callable[[Mapping[str, Any]], Mapping[str, Any]]

# ASCII digits only ("\d" also takes "２０２６") and used with fullmatch ("$" also matches before a
# final newline, so "2026-01-01\n" passed).
_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATE_TIME_RE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))"
)
_INTEGER_RE = re.compile(r"-?[0-9]+")
_NUMBER_RE = re.compile(r"-?([0-9]+)(\.[0-9]+)?([eE][+-]?[0-9]+)?")


@attrs.frozen
class Issue:
    """Where and why a value failed: ``field`` is a JSON pointer (body) or a parameter name."""

    field: str
    issue: str
    value: Any = None


def escape_pointer(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def is_date(text: str) -> bool:
    match = _DATE_RE.fullmatch(text)
    if not match:
        return False
    try:
        dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return False
    return True


def is_date_time(text: str) -> bool:
    match = _DATE_TIME_RE.fullmatch(text)
    if not match:
        return False
    try:
        dt.datetime(int(match[1]), int(match[2]), int(match[3]), int(match[4]), int(match[5]), min(int(match[6]), 59))
    except ValueError:
        return False
    if int(match[6]) > 60:  # 60 allows a leap second, as RFC 3339 does
        return False
    return match[9] is None or (int(match[9]) <= 23 and int(match[10]) <= 59)


@functools.lru_cache(maxsize=512)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled so that ``search`` reads it as ECMA-262 (JSON Schema) does.

    Python's ``$`` also matches before a final newline and its ``\\d`` takes any Unicode digit; so
    ``$`` outside a character class becomes ``\\Z`` (inside one it is a literal) and the pattern
    is compiled with ``re.ASCII``.
    """
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append("\\$" if char == "$" else char)
        elif char == "[":
            in_class = True
            out.append(char)
            for literal in ("^", "]"):  # "[^]..." and "[]...": the "]" is a member
                if pattern[index + 1 : index + 2] == literal:
                    out.append(literal)
                    index += 1
        else:
            out.append("\\Z" if char == "$" else char)
        index += 1
    return re.compile("".join(out), re.ASCII)


def _type_ok(name: str, value: Any) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, int | float)
    return True  # an unknown type name constrains nothing


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int):
        return "integer"
    return "number"


class Validator:
    """Validates instances against schemas of one document (``resolve`` follows its ``$ref``s)."""

    def __init__(self, resolve: Resolver, *, encrypted_sensitive: bool = False) -> None:
        self._resolve = resolve
        self._encrypted = encrypted_sensitive  # fixed per instance: the server's threads share it
        self._twin: Validator | None = None

    def validate(
        self, schema: Mapping[str, Any], value: Any, pointer: str = "", *, encrypted_sensitive: bool = False
    ) -> Issue | None:
        """The first issue of ``value`` against ``schema``, or None.

        ``encrypted_sensitive``: ``x-wechatpay-sensitive`` strings hold ciphertext, so only their
        type is checked (a request body as received).
        """
        if encrypted_sensitive != self._encrypted:
            twin = self._twin
            if twin is None:
                twin = self._twin = Validator(self._resolve, encrypted_sensitive=encrypted_sensitive)
            return twin.validate(schema, value, pointer, encrypted_sensitive=encrypted_sensitive)
        return self._check(schema, value, pointer, sensitive=False, depth=0)

    def _check(
        self, schema: Mapping[str, Any], value: Any, pointer: str, *, sensitive: bool, depth: int
    ) -> Issue | None:
        if depth > 64:
            raise ValueError("schema nesting deeper than 64 levels")
        schema = self._resolve(schema)
        sensitive = sensitive or bool(schema.get(SENSITIVE))
        shown = REDACTED if sensitive else value
        if sensitive and self._encrypted and isinstance(value, str):
            return None  # ciphertext: its limits are checked on the plaintext after decryption

        for part in schema.get("allOf", ()):
            found = self._check(part, value, pointer, sensitive=sensitive, depth=depth + 1)
            if found:
                return found
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if branches:
                failures = [self._check(b, value, pointer, sensitive=sensitive, depth=depth + 1) for b in branches]
                passed = sum(1 for f in failures if f is None)
                if passed == 0:
                    # with a single branch, its own message is the most useful one
                    return (
                        failures[0]
                        if len(failures) == 1
                        else Issue(pointer, "matches none of the allowed forms", shown)
                    )
                if keyword == "oneOf" and passed > 1:
                    return Issue(pointer, "matches more than one of the allowed forms", shown)

        declared = schema.get("type")
        if declared is not None:
            names = [declared] if isinstance(declared, str) else list(declared)
            if not any(_type_ok(n, value) for n in names):
                expected = " or ".join(names)
                return Issue(pointer, f"must be of type {expected}, got {_describe(value)}", shown)

        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(str(v) for v in schema["enum"])
            return Issue(pointer, f"must be one of: {allowed}", shown)
        if "const" in schema and value != schema["const"]:
            return Issue(pointer, f"must be {schema['const']!r}", shown)

        if isinstance(value, str):
            found = self._check_string(schema, value, pointer, shown)
            if found:
                return found
        elif isinstance(value, int | float) and not isinstance(value, bool):
            found = self._check_number(schema, value, pointer, shown)
            if found:
                return found
        elif isinstance(value, dict):
            return self._check_object(schema, value, pointer, sensitive=sensitive, depth=depth)
        elif isinstance(value, list):
            return self._check_array(schema, value, pointer, sensitive=sensitive, depth=depth)
        return None

    def _check_string(self, schema: Mapping[str, Any], value: str, pointer: str, shown: Any) -> Issue | None:
        if "minLength" in schema and len(value) < schema["minLength"]:
            return Issue(pointer, f"must be at least {schema['minLength']} characters long", shown)
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return Issue(pointer, f"must be at most {schema['maxLength']} characters long", shown)
        if "pattern" in schema and not ecma_regex(schema["pattern"]).search(value):
            return Issue(pointer, f"must match the pattern {schema['pattern']}", shown)
        fmt = schema.get("format")
        if fmt == "date" and not is_date(value):
            return Issue(pointer, "must be a calendar date in the form YYYY-MM-DD", shown)
        if fmt in ("date-time", "rfc3339") and not is_date_time(value):
            return Issue(pointer, "must be an RFC 3339 date-time, e.g. 2024-01-02T15:04:05+08:00", shown)
        return None

    def _check_number(self, schema: Mapping[str, Any], value: float, pointer: str, shown: Any) -> Issue | None:
        if "minimum" in schema and value < schema["minimum"]:
            return Issue(pointer, f"must be >= {schema['minimum']}", shown)
        if "maximum" in schema and value > schema["maximum"]:
            return Issue(pointer, f"must be <= {schema['maximum']}", shown)
        low = schema.get("exclusiveMinimum")
        if isinstance(low, int | float) and not isinstance(low, bool) and value <= low:
            return Issue(pointer, f"must be > {low}", shown)
        high = schema.get("exclusiveMaximum")
        if isinstance(high, int | float) and not isinstance(high, bool) and value >= high:
            return Issue(pointer, f"must be < {high}", shown)
        return None

    def _check_object(
        self, schema: Mapping[str, Any], value: dict[str, Any], pointer: str, *, sensitive: bool, depth: int
    ) -> Issue | None:
        properties: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                return Issue(f"{pointer}/{escape_pointer(name)}", "is required", None)
        for name, item in value.items():
            child = f"{pointer}/{escape_pointer(name)}"
            if name in properties:
                found = self._check(properties[name], item, child, sensitive=sensitive, depth=depth + 1)
                if found:
                    return found
                continue
            extra = schema.get("additionalProperties", True)
            if extra is False:
                return Issue(child, "is not a known field", None)
            if isinstance(extra, Mapping):
                found = self._check(extra, item, child, sensitive=sensitive, depth=depth + 1)
                if found:
                    return found
        return None

    def _check_array(
        self, schema: Mapping[str, Any], value: list[Any], pointer: str, *, sensitive: bool, depth: int
    ) -> Issue | None:
        if "minItems" in schema and len(value) < schema["minItems"]:
            return Issue(pointer, f"must have at least {schema['minItems']} items", None)
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return Issue(pointer, f"must have at most {schema['maxItems']} items", None)
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                found = self._check(items, item, f"{pointer}/{index}", sensitive=sensitive, depth=depth + 1)
                if found:
                    return found
        return None


def coerce_parameter(schema: Mapping[str, Any], raw: str) -> tuple[bool, Any]:
    """Turn a path or query string into the value its (resolved) schema describes.

    Returns ``(False, reason)`` when the text cannot be read as that type.
    """
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else list(declared or ["string"])
    if "integer" in names and _INTEGER_RE.fullmatch(raw):
        return True, int(raw)
    if "number" in names and _NUMBER_RE.fullmatch(raw):
        number = float(raw)
        return True, int(number) if number.is_integer() and "." not in raw and "e" not in raw.lower() else number
    if "boolean" in names and raw in ("true", "false"):
        return True, raw == "true"
    if "string" in names:
        return True, raw
    expected = " or ".join(n for n in names if n != "null")
    return False, f"must be {'an' if expected[:1] in 'aeiou' else 'a'} {expected}"
