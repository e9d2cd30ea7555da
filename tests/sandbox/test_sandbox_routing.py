"""The sandbox's routing index answers exactly like a scan over every operation.

``Spec.match`` narrows the operations to the few whose literal segments fit the request path
(a trie by segment) before confirming with each template's regex; ``Spec.find_by_shape`` is a
dict. These tests compare both with the brute-force scan the sandbox used before, over every
path of the real spec (with parameters filled in, every method, and near misses) and over
synthetic templates chosen to be awkward: a literal segment against a parameter, the same shape
under several methods, several parameters in one segment, empty segments, trailing slashes and
newlines, and a parameter name with a ``/`` in it.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wechatpay_sandbox import Spec, load_spec
from wechatpay_sandbox._spec import HTTP_METHODS, Operation

METHODS = [m.upper() for m in HTTP_METHODS]


def scan_match(spec: Spec, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
    """``Spec.match`` as it was: every operation's regex, the fewest parameters win, first on a tie."""
    known = False
    best: tuple[int, Operation, re.Match[str]] | None = None
    for op in spec.operations:
        found = op.pattern.match(path)
        if found is None:
            continue
        known = True
        if op.method == method:
            rank = op.path.count("{")
            if best is None or rank < best[0]:
                best = (rank, op, found)
    if best is None:
        return None, {}, known
    _, op, found = best
    names = re.findall(r"\{([^}]+)\}", op.path)
    return op, {name: found.group(i + 1) for i, name in enumerate(names)}, True


def scan_shape(spec: Spec, method: str, template: str) -> Operation | None:
    shape = re.sub(r"\{[^}]+\}", "{}", template)
    for op in spec.operations:
        if op.method == method and op.shape == shape:
            return op
    return None


def assert_same(spec: Spec, method: str, path: str) -> None:
    got = spec.match(method, path)
    want = scan_match(spec, method, path)
    assert got[0] is want[0], (method, path, got[0], want[0])
    assert got[1:] == want[1:], (method, path)


def synthetic(templates: list[tuple[str, str]]) -> Spec:
    paths: dict[str, dict[str, Any]] = {}
    for i, (method, template) in enumerate(templates):
        paths.setdefault(template, {})[method.lower()] = {
            "operationId": f"op{i}",
            "responses": {"200": {"description": "ok"}},
        }
    return Spec({"openapi": "3.1.0", "paths": paths})


def requests_for(template: str) -> list[str]:
    filled = re.sub(r"\{[^}]+\}", "v1", template)
    literal_braces = template
    out = {filled, literal_braces, filled + "/", filled + "\n", filled + "/x", filled.rstrip("/") + "//"}
    out.add(re.sub(r"\{[^}]+\}", "", template))  # every parameter empty
    segments = filled.split("/")
    for i in range(1, len(segments)):  # one segment changed, one segment dropped
        out.add("/".join([*segments[:i], "zz", *segments[i + 1 :]]))
        out.add("/".join([*segments[:i], *segments[i + 1 :]]))
    return sorted(out)


# --------------------------------------------------------------------------- the real spec


def test_every_path_of_the_real_spec_routes_as_a_scan_would() -> None:
    spec = load_spec()
    assert len(spec.operations) > 50
    checked = 0
    for op in spec.operations:
        for path in requests_for(op.path):
            for method in METHODS:
                assert_same(spec, method, path)
                checked += 1
        assert spec.match(op.method, re.sub(r"\{[^}]+\}", "v1", op.path))[0] is not None
    assert checked > 1000
    for path in ("", "/", "/v3", "/v3/", "/nothing/here", "v3/pay/transactions/jsapi"):
        for method in METHODS:
            assert_same(spec, method, path)


def test_find_by_shape_agrees_with_a_scan_on_the_real_spec() -> None:
    spec = load_spec()
    for op in spec.operations:
        renamed = re.sub(r"\{[^}]+\}", "{renamed}", op.path)
        for method in METHODS:
            for template in (op.path, renamed, op.path + "/x"):
                assert spec.find_by_shape(method, template) is scan_shape(spec, method, template)


def test_the_default_spec_is_loaded_once_and_shared() -> None:
    first = load_spec()
    assert load_spec() is first
    assert first.source.endswith("_openapi.json")


# --------------------------------------------------------------------------- tricky templates

TRICKY = [
    ("GET", "/v3/a/{x}"),
    ("GET", "/v3/a/b"),  # a literal beats {x}, whatever the order
    ("POST", "/v3/a/{x}"),  # same shape, another method
    ("GET", "/v3/{y}/b"),  # ties with /v3/a/{x} on /v3/a/b... but /v3/a/b has no parameter
    ("GET", "/v3/{p}/{q}"),
    ("PUT", "/v3/{p}/{q}"),
    ("GET", "/v3/{y}/c"),
    ("GET", "/v3/a/{z}/c"),
    ("DELETE", "/v3/a/{z}/c"),
    ("GET", "/v3/b/{c}"),  # with /v3/{y}/c: both rank 1 on /v3/b/c, the first in the document wins
    ("GET", "/v3/f/{name}.json"),  # a parameter inside a segment
    ("GET", "/v3/f/{a}-{b}"),
    ("GET", "/v3/f/{a}-{b}/raw"),
    ("GET", "/v3/g/"),  # a trailing slash is a segment of its own
    ("GET", "/v3//g"),  # an empty segment
    ("POST", "/v3/h/{a/b}"),  # a parameter name with "/": not representable by segments
    ("GET", "/v3/{}/literal-braces"),  # "{}" is not a parameter
    ("GET", "/v3/d.e/{x}"),  # a regex character in a literal
    ("PATCH", "/"),
]


def test_tricky_templates_route_as_a_scan_would() -> None:
    for order in (TRICKY, list(reversed(TRICKY))):
        spec = synthetic(order)
        for _, template in order:
            for path in requests_for(template):
                for method in ("GET", "POST", "PUT", "DELETE", "PATCH"):
                    assert_same(spec, method, path)


def test_tricky_answers_spelled_out() -> None:
    spec = synthetic(TRICKY)

    def route(method: str, path: str) -> tuple[str | None, dict[str, str], bool]:
        op, params, known = spec.match(method, path)
        return (None if op is None else op.path), params, known

    assert route("GET", "/v3/a/b") == ("/v3/a/b", {}, True)
    assert route("POST", "/v3/a/b") == ("/v3/a/{x}", {"x": "b"}, True)
    assert route("PUT", "/v3/a/b") == ("/v3/{p}/{q}", {"p": "a", "q": "b"}, True)
    assert route("DELETE", "/v3/a/b") == (None, {}, True)  # 405: the path is known
    assert route("GET", "/v3/b/c") == ("/v3/{y}/c", {"y": "b"}, True)
    assert route("GET", "/v3/f/report.json") == ("/v3/f/{name}.json", {"name": "report"}, True)
    assert route("POST", "/v3/h/anything") == ("/v3/h/{a/b}", {"a/b": "anything"}, True)
    assert route("GET", "/v3/a/") == (None, {}, False)  # a parameter is never empty
    assert route("GET", "/v3/g/") == ("/v3/g/", {}, True)
    assert route("GET", "/v3/g/\n") == ("/v3/g/", {}, True)  # the regex "$" allows a final newline
    assert route("GET", "/v3/x/y/z") == (None, {}, False)
    assert spec.find_by_shape("GET", "/v3/a/{other}") is scan_shape(spec, "GET", "/v3/a/{x}")
    assert spec.find_by_shape("PATCH", "/v3/a/{x}") is None


# --------------------------------------------------------------------------- generated templates

SEGMENTS = st.sampled_from(["a", "b", "c", "", "{p}", "{q}.json", "x{r}", "{s}-{t}", "d.e"])


@st.composite
def templates(draw: st.DrawFn) -> tuple[str, str]:
    parts = draw(st.lists(SEGMENTS, min_size=0, max_size=4))
    seen: set[str] = set()
    renamed = []
    for i, part in enumerate(parts):  # group names must be unique within a template
        fixed = re.sub(r"\{([^}]+)\}", lambda m, i=i: "{" + f"{m.group(1)}{i}" + "}", part)
        seen.add(fixed)
        renamed.append(fixed)
    return draw(st.sampled_from(["GET", "POST"])), "/" + "/".join(renamed)


PATH_SEGMENTS = st.sampled_from(["a", "b", "c", "", "v.json", "xv", "v-w", "d.e", "dxe", "{p0}", "a\n"])


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(templates(), min_size=1, max_size=12, unique_by=lambda t: t),
    st.lists(st.lists(PATH_SEGMENTS, max_size=5), min_size=1, max_size=8),
)
def test_generated_templates_route_as_a_scan_would(chosen: list[tuple[str, str]], paths: list[list[str]]) -> None:
    spec = synthetic(chosen)
    requests = ["/" + "/".join(p) for p in paths] + [t for _, t in chosen]
    requests += [re.sub(r"\{[^}]+\}", "v", t) for _, t in chosen]
    for path in requests:
        for method in ("GET", "POST", "PUT"):
            assert_same(spec, method, path)
    for method, template in chosen:
        assert spec.find_by_shape(method, template) is scan_shape(spec, method, template)
