"""Request validation with the documented limits: fastjsonschema against the hand-written compiler.

    .venv/bin/python benchmarks/bench_validation_engines.py [--iterations 100000] [--compiles 40]

Both engines check the pre-sign body (the largest request of the spec) against the operation's
generated ``_request_schemas/pre_sign_mini_program.json``, with the limits of issue 10 added
where the spec does not carry them yet (so the figures do not move when they land). Measured in
ONE process, INTERLEAVED: every iteration runs each variant exactly once, in a shuffled order,
each call timed on its own with ``time.process_time_ns()``; an empty call is a variant too, and
its median (the timer's own cost) is subtracted. Variants per call: a valid body, and a body
failing deep inside (``$.policy_periods[0].estimated_deduct_amount.total`` below its minimum, so
that the error and its message are built). Compile cost: a fresh compile of the operation per
variant and iteration (interleaved the same way), and the first validated request in a fresh
interpreter (engine import, file read, compile, one check; 7 runs alternated).

The hand-written compiler is the package's (``wechatpay_auth._validation._compile_schema``); the
fastjsonschema engine, as it would have been wired in (same rules, same messages), is below.
Needs ``pip install fastjsonschema==2.22.3`` (the ``bench`` extra); it is not a dependency of the
SDK: the measurement below is why.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, machine, pre_sign_body, versions
from wechatpay_auth import _validation as v

OPERATION = "pre_sign_mini_program"
SCHEMA_FILE = REPO / "generated_client/wechatpay_client/_request_schemas" / f"{OPERATION}.json"

#: The limits issue 10 names for the pre-sign body, added where the spec has none yet.
ISSUE_LIMITS: dict[tuple[str, str], dict[str, Any]] = {
    ("InsurancePreSignMiniProgramRequest", "appid"): {"minLength": 1, "maxLength": 32},
    ("InsurancePreSignMiniProgramRequest", "out_contract_code"): {
        "minLength": 1,
        "maxLength": 32,
        "pattern": "^[0-9A-Za-z_*@-]+$",
    },
    ("InsurancePreSignMiniProgramRequest", "contract_notify_url"): {"maxLength": 256},
    ("InsurancePreSignMiniProgramRequest", "policy_periods"): {"minItems": 1, "maxItems": 100},
    ("InsurancePolicyPeriodPlan", "policy_period_id"): {"minimum": 1},
    ("InsuranceAmount", "total"): {"minimum": 1},
    ("InsuranceAmount", "currency"): {"enum": ["CNY"]},
}


def limited_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    for (schema, field), limits in ISSUE_LIMITS.items():
        node = schemas[schema]["properties"][field]
        for key, value in limits.items():
            node.setdefault(key, value)
    return document


# ------------------------------------------------------------------ the fastjsonschema engine
# What replacing the hand-written compiler would take: the schema stripped to its validation
# keywords (fastjsonschema embeds each failing node in the generated code), patterns rewritten
# to the ECMA-262 reading, the 214-byte rule of x-wechatpay-sensitive strings as a custom format,
# our date and date-time checks as custom formats, use_default=False (fastjsonschema would
# otherwise write defaults into the body), and its JsonSchemaValueException (name, rule,
# rule_definition, definition) mapped to our path and message without the value.


#: What the fastjsonschema engine keeps of a schema: validation keywords (annotations would only
#: bloat the generated code, which embeds each failing node for its error).
_KEYWORDS = frozenset(
    (
        "$ref",
        "type",
        "enum",
        "const",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    )
)
#: The format the engine gives ``x-wechatpay-sensitive`` strings (a format check is string-only).
_SENSITIVE_FORMAT = "x-wechatpay-sensitive"
_FORMATS: dict[str, Callable[[str], bool]] = {
    "date": v._is_date,
    "date-time": v._is_date_time,
    "rfc3339": v._is_date_time,
    _SENSITIVE_FORMAT: v._sensitive_fits,
}
#: The original pattern, kept beside the rewritten one for the error message.
_PATTERN_SOURCE = "x-pattern"
_NAME_SEGMENT_RE = re.compile(r"\.([^.\[\]]+)|\[([0-9]+)\]")


def _prepare(node: Any, depth: int = 0) -> Any:
    """A copy of a schema for fastjsonschema: validation keywords only, ECMA patterns, the sensitive rule."""
    if not isinstance(node, Mapping):
        return node
    if depth > v._MAX_DEPTH:
        raise ValueError("request schema nested deeper than 64 levels")
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key not in _KEYWORDS:
            continue
        if key == "properties" and isinstance(value, Mapping):
            out[key] = {str(name): _prepare(sub, depth + 1) for name, sub in value.items()}
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            out[key] = [_prepare(sub, depth + 1) for sub in value]
        elif key in ("items", "not", "additionalProperties") and isinstance(value, Mapping):
            out[key] = _prepare(value, depth + 1)
        elif key == "pattern" and isinstance(value, str):
            out[key] = v.ecma_pattern(value)
            out[_PATTERN_SOURCE] = value
        elif key == "format":
            if value in _FORMATS:  # other formats (int64, binary, uri...) are annotations here
                out[key] = value
        else:
            out[key] = value
    if node.get("x-wechatpay-sensitive") is True:
        if "format" in out or "$ref" in out:
            out = {"allOf": [out, {"format": _SENSITIVE_FORMAT}]}
        else:
            out["format"] = _SENSITIVE_FORMAT
    return out


def _collect_refs(node: Any, found: list[str]) -> None:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in found:
            found.append(ref)
        for value in node.values():
            _collect_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _collect_refs(value, found)


def _fjs_root(document: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """The schema, prepared, with every schema it refers to placed at the same JSON pointer."""
    root: dict[str, Any] = dict(_prepare(schema))
    refs: list[str] = []
    _collect_refs(root, refs)
    index = 0
    while index < len(refs):
        ref = refs[index]
        index += 1
        if not ref.startswith("#/") or ref == "#/":
            raise ValueError(f"the spec uses a non-local $ref {ref!r}; request validation cannot follow it")
        target = _prepare(v._resolve_in(document, {"$ref": ref}))
        _collect_refs(target, refs)
        parts = [p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = target
    return root


def _fjs_issue(exc: Any) -> Any:
    """Our error for a fastjsonschema ``JsonSchemaValueException``: path and limit, never the value."""
    segments: list[str | int] = []
    for key, index in _NAME_SEGMENT_RE.findall((exc.name or "data")[4:]):
        segments.append(int(index) if index else key)
    rule = exc.rule
    limit = exc.rule_definition
    definition = exc.definition if isinstance(exc.definition, Mapping) else {}
    value = exc.value
    issue: str
    if rule == "type":
        names = [limit] if isinstance(limit, str) else list(limit or ())
        expected = " or ".join(v._TYPES[n][1] if n in v._TYPES else str(n) for n in names)
        issue = f"must be {expected}, got {v._describe(value)}"
    elif rule == "required":
        missing = next((n for n in limit or () if isinstance(value, dict) and n not in value), None)
        if missing is not None:
            segments.append(str(missing))
        issue = "is required"
    elif rule == "enum":
        issue = "must be one of: " + ", ".join(str(v) for v in limit or ())
    elif rule == "const":
        issue = f"must be {limit}"
    elif rule == "minLength":
        issue = f"must be at least {v._plural(limit, 'character')}"
    elif rule == "maxLength":
        issue = f"must be at most {v._plural(limit, 'character')}"
    elif rule == "pattern":
        issue = f"must match the pattern {definition.get(_PATTERN_SOURCE, limit)}"
    elif rule == "minimum":
        issue = f"must be >= {limit}"
    elif rule == "maximum":
        issue = f"must be <= {limit}"
    elif rule == "exclusiveMinimum":
        issue = f"must be > {limit}"
    elif rule == "exclusiveMaximum":
        issue = f"must be < {limit}"
    elif rule == "minItems":
        issue = f"must have at least {v._plural(limit, 'item')}"
    elif rule == "maxItems":
        issue = f"must have at most {v._plural(limit, 'item')}"
    elif rule == "format":
        issue = v._sensitive_issue(value) if limit == _SENSITIVE_FORMAT else v._FORMAT_ISSUES.get(str(limit), "")
    elif rule == "additionalProperties":
        known = definition.get("properties") or {}
        extra = next((k for k in value if k not in known), None) if isinstance(value, dict) else None
        if extra is not None:
            segments.append(str(extra))
        issue = "is not a known field"
    elif rule in ("anyOf", "oneOf"):
        issue = (
            "matches none of the allowed forms" if rule == "anyOf" else "must match exactly one of the allowed forms"
        )
    else:
        issue = f"breaks the schema rule {rule}"
    error = v._Invalid(issue)
    error.segments = segments[::-1]
    return error


def compile_fastjsonschema(document: Mapping[str, Any], schema: Mapping[str, Any]) -> Callable[[Any], None]:
    import fastjsonschema  # only when the first request is validated

    validate = fastjsonschema.compile(
        _fjs_root(document, schema), formats=_FORMATS, use_default=False, detailed_exceptions=True
    )
    failure = fastjsonschema.JsonSchemaValueException

    def check(value: Any) -> None:
        try:
            validate(value)
        except failure as exc:
            raise _fjs_issue(exc) from None

    return check


# ------------------------------------------------------------------------------- measurement


def _fresh_process_first_call(engine: str) -> float:
    """CPU ms of the first validated request in a new interpreter (the engine's import included)."""
    code = f"""
import json, sys, time
sys.path[:0] = {[str(REPO / "benchmarks"), str(REPO / "auth_plugin"), str(REPO / "generated_client")]!r}
import bench_validation_engines as b
from wechatpay_auth import _validation as v
document = b.limited_document()
body = b.pre_sign_body().to_dict()
start = time.process_time()
compile_schema = b.compile_fastjsonschema if {engine!r} == "fastjsonschema" else v._compile_schema
check = compile_schema(document, document["body"]["schema"])
check(body)
print((time.process_time() - start) * 1e3)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=100_000)
    parser.add_argument("--compiles", type=int, default=40)
    parser.add_argument("--fresh", type=int, default=7)
    args = parser.parse_args()

    document = limited_document()
    schema = document["body"]["schema"]
    body = pre_sign_body().to_dict()
    failing = copy.deepcopy(body)
    failing["policy_periods"][0]["estimated_deduct_amount"]["total"] = 0
    engines: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any]], Callable[[Any], None]]] = {
        "fastjsonschema": compile_fastjsonschema,
        "hand-written": v._compile_schema,
    }
    checks = {name: compile_schema(document, schema) for name, compile_schema in engines.items()}
    messages = {}
    for name, check in checks.items():
        check(body)
        try:
            check(failing)
        except v._Invalid as exc:
            messages[name] = (v._json_path(exc.segments), exc.issue)
        else:
            raise AssertionError(f"{name} accepted the failing body")
    if len(set(messages.values())) != 1:
        raise AssertionError(f"the engines disagree: {messages}")

    def failing_call(check: Callable[[Any], None]) -> Callable[[], None]:
        def call() -> None:
            try:
                check(failing)
            except v._Invalid:
                pass

        return call

    variants: dict[str, Callable[[], Any]] = {"(empty call)": lambda: None}
    for name, check in checks.items():
        variants[f"{name}, valid body"] = lambda check=check: check(body)
        variants[f"{name}, failing body"] = failing_call(check)
    names = list(variants)
    samples: dict[str, list[int]] = {name: [] for name in names}
    clock = time.process_time_ns
    rng = random.Random(10)
    for _ in range(args.iterations):
        rng.shuffle(names)
        for name in names:
            fn = variants[name]
            start = clock()
            fn()
            samples[name].append(clock() - start)
    floor = statistics.median(samples["(empty call)"])
    per_call = {name: (statistics.median(values) - floor) / 1e3 for name, values in samples.items()}

    compile_samples: dict[str, list[int]] = {name: [] for name in engines}
    order = list(engines)
    for _ in range(args.compiles):
        rng.shuffle(order)
        for name in order:
            start = clock()
            engines[name](document, schema)
            compile_samples[name].append(clock() - start)

    fresh: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(args.fresh):
        for name in engines:
            fresh[name].append(_fresh_process_first_call(name))

    print(f"machine: {machine()}; {versions('fastjsonschema')}")
    print(f"{args.iterations} interleaved iterations (timer cost {floor / 1e3:.2f} µs subtracted)")
    print(f"both engines report: {messages['fastjsonschema'][0]} {messages['fastjsonschema'][1]}\n")
    print("| CPU (median) | hand-written | fastjsonschema | ratio |\n|---|---:|---:|---:|")
    for kind in ("valid body", "failing body"):
        hand, fjs = per_call[f"hand-written, {kind}"], per_call[f"fastjsonschema, {kind}"]
        print(f"| per call, {kind} | {hand:.2f} µs | {fjs:.2f} µs | {fjs / hand:.2f} |")
    hand_c, fjs_c = (statistics.median(compile_samples[n]) / 1e6 for n in ("hand-written", "fastjsonschema"))
    print(
        f"| compile the operation ({args.compiles} interleaved) | {hand_c:.2f} ms | {fjs_c:.2f} ms | {fjs_c / hand_c:.1f} |"
    )
    hand_f, fjs_f = (statistics.median(fresh[n]) for n in ("hand-written", "fastjsonschema"))
    print(
        f"| first request in a new process (import, compile, check; {args.fresh} runs) "
        f"| {hand_f:.2f} ms | {fjs_f:.2f} ms | {fjs_f / hand_f:.1f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
