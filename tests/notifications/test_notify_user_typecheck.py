"""Issue 14: user code type-checks. mypy --strict runs on small handler files written as a user
writes them (the packages found as an installed wheel provides them: each ships ``py.typed``) and
must catch a wrong field type inside a typed notification handler, and an ``async def`` handler
given to the Flask adapter, while passing the correct code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE_ROOTS = ("generated_client", "auth_plugin", "sandbox", "cli")

HEADER = """\
from wechatpay_auth import NotificationEvent
from wechatpay_client.models import InsuranceEntrustNotificationResource, RefundNotificationResource
"""

FILES = {
    "handler_ok.py": HEADER
    + """
states: dict[str, str] = {}
refunded: dict[str, int] = {}


def on_event(event: NotificationEvent) -> None:
    if event.event_type.startswith("INSURANCE_ENTRUST."):
        contract = event.resource_as(InsuranceEntrustNotificationResource)
        states[contract.contract_id] = contract.contract_state
    elif event.event_type.startswith("REFUND."):
        refund = event.resource_as(RefundNotificationResource)
        refunded[refund.out_refund_no] = refund.amount.refund
""",
    "handler_wrong_field_type.py": HEADER
    + """
states: dict[str, int] = {}


def on_event(event: NotificationEvent) -> None:
    contract = event.resource_as(InsuranceEntrustNotificationResource)
    states[contract.contract_id] = contract.contract_state  # WRONG: contract_state is a str
""",
    "handler_wrong_attribute.py": HEADER
    + """
def on_event(event: NotificationEvent) -> None:
    refund = event.resource_as(RefundNotificationResource)
    print(refund.refund_state)  # WRONG: the field is `refund_status`
""",
    "flask_async_handler.py": """\
from wechatpay_auth import NotificationEvent, NotificationParser
from wechatpay_auth.contrib.flask import notification_view


async def on_event(event: NotificationEvent) -> None:
    return None


def make(parser: NotificationParser) -> object:
    return notification_view(parser, on_event)  # WRONG: the Flask adapter calls handlers synchronously
""",
    "starlette_handlers_ok.py": """\
from wechatpay_auth import NotificationEvent, NotificationParser
from wechatpay_auth.contrib.flask import notification_view
from wechatpay_auth.contrib.starlette import notification_endpoint


async def on_event_async(event: NotificationEvent) -> None:
    return None


def on_event(event: NotificationEvent) -> None:
    return None


def make(parser: NotificationParser) -> list[object]:
    return [
        notification_endpoint(parser, on_event_async),
        notification_endpoint(parser, on_event),
        notification_view(parser, on_event),
    ]
""",
}

ERROR_RE = re.compile(r"^(?P<file>[\w.]+):(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[str, str]]]:
    pytest.importorskip("mypy")
    pytest.importorskip("flask")
    pytest.importorskip("starlette")
    work = tmp_path_factory.mktemp("usercode")
    for name, text in FILES.items():
        (work / name).write_text(text, encoding="utf-8")
    env = dict(os.environ, MYPYPATH=os.pathsep.join(str(ROOT / root) for root in SOURCE_ROOTS))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(work / ".cache"), *FILES],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2 would be a mypy crash or bad usage
    errors: dict[str, list[tuple[str, str]]] = {name: [] for name in FILES}
    for match in ERROR_RE.finditer(result.stdout):
        source_line = FILES[match["file"]].splitlines()[int(match["line"]) - 1]
        errors[match["file"]].append((source_line.strip(), match["message"]))
    return errors


@pytest.mark.parametrize("name", ["handler_ok.py", "starlette_handlers_ok.py"])
def test_correct_handlers_pass(mypy_errors: dict[str, list[tuple[str, str]]], name: str) -> None:
    assert mypy_errors[name] == []


def test_mypy_catches_a_wrong_field_type_in_a_typed_handler(mypy_errors: dict[str, list[tuple[str, str]]]) -> None:
    [(line, message)] = mypy_errors["handler_wrong_field_type.py"]
    assert "WRONG" in line
    assert 'Incompatible types in assignment (expression has type "str", target has type "int")' in message


def test_mypy_catches_a_misspelt_field(mypy_errors: dict[str, list[tuple[str, str]]]) -> None:
    [(line, message)] = mypy_errors["handler_wrong_attribute.py"]
    assert "WRONG" in line
    assert '"RefundNotificationResource" has no attribute "refund_state"' in message


def test_mypy_refuses_an_async_handler_for_flask(mypy_errors: dict[str, list[tuple[str, str]]]) -> None:
    [(line, message)] = mypy_errors["flask_async_handler.py"]
    assert "WRONG" in line
    assert 'Argument 2 to "notification_view" has incompatible type' in message
    assert "Coroutine" in message
