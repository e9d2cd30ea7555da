"""Answers synthesised from the spec, for the operations the sandbox has no business rules for.

:class:`Synthesizer` builds a value for a (resolved) schema, choosing for every node the first
candidate that the spec's own validator accepts:

1. the request's value of the same name (``out_trade_no``, ``appid``, ``amount.total``, ...): an
   object in the request becomes the context of the same-named object in the answer, so its
   fields are echoed one by one;
2. the schema's ``example`` (or first ``examples`` item), and the operation's response example;
3. a type-correct value: ``const``, the first ``enum`` value, ``date`` (today in Beijing time),
   ``date-time`` (now, RFC 3339 with ``+08:00``), URLs, ids (``*_id``: digits), for open enums
   (``*_state``, ``*_status``, ``*_type``, ...) the first upper-case value quoted in the
   description, a sample of the ``pattern``, integers at their ``minimum`` (else 1), ``false``,
   one array item.

Objects get every required property, plus the optional ones whose name appears in the request
(or in an example). :meth:`Synthesizer.complete` fills the required properties a business
handler's payload lacks, with the same rules.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import string
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Final

from ._constants import CHINA_TZ
from ._crypto import random_digits, random_string
from ._schema import Validator

Resolver = Callable[[Mapping[str, Any]], Mapping[str, Any]]

MAX_DEPTH: Final = 24
_CODED_SUFFIXES: Final = ("state", "status", "type", "mode", "scope", "channel", "kind")
_KNOWN_VALUE_RE: Final = re.compile(r"`([A-Z][A-Z0-9_]{2,})`")
_MISSING: Final = object()
_SAMPLE_ALNUM = string.ascii_letters + string.digits


# --------------------------------------------------------------------------- regular expressions


def sample_pattern(pattern: str, *, longest: bool = False) -> str | None:
    """A string that ``re.search(pattern, ...)`` accepts, or None if this generator cannot make one.

    Walks the parse tree of the standard library's regex parser: literals, classes, categories,
    repeats (their minimum, at least once; or their maximum, capped at 64, with ``longest``),
    groups and alternatives (the first branch). Look-arounds are skipped, so the result is checked.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
        tree = parser.parse(pattern)
    except (ImportError, re.error, RecursionError, ValueError):
        return None
    out: list[str] = []
    groups: dict[int, str] = {}

    def char_in(items: Sequence[tuple[Any, Any]]) -> str:
        negate = False
        for op, arg in items:
            if op is constants.NEGATE:
                negate = True
        if negate:
            banned = _class_chars(items, constants)
            for ch in _SAMPLE_ALNUM:
                if ch not in banned:
                    return ch
            return "~"
        for op, arg in items:
            if op is constants.LITERAL:
                return chr(arg)
            if op is constants.RANGE:
                low, high = arg
                for ch in _SAMPLE_ALNUM:
                    if low <= ord(ch) <= high:
                        return ch
                return chr(low)
            if op is constants.CATEGORY:
                return _category_char(arg, constants)
        return "a"

    def walk(nodes: Any, depth: int) -> None:
        if depth > 40:
            raise ValueError("pattern too deep")
        for op, arg in nodes:
            if op is constants.LITERAL:
                out.append(chr(arg))
            elif op is constants.NOT_LITERAL:
                out.append("a" if chr(arg) != "a" else "b")
            elif op is constants.ANY:
                out.append("a")
            elif op is constants.IN:
                out.append(char_in(arg))
            elif op is constants.CATEGORY:
                out.append(_category_char(arg, constants))
            elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)):
                low, high, sub = arg
                if longest:
                    count = min(high if high is not constants.MAXREPEAT else 64, 64)
                else:
                    count = max(low, 1) if high is constants.MAXREPEAT or high >= 1 else 0
                    count = min(count, high) if high is not constants.MAXREPEAT else count
                for _ in range(count):
                    walk(sub, depth + 1)
            elif op is constants.SUBPATTERN:
                group, _, _, sub = arg
                start = len(out)
                walk(sub, depth + 1)
                if group is not None:
                    groups[group] = "".join(out[start:])
            elif op is constants.BRANCH:
                _, branches = arg
                walk(branches[0], depth + 1)
            elif op is constants.GROUPREF:
                out.append(groups.get(arg, ""))
            elif op is getattr(constants, "ATOMIC_GROUP", None):
                walk(arg, depth + 1)
            # AT (anchors), ASSERT, ASSERT_NOT: nothing to emit

    try:
        walk(tree, 0)
    except (ValueError, RecursionError, TypeError):
        return None
    text = "".join(out)
    return text if re.search(pattern, text) else None


def _category_char(category: Any, constants: Any) -> str:
    name = str(category)
    if "NOT_DIGIT" in name or "NOT_SPACE" in name:
        return "a"
    if "NOT_WORD" in name:
        return "-"
    if "DIGIT" in name:
        return "1"
    if "SPACE" in name:
        return " "
    return "a"


def _class_chars(items: Sequence[tuple[Any, Any]], constants: Any) -> set[str]:
    banned: set[str] = set()
    for op, arg in items:
        if op is constants.LITERAL:
            banned.add(chr(arg))
        elif op is constants.RANGE:
            banned.update(chr(c) for c in range(arg[0], min(arg[1], 0x2FF) + 1))
        elif op is constants.CATEGORY:
            name = str(arg)
            if "DIGIT" in name and "NOT" not in name:
                banned.update(string.digits)
            elif "WORD" in name and "NOT" not in name:
                banned.update(_SAMPLE_ALNUM + "_")
    return banned


# --------------------------------------------------------------------------- the synthesiser


class Context:
    """Where echoed values come from: a chain of mappings searched in order (nearest first)."""

    def __init__(self, *layers: Mapping[str, Any]) -> None:
        self.layers = tuple(layer for layer in layers if layer)

    def get(self, name: str) -> Any:
        for layer in self.layers:
            if name in layer:
                return layer[name]
        return _MISSING

    def __contains__(self, name: str) -> bool:
        return self.get(name) is not _MISSING

    def child(self, name: str) -> Context:
        """The context of the property ``name``: its same-named mappings first, then everything."""
        nearer = [layer[name] for layer in self.layers if isinstance(layer.get(name), Mapping)]
        return Context(*nearer, *self.layers)

    def item(self, name: str, index: int) -> Context:
        nearer = []
        for layer in self.layers:
            value = layer.get(name)
            if isinstance(value, list) and index < len(value) and isinstance(value[index], Mapping):
                nearer.append(value[index])
        return Context(*nearer, *self.layers)

    def list_length(self, name: str) -> int | None:
        value = self.get(name)
        return len(value) if isinstance(value, list) else None


def flatten(value: Any, into: dict[str, Any] | None = None, depth: int = 0) -> dict[str, Any]:
    """Every ``name: value`` pair of a JSON document, the shallowest occurrence of a name winning."""
    out: dict[str, Any] = {} if into is None else into
    if depth > MAX_DEPTH:
        return out
    if isinstance(value, Mapping):
        nested: list[Any] = []
        for key, item in value.items():
            out.setdefault(str(key), item)
            if isinstance(item, Mapping | list):
                nested.append(item)
        for item in nested:
            flatten(item, out, depth + 1)
    elif isinstance(value, list):
        for item in value:
            flatten(item, out, depth + 1)
    return out


def _first_type(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    if isinstance(declared, list):
        for name in declared:
            if name != "null":
                return str(name)
        return None
    if "properties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _examples(schema: Mapping[str, Any]) -> Iterator[Any]:
    if "example" in schema:
        yield schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list):
        yield from examples


class Synthesizer:
    """Builds schema-valid values (see the module docstring). One per answer: it holds the clock reading."""

    def __init__(self, resolve: Resolver, validator: Validator, *, now: float, base_url: str) -> None:
        self._resolve = resolve
        self._validator = validator
        self._now = dt.datetime.fromtimestamp(int(now), CHINA_TZ)
        self._base_url = base_url

    # ------------------------------------------------------------------ public
    def generate(self, schema: Mapping[str, Any], context: Context, *, name: str | None = None) -> Any:
        return self._value(schema, context, name, 0)

    def complete(self, schema: Mapping[str, Any], payload: Any, context: Context) -> Any:
        """``payload`` with the required properties it lacks filled in (recursively); nothing removed."""
        return self._complete(schema, payload, context, 0)

    def valid(self, schema: Mapping[str, Any], value: Any) -> bool:
        try:
            return self._validator.validate(schema, value) is None
        except ValueError:
            return False

    # ------------------------------------------------------------- internals
    def _merged(self, schema: Mapping[str, Any], depth: int = 0) -> dict[str, Any]:
        """The schema with ``$ref`` followed and ``allOf`` folded in (properties and required united)."""
        node = dict(self._resolve(schema))
        parts = node.pop("allOf", None)
        if not parts or depth > MAX_DEPTH:
            return node
        properties: dict[str, Any] = {}
        required: list[str] = []
        merged: dict[str, Any] = {}
        for part in [*parts, node]:
            flat = self._merged(part, depth + 1)
            properties.update(flat.pop("properties", {}))
            required.extend(r for r in flat.pop("required", ()) if r not in required)
            for key, value in flat.items():
                merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def _value(self, schema: Mapping[str, Any], context: Context, name: str | None, depth: int) -> Any:
        if depth > MAX_DEPTH:
            return None
        node = self._merged(schema)
        branches = node.get("oneOf") or node.get("anyOf")
        if branches:
            for branch in branches:
                value = self._value(branch, context, name, depth + 1)
                if self.valid(schema, value):
                    return value
        if "const" in node:
            return node["const"]
        echoed = context.get(name) if name is not None else _MISSING
        kind = _first_type(node)
        examples = list(_examples(node))
        candidates: list[Any] = []
        if kind == "object":
            candidates.append(self._object(node, context, depth))
            candidates.extend(examples)
        elif kind == "array":
            if isinstance(echoed, list) and not any(isinstance(item, Mapping) for item in echoed):
                candidates.append(echoed)
            candidates.append(self._array(node, context, name, depth))
            candidates.extend(examples)
        else:
            if echoed is not _MISSING and not isinstance(echoed, Mapping | list):
                candidates.append(echoed)
            candidates.extend(examples)
            candidates.extend(node.get("enum") or ())
            if kind in ("integer", "number"):
                candidates.extend(self._numbers(node, kind))
            elif kind == "boolean":
                candidates.append(False)
            elif kind == "null":
                candidates.append(None)
            else:
                candidates.extend(self._strings(node, name))
        for candidate in candidates:
            if self.valid(schema, candidate):
                return candidate
        return candidates[0] if candidates else None

    def _object(self, node: Mapping[str, Any], context: Context, depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = node.get("properties", {})
        required = list(node.get("required", ()))
        example = next((e for e in _examples(node) if isinstance(e, Mapping)), None)
        if example is not None:
            context = Context(*context.layers, example)
        out: dict[str, Any] = {}
        for prop, sub in properties.items():
            if prop in required or prop in context:
                out[prop] = self._value(sub, context.child(prop), prop, depth + 1)
        for prop in required:
            if prop not in out:
                value = context.get(prop)
                out[prop] = "sandbox" if value is _MISSING else value
        return out

    def _array(self, node: Mapping[str, Any], context: Context, name: str | None, depth: int) -> list[Any]:
        items = node.get("items")
        if not isinstance(items, Mapping):
            return []
        given = context.list_length(name) if name is not None else None
        count = given if given is not None else max(int(node.get("minItems", 1)), 1)
        if "maxItems" in node:
            count = min(count, int(node["maxItems"]))
        count = max(count, int(node.get("minItems", 0)))
        return [
            self._value(items, context.item(name, index) if name is not None else context, None, depth + 1)
            for index in range(count)
        ]

    @staticmethod
    def _numbers(node: Mapping[str, Any], kind: str) -> list[Any]:
        def number(key: str) -> float | None:
            value = node.get(key)
            return value if isinstance(value, int | float) and not isinstance(value, bool) else None

        value: float = 1
        low, high, xlow, xhigh = (
            number("minimum"),
            number("maximum"),
            number("exclusiveMinimum"),
            number("exclusiveMaximum"),
        )
        if low is not None and value < low:
            value = low
        if xlow is not None and value <= xlow:
            value = xlow + 1
        if high is not None and value > high:
            value = high
        if xhigh is not None and value >= xhigh:
            value = xhigh - 1
        return [int(value) if kind == "integer" else float(value), 0]

    def _strings(self, node: Mapping[str, Any], name: str | None) -> list[str]:
        fmt = node.get("format")
        lowered = (name or "").lower()
        out: list[str] = []
        if fmt == "date" or lowered.endswith("_date") or lowered == "date":
            out.append(self._now.date().isoformat())
        if fmt in ("date-time", "rfc3339") or lowered.endswith("_time"):
            out.append(self._now.isoformat())
        if fmt in ("uri", "url") or lowered.endswith("url"):
            out.append(f"{self._base_url}/sandbox/synthetic/{name or 'url'}")
        if fmt == "email":
            out.append("sandbox@example.com")
        if fmt == "uuid":
            out.append("00000000-0000-4000-8000-000000000000")
        if lowered == "appid" or lowered.endswith("_appid"):
            out.append("wxd678efh567hg6787")
        if lowered.endswith("openid"):
            out.append("o" + random_string(27))
        if lowered in ("currency", "payer_currency"):
            out.append("CNY")
        if lowered.endswith("_id") or lowered == "id":
            out.append(random_digits(28))
        if lowered.endswith(_CODED_SUFFIXES):
            # open enums are plain strings whose description names the known values: `SUCCESS`, ...
            known = _KNOWN_VALUE_RE.findall(str(node.get("description", "")))
            out.extend(known[:1])
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            for longest in (False, True):
                sample = sample_pattern(pattern, longest=longest)
                if sample is not None:
                    out.append(sample)
        base = "sandbox"
        low = int(node.get("minLength", 0))
        high = node.get("maxLength")
        text = base if len(base) >= low else base + "x" * (low - len(base))
        if isinstance(high, int) and len(text) > high:
            text = text[:high]
        out.append(text)
        return out

    def _complete(self, schema: Mapping[str, Any], payload: Any, context: Context, depth: int) -> Any:
        if depth > MAX_DEPTH:
            return payload
        node = self._merged(schema)
        if isinstance(payload, Mapping) and _first_type(node) == "object":
            properties: Mapping[str, Any] = node.get("properties", {})
            out = dict(payload)
            local = Context(payload, *context.layers)
            for prop, sub in properties.items():
                if prop in out:
                    out[prop] = self._complete(sub, out[prop], local.child(prop), depth + 1)
            for prop in node.get("required", ()):
                if prop not in out:
                    sub = properties.get(prop, {})
                    out[prop] = self._value(sub, local.child(prop), prop, depth + 1)
            return out
        if isinstance(payload, list) and _first_type(node) == "array" and isinstance(node.get("items"), Mapping):
            return [self._complete(node["items"], item, context, depth + 1) for item in payload]
        return payload
