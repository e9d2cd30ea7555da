"""The sandbox's flow plug-ins: handlers are found by their route marks, names are unique."""

from __future__ import annotations

from typing import Any

from wechatpay_sandbox import Sandbox
from wechatpay_sandbox._flows import Flow, FlowContext, FlowRequest, discover_flows, route


class _Widgets(Flow):
    name = "widgets"

    @route("post", "/v3/widgets")
    def create(self, request: FlowRequest) -> dict[str, Any]:
        return {"id": "W1"}

    @route("GET", "/v3/widgets/{}")
    @route("GET", "/v3/widgets/by-no/{}")
    def query(self, request: FlowRequest) -> dict[str, Any]:
        return {"id": request.args[0]}


def test_routes_are_the_marked_methods() -> None:
    flow = _Widgets(FlowContext(mchid="1", clock=lambda: 0.0, emit=lambda event: None, base_url=lambda: ""))
    routes = flow.routes()
    assert set(routes) == {("POST", "/v3/widgets"), ("GET", "/v3/widgets/{}"), ("GET", "/v3/widgets/by-no/{}")}
    request = FlowRequest("query_widget", "GET", ("W9",), {}, {}, None, {})
    assert routes[("GET", "/v3/widgets/{}")](request) == {"id": "W9"}


def test_every_discovered_flow_is_on_the_sandbox_and_routes_a_spec_operation() -> None:
    discovered = discover_flows()
    with Sandbox("public_key") as sb:
        assert set(sb.flows) == set(discovered)
        for name, flow in sb.flows.items():
            assert isinstance(flow, discovered[name])
            for method, shape in flow.routes():
                assert sb.spec.find_by_shape(method, shape) is not None, (name, method, shape)
