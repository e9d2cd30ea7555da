"""Business flows of the sandbox beyond the built-in ones: one module per flow, found automatically.

A flow module in this package defines a subclass of :class:`Flow` named ``FLOW`` (the class, not an
instance). The sandbox makes one instance per ``Sandbox`` with a :class:`FlowContext`, sends the
requests of the operations the flow routes to its handlers, and exposes the instance as
``sandbox.flows[name]`` so that tests and the demo can play the user's side (confirm a transfer,
pay a service order, file a complaint ...).

A handler receives a :class:`FlowRequest` that the server has already checked (signature, spec
parameters and body, merchant, sensitive fields decrypted) and returns the answer's JSON payload,
or None for an answer without a body. Fields the spec requires and the handler leaves out are
filled by the synthesiser, and answers are validated against the spec when the sandbox is strict.
A business error is a raised ``SandboxError(status, code, message)``. Callbacks are sent with
``context.emit(Event(...))``: the notifier encrypts, signs and delivers them with retries.

Flows never import ``wechatpay_auth``: the sandbox is an independent implementation of WeChat Pay.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs

from .._state import Emit

__all__ = ["Flow", "FlowContext", "FlowHandler", "FlowRequest", "discover_flows", "route"]


@attrs.frozen
class FlowContext:
    """What a flow gets from its sandbox."""

    mchid: str
    clock: Callable[[], float]
    emit: Emit
    base_url: Callable[[], str]


@attrs.frozen
class FlowRequest:
    """One checked request, as a flow handler sees it."""

    operation_id: str
    method: str
    args: tuple[Any, ...]  # path parameters in template order
    path: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any  # the JSON body, sensitive fields still encrypted
    plain: Mapping[tuple[str, ...], str]  # decrypted sensitive fields by JSON path


FlowHandler = Callable[[FlowRequest], Any]


def route(method: str, shape: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a :class:`Flow` method as the handler of ``METHOD /v3/shape/{}/with/{}/params``."""

    def mark(function: Callable[..., Any]) -> Callable[..., Any]:
        routes: list[tuple[str, str]] = getattr(function, "_flow_routes", [])
        routes.append((method.upper(), shape))
        function._flow_routes = routes  # type: ignore[attr-defined]
        return function

    return mark


class Flow:
    """Base class of a flow: state behind one lock, handlers marked with :func:`route`."""

    name: ClassVar[str] = ""

    def __init__(self, context: FlowContext) -> None:
        self.context = context
        self.lock = threading.RLock()

    def seed(self, operation_id: str, notify_url: str) -> dict[str, Any] | None:
        """Prepare the state one routed operation needs, so it can be called on its own.

        Returns request overrides: ``{"path": {...}, "query": {...}, "body": {...}}`` (parameter
        names as in the spec; ``body`` is merged into a synthesised valid body), or None when a
        synthesised request already succeeds. Used by the all-operations round trip and by anyone
        who wants one operation to answer 2xx in isolation. The default: nothing to prepare.
        """
        return None

    def routes(self) -> dict[tuple[str, str], FlowHandler]:
        """``(METHOD, shape) -> bound handler`` for every method marked with :func:`route`."""
        found: dict[tuple[str, str], FlowHandler] = {}
        for attribute in dir(type(self)):
            function = getattr(type(self), attribute, None)
            for key in getattr(function, "_flow_routes", ()):
                found[key] = getattr(self, attribute)
        return found


def discover_flows() -> dict[str, type[Flow]]:
    """Every ``FLOW`` class of the modules of this package, by its ``name``."""
    flows: dict[str, type[Flow]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        cls = getattr(module, "FLOW", None)
        if isinstance(cls, type) and issubclass(cls, Flow) and cls.name:
            if cls.name in flows:
                raise RuntimeError(f"two sandbox flows are named {cls.name!r}")
            flows[cls.name] = cls
    return flows
