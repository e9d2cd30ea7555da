"""Every demo flow (``wechatpay demo --flow NAME``) runs to the end against the embedded sandbox."""

from __future__ import annotations

import io

import pytest
from wechatpay_cli._demo import flows
from wechatpay_cli._main import main

FLOWS = sorted(flows())


def test_the_flows_are_listed() -> None:
    out = io.StringIO()
    assert main(["demo", "--list"], out=out, err=io.StringIO()) == 0
    listed = [line.split()[0] for line in out.getvalue().splitlines()]
    assert listed == list(flows())
    assert "insurance" in listed


def test_an_unknown_flow_is_a_usage_error() -> None:
    err = io.StringIO()
    assert main(["demo", "--flow", "no-such-flow"], out=io.StringIO(), err=err) == 2
    assert "unknown flow 'no-such-flow'" in err.getvalue()


@pytest.mark.parametrize("name", FLOWS)
def test_each_flow_verifies_every_step(name: str) -> None:
    out = io.StringIO()
    code = main(["demo", "--flow", name], out=out, err=io.StringIO())
    text = out.getvalue()
    assert code == 0, text
    assert f"wechatpay demo --flow {name}:" in text
    assert "steps verified in" in text and "FAILED" not in text
