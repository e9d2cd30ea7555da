"""``format: date`` / ``date-time`` and numeric parameters take ASCII digits and nothing after them.

``\\d`` also matches other scripts' digits (``int("２０２６")`` is 2026) and ``$`` also matches before
a final newline, so "２０２６-０１-０１" and "2026-01-01\\n" used to pass as dates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from sandbox_helpers import PRE_SIGN, ApiClient, Receiver, presign_body, unique
from wechatpay_sandbox._schema import Validator, coerce_parameter, is_date, is_date_time

FULLWIDTH_DATE = "２０２６-０１-０１"
ARABIC_INDIC_DATE = "٢٠٢٦-٠١-٠١"


@pytest.mark.parametrize(
    "text",
    [
        FULLWIDTH_DATE,
        ARABIC_INDIC_DATE,
        "2026-0１-01",
        "2026-01-01\n",
        "2026-01-01\r\n",
        "\n2026-01-01",
        " 2026-01-01",
        "2026-01-01 ",
        "2026-01-01x",
    ],
)
def test_not_a_date(text: str) -> None:
    assert is_date(text) is False


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2026-01-01", True),
        ("2024-02-29", True),
        ("2023-02-29", False),  # the calendar is still checked
        ("2026-04-31", False),
        ("2026-00-10", False),
        ("0000-01-01", False),
    ],
)
def test_calendar_dates(text: str, ok: bool) -> None:
    assert is_date(text) is ok


@pytest.mark.parametrize(
    "text",
    [
        "２０２６-01-02T15:04:05+08:00",
        "2026-01-02T１５:04:05+08:00",
        "2026-01-02T15:04:05.１２３+08:00",
        "2026-01-02T15:04:05+０８:00",
        "2026-01-02T15:04:05+08:00\n",
        "2026-01-02T15:04:05Z\n",
        "2026-01-02T15:04:05Z ",
        "2026-02-30T15:04:05+08:00",
    ],
)
def test_not_a_date_time(text: str) -> None:
    assert is_date_time(text) is False


@pytest.mark.parametrize("text", ["2026-01-02T15:04:05+08:00", "2026-01-02T15:04:05.123456Z", "2026-12-31t23:59:60z"])
def test_date_times(text: str) -> None:
    assert is_date_time(text) is True


@pytest.mark.parametrize(
    ("schema", "raw"),
    [
        ({"type": "integer"}, "４２"),
        ({"type": "integer"}, "42\n"),
        ({"type": "number"}, "4.５"),
        ({"type": "number"}, "4.5\n"),
    ],
)
def test_numeric_parameters_take_ascii_digits_only(schema: dict[str, Any], raw: str) -> None:
    assert coerce_parameter(schema, raw)[0] is False


def test_numeric_parameters() -> None:
    assert coerce_parameter({"type": "integer"}, "-42") == (True, -42)
    assert coerce_parameter({"type": "number"}, "1e3") == (True, 1000.0)


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    return node


@pytest.mark.parametrize("value", [FULLWIDTH_DATE, "2026-01-01\n"])
def test_validator_reports_the_field(value: str) -> None:
    schema = {"type": "object", "properties": {"start": {"type": "string", "format": "date"}}}
    issue = Validator(_resolve).validate(schema, {"start": value})
    assert issue is not None
    assert issue.field == "/start"
    assert "YYYY-MM-DD" in issue.issue


@pytest.mark.parametrize("value", [FULLWIDTH_DATE, "2026-01-01\n"])
def test_sandbox_rejects_the_date(api: ApiClient, receiver: Receiver, value: str) -> None:
    body = presign_body(unique(), receiver.url())
    body["policy_start_date"] = value
    response = api.post(PRE_SIGN + "app", body)
    assert response.status_code == 400, response.text
    answer = response.json()
    assert answer["code"] == "PARAM_ERROR"
    assert answer["detail"]["field"] == "/policy_start_date"
