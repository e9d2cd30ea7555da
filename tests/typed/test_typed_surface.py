"""The generated resource layer matches the operation functions, operation by operation."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import wechatpay_auth
import wechatpay_typed
from wechatpay_client._metadata import OPERATIONS
from wechatpay_client.resources import (
    AsyncWeChatPayResources,
    AsyncWeChatPayResourcesWithRawResponse,
    WeChatPayResources,
    WeChatPayResourcesWithRawResponse,
)
from wechatpay_typed import AsyncWeChatPay, ConfigurationError, WeChatPay

REPO = Path(__file__).resolve().parents[2]
SPEC = json.loads((REPO / "generated_client" / "wechatpay_client" / "_openapi.json").read_text(encoding="utf-8"))
SUMMARIES = {
    op["operationId"]: op.get("summary", "")
    for item in SPEC["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "operationId" in op
}
ROOTS = {
    "sync": WeChatPayResources,
    "async": AsyncWeChatPayResources,
    "sync_raw": WeChatPayResourcesWithRawResponse,
    "async_raw": AsyncWeChatPayResourcesWithRawResponse,
}


def _resource_class(root: type, tag: str) -> type:
    prop = inspect.getattr_static(root, tag)
    hint = inspect.signature(prop.func).return_annotation  # a string: "InsuranceSignResource"
    module = importlib.import_module(f"wechatpay_client.resources.{tag}")
    cls: type = getattr(module, hint)
    return cls


def _parameters(function: Any, skip: str) -> list[tuple[str, Any, Any, str]]:
    """(name, kind, default, annotation as source text) of each parameter but ``skip``."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    node = tree.body[0]
    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    texts = {a.arg: ast.unparse(a.annotation) for a in [*node.args.args, *node.args.kwonlyargs] if a.annotation}
    return [
        (p.name, p.kind, p.default, texts[p.name])
        for p in inspect.signature(function).parameters.values()
        if p.name != skip
    ]


def _returns(function: Any) -> str:
    node = ast.parse(textwrap.dedent(inspect.getsource(function))).body[0]
    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None
    return ast.unparse(node.returns)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_has_its_method_with_the_same_parameters(operation_id: str) -> None:
    meta = OPERATIONS[operation_id]
    module = importlib.import_module(f"wechatpay_client.api.{meta.tag}.{operation_id}")
    expected = _parameters(module.sync_detailed, "client")
    json_body = "encode_body(body" in inspect.getsource(module._get_kwargs)
    for flavour, root in ROOTS.items():
        method = getattr(_resource_class(root, meta.tag), operation_id)
        got = _parameters(method, "self")
        assert [p[:3] for p in got] == [p[:3] for p in expected], (flavour, operation_id)
        for (name, _k, _d, want), (_n, _k2, _d2, have) in zip(expected, got, strict=True):
            # A JSON model body also takes its dict form; every other annotation is the same text.
            assert have == (f"{want} | Mapping[str, Any]" if name == "body" and json_body else want), (flavour, name)
        assert inspect.iscoroutinefunction(method) == flavour.startswith("async")
        returns = _returns(method)
        if flavour.endswith("raw"):
            assert returns == _returns(module.sync_detailed)
        elif hasattr(module, "sync"):
            assert returns == _returns(module.sync)
        else:
            assert returns == "None"  # a 204 operation
        doc = inspect.getdoc(method) or ""
        assert SUMMARIES[operation_id] in doc and operation_id in doc


def test_every_tag_is_an_attribute_and_nothing_else_is_generated() -> None:
    tags = {meta.tag for meta in OPERATIONS.values()}
    for root in ROOTS.values():
        generated = {
            name for name, value in vars(root).items() if not name.startswith("_") and callable(value) is False
        }
        assert generated == tags
    for tag in tags:
        methods = {n for n in vars(_resource_class(WeChatPayResources, tag)) if not n.startswith("_")}
        assert methods == {op for op, meta in OPERATIONS.items() if meta.tag == tag}


def test_the_clients_take_the_arguments_of_create_client() -> None:
    expected = inspect.signature(wechatpay_auth.create_client).parameters
    for cls in (WeChatPay, AsyncWeChatPay):
        got = dict(inspect.signature(cls).parameters)
        assert list(got) == list(expected)
        for name, param in expected.items():
            assert (got[name].kind, got[name].default) == (param.kind, param.default), name


def test_the_package_reexports_the_runtime() -> None:
    for name in ("WeChatPayError", "APIConnectionError", "RequestValidationError", "NotificationParser", "get_auth"):
        assert getattr(wechatpay_typed, name) is getattr(wechatpay_auth, name)
    assert wechatpay_typed.models.InsuranceRealIdentity.__name__ == "InsuranceRealIdentity"
    assert set(wechatpay_typed.__all__) <= set(dir(wechatpay_typed))


def test_generated_resources_import_only_the_generated_package() -> None:
    """Data flows spec -> generator -> generated_client; the hand-written package composes it."""
    for path in (REPO / "generated_client" / "wechatpay_client" / "resources").glob("*.py"):
        assert path.read_text(encoding="utf-8").startswith("# Generated from spec/openapi.yaml"), path
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert all(not a.name.startswith("wechatpay") for a in node.names), path
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                assert not (node.module or "").startswith("wechatpay"), (path, node.module)


@pytest.mark.parametrize(
    ("options", "word"),
    [({"timeout": -1}, "timeout"), ({"max_retries": -1}, "max_retries"), ({"deadline": 0}, "deadline")],
)
def test_with_options_checks_its_values_at_once(options: dict[str, Any], word: str) -> None:
    wxpay = WeChatPay.__new__(WeChatPay)
    wxpay._setup(object(), None)  # type: ignore[arg-type]  # no call is made
    with pytest.raises(ConfigurationError, match=word):
        wxpay.with_options(**options)


def test_construction_imports_no_operation_module() -> None:
    """Cost stays flat per operation: a tag's module on first access, an operation's on first call."""
    code = """
import sys
from wechatpay_sandbox import Sandbox
from wechatpay_typed import WeChatPay
def loaded(prefix): return sorted(m for m in sys.modules if m.startswith(prefix))
with Sandbox("public_key") as sb:
    c = sb.credentials
    wxpay = WeChatPay(c.mchid, merchant_serial_no=c.merchant_serial_no, merchant_private_key=c.merchant_private_key_pem,
                      wechatpay_public_key_id=c.public_key_id, wechatpay_public_key=c.wechatpay_public_key_pem,
                      base_url=sb.base_url)
    after_construct = (loaded("wechatpay_client.api."), loaded("wechatpay_client.resources."))
    resource = wxpay.insurance_sign
    after_tag = (loaded("wechatpay_client.api."), loaded("wechatpay_client.resources."))
    try:
        resource.query_contract(12535, "NO_SUCH_CONTRACT")
    except Exception:
        pass
    after_call = loaded("wechatpay_client.api.")
    print(repr((after_construct, after_tag, after_call)))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    after_construct, after_tag, after_call = ast.literal_eval(out.stdout.strip())
    assert after_construct == ([], [])
    assert after_tag == ([], ["wechatpay_client.resources.insurance_sign"])
    assert after_call == [
        "wechatpay_client.api.insurance_sign",
        "wechatpay_client.api.insurance_sign.query_contract",
    ]


def test_every_public_runtime_error_and_store_is_re_exported() -> None:
    """`wechatpay_typed` is the one import: every WeChatPayError subclass and every notification
    store the runtime exports is there too (a new error must not need a second import)."""
    import wechatpay_auth

    wanted = {
        name
        for name in wechatpay_auth.__all__
        if (isinstance(obj := getattr(wechatpay_auth, name), type) and issubclass(obj, wechatpay_auth.WeChatPayError))
        or name.endswith("NotificationStore")
    }
    assert wanted - {"NotificationStore", "AsyncNotificationStore", "ClaimingNotificationStore"} <= set(
        wechatpay_typed.__all__
    )
