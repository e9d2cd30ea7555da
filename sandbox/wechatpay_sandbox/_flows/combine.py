"""基础支付∙合单: combined orders of a direct merchant, paid once by the user.

A combined order (合单) bundles 1 to 50 sub-orders (商品单), each with its own ``out_trade_no``,
amount, ``attach`` and description, under one ``combine_out_trade_no``; the user pays them with a
single password entry. Operations: create (``/v3/combine-transactions/{jsapi,app,h5,native}``,
answering ``prepay_id`` / ``h5_url`` / ``code_url``), query
(``GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}``) and close
(``POST .../close``, 204). Sources: the spec descriptions of tag ``combine_pay``,
docs/spec-decisions.md ("New: combine_pay ..."), OA ``docs/v3/combine-transactions/*`` and IM
``openapi/v3/combine-transactions/*`` (neither lists error codes for these operations, so the codes
are those WeChat Pay documents for the single-order operations, and marked *sandbox* where the
single-order answer is itself the sandbox's choice).

States. A combined order has no state of its own (spec: "a combined order has no single state of
its own"); every sub-order has a ``trade_state``, and all of them move together:
``NOTPAY`` after create; ``SUCCESS`` when the user pays (:meth:`CombineFlow.user_pays`); ``CLOSED``
after close or when ``time_expire`` has passed unpaid.

Rules and codes (documented by WeChat Pay unless marked *sandbox*):

- ``combine_mchid`` must be the merchant of the ``Authorization`` header: ``400 PARAM_ERROR``
  naming the field (*sandbox* wording, as for every ``mchid``). Sub-order ``mchid`` values are
  accepted as given (*sandbox*: the binding of a sub-order merchant to ``combine_appid`` is not
  modelled).
- At most 50 sub-orders: the schema's ``maxItems`` (``400 PARAM_ERROR`` from request validation).
- Every sub-order ``out_trade_no`` is unique (spec: "every sub-order ``out_trade_no`` is unique
  too"): twice in one request is ``400 PARAM_ERROR`` naming ``/sub_orders/{i}/out_trade_no``
  (*sandbox* code); one already used by another combined order is ``403 OUT_TRADE_NO_USED``
  (the single-order code for a reused ``out_trade_no``). *Sandbox*: the namespace is the
  combined orders'; basic-payment ``out_trade_no`` values are not seen from here.
- Create again with the same ``combine_out_trade_no``: the same answer (the same ``prepay_id`` /
  ``h5_url`` / ``code_url``) when the body and channel are identical and the order is still
  ``NOTPAY``; ``403 OUT_TRADE_NO_USED`` when either differs; ``400 ORDER_CLOSED`` when it is closed;
  ``403 ORDERPAID`` (*sandbox*, as for single orders) when it is paid. (WeChat Pay documents the
  combined create as not idempotent; the sandbox follows the single-order behaviour.)
- ``time_expire`` must be an RFC 3339 time in the future (``400 PARAM_ERROR``); an unpaid order
  past it is ``CLOSED``.
- Query: ``404 ORDER_NOT_EXIST`` for an unknown ``combine_out_trade_no``. ``combine_transaction_id``
  is assigned at create (*sandbox*: the query schema requires it even for an unpaid order).
- Close (204): the whole combined order, and only with the combined close (OA). ``combine_appid``
  must be the order's and ``sub_orders`` must list exactly the order's sub-orders (``mchid`` and
  ``out_trade_no``, spec: "must list every sub-order exactly as it was placed"): ``400
  PARAM_ERROR`` naming the field (*sandbox* code). A paid order: ``403 ORDERPAID`` (*sandbox*);
  closing a closed order again is 204; unknown: ``404 ORDER_NOT_EXIST``. *Not modelled*: the
  v2-era minimum of one minute between create and close.
- The user pays (:meth:`CombineFlow.user_pays`): ``400 ORDER_CLOSED`` for a closed order,
  ``403 ORDERPAID`` (*sandbox*) for a paid one, ``404 ORDER_NOT_EXIST`` for an unknown one; a JSAPI
  order placed for one ``openid`` cannot be paid by another (``400 INVALID_REQUEST``, *sandbox*).
- Callback: ONE ``TRANSACTION.SUCCESS`` (``original_type`` ``transaction``, summary ``支付成功``) for
  the combined order to its ``notify_url``; the resource is a
  ``CombineTransactionNotificationResource``: ``combine_appid``, ``combine_mchid``,
  ``combine_out_trade_no``, ``combine_transaction_id``, the payer and every sub-order with its
  ``trade_state`` ``SUCCESS``, ``transaction_id``, ``success_time``, ``bank_type`` and amounts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final

import attrs

from .._constants import Code
from .._crypto import random_digits, random_string
from .._errors import SandboxError
from .._errors import canonical as _canonical
from .._errors import param_error as _param_error
from .._state import Event, china_now, rfc3339
from . import Flow, FlowContext, FlowRequest, route

NOTPAY: Final = "NOTPAY"
SUCCESS: Final = "SUCCESS"
CLOSED: Final = "CLOSED"

#: ``trade_type`` by create endpoint
TRADE_TYPES: Final = {"jsapi": "JSAPI", "app": "APP", "h5": "MWEB", "native": "NATIVE"}
BASE: Final = "/v3/combine-transactions"
SEED_APPID: Final = "wxd678efh567hg6787"
SEED_OPENID: Final = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"


def _not_found() -> SandboxError:
    return SandboxError(404, Code.ORDER_NOT_EXIST, "订单不存在 (no combined order with this combine_out_trade_no)")


@attrs.define
class SubOrder:
    """One 商品单 of a combined order."""

    mchid: str
    out_trade_no: str
    attach: str
    description: str
    total: int
    currency: str
    trade_state: str = NOTPAY
    transaction_id: str | None = None

    def to_json(self, trade_type: str, success_time: float | None, bank_type: str) -> dict[str, Any]:
        """As ``CombineResponseSubOrder`` (query answer and callback resource)."""
        out: dict[str, Any] = {
            "mchid": self.mchid,
            "trade_type": trade_type,
            "trade_state": self.trade_state,
            "attach": self.attach,
            "out_trade_no": self.out_trade_no,
        }
        amount: dict[str, Any] = {"total_amount": self.total, "currency": self.currency}
        if self.transaction_id is not None:
            out["transaction_id"] = self.transaction_id
            out["bank_type"] = bank_type
            if success_time is not None:
                out["success_time"] = rfc3339(success_time)
            amount["payer_amount"] = self.total
            amount["payer_currency"] = self.currency
            out["promotion_detail"] = []
        out["amount"] = amount
        return out


@attrs.define
class CombinedOrder:
    """A combined order (合单) and its sub-orders; the sub-orders share one state."""

    combine_out_trade_no: str
    combine_appid: str
    combine_mchid: str
    channel: str
    combine_transaction_id: str
    sub_orders: list[SubOrder]
    notify_url: str
    created_at: float
    request: Mapping[str, Any] = attrs.field(repr=False)
    answer: Mapping[str, Any] = attrs.field(factory=dict)
    payer_openid: str | None = None
    device_id: str | None = None
    time_expire: float | None = None
    success_time: float | None = None
    bank_type: str = "OTHERS"

    @property
    def trade_type(self) -> str:
        return TRADE_TYPES[self.channel]

    @property
    def trade_state(self) -> str:
        """The state every sub-order is in."""
        return self.sub_orders[0].trade_state

    @property
    def total(self) -> int:
        return sum(sub.total for sub in self.sub_orders)

    def to_json(self) -> dict[str, Any]:
        """As ``CombineTransaction`` (the query answer); the callback resource is the same shape."""
        out: dict[str, Any] = {
            "combine_appid": self.combine_appid,
            "combine_mchid": self.combine_mchid,
            "combine_out_trade_no": self.combine_out_trade_no,
            "combine_transaction_id": self.combine_transaction_id,
            "sub_orders": [sub.to_json(self.trade_type, self.success_time, self.bank_type) for sub in self.sub_orders],
        }
        if self.device_id is not None:
            out["scene_info"] = {"device_id": self.device_id}
        if self.payer_openid is not None:
            out["combine_payer_info"] = {"openid": self.payer_openid}
        return out


class CombineFlow(Flow):
    """Combined orders: create on four channels, query, close; the user pays them all at once."""

    name = "combine"

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context)
        self._orders: dict[str, CombinedOrder] = {}
        self._sub_trade_nos: dict[str, str] = {}  # sub-order out_trade_no -> combine_out_trade_no

    # ------------------------------------------------------------- accessors
    def order(self, combine_out_trade_no: str) -> CombinedOrder:
        """The combined order (its expiry applied); ``SandboxError`` 404 ``ORDER_NOT_EXIST`` if unknown."""
        with self.lock:
            found = self._orders.get(combine_out_trade_no)
            if found is None:
                raise _not_found()
            self._expire(found)
            return found

    def orders(self) -> list[CombinedOrder]:
        with self.lock:
            for order in self._orders.values():
                self._expire(order)
            return list(self._orders.values())

    def _expire(self, order: CombinedOrder) -> None:
        if order.trade_state == NOTPAY and order.time_expire is not None and self.context.clock() > order.time_expire:
            for sub in order.sub_orders:
                sub.trade_state = CLOSED

    # ---------------------------------------------------------------- create
    @route("POST", f"{BASE}/jsapi")
    def create_jsapi(self, request: FlowRequest) -> dict[str, Any]:
        return self._create("jsapi", request.body)

    @route("POST", f"{BASE}/app")
    def create_app(self, request: FlowRequest) -> dict[str, Any]:
        return self._create("app", request.body)

    @route("POST", f"{BASE}/h5")
    def create_h5(self, request: FlowRequest) -> dict[str, Any]:
        return self._create("h5", request.body)

    @route("POST", f"{BASE}/native")
    def create_native(self, request: FlowRequest) -> dict[str, Any]:
        return self._create("native", request.body)

    def _create(self, channel: str, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            if str(body["combine_mchid"]) != self.context.mchid:
                raise _param_error(
                    "/combine_mchid", "does not match the mchid of the Authorization header", body["combine_mchid"]
                )
            combine_no = str(body["combine_out_trade_no"])
            # The channel is part of what must be identical: the same number on another endpoint is another order.
            request = {"channel": channel, "body": dict(body)}
            existing = self._orders.get(combine_no)
            if existing is not None:
                self._expire(existing)
                if _canonical(existing.request) != _canonical(request):
                    raise SandboxError(
                        403,
                        Code.OUT_TRADE_NO_USED,
                        "combine_out_trade_no has already been used with other parameters; use a new one",
                    )
                if existing.trade_state == CLOSED:
                    raise SandboxError(400, Code.ORDER_CLOSED, "the combined order is closed; create a new order")
                if existing.trade_state != NOTPAY:
                    raise SandboxError(403, Code.ORDER_PAID, "the combined order has been paid")
                return dict(existing.answer)
            sub_orders = self._sub_orders(body["sub_orders"])
            now = self.context.clock()
            expire: float | None = None
            if "time_expire" in body:
                expire = _parse_time(body["time_expire"])
                if expire is None:
                    raise _param_error("/time_expire", "must be an RFC 3339 date-time", body["time_expire"])
                if expire <= now:
                    raise _param_error("/time_expire", "must be in the future", body["time_expire"])
            payer = body.get("combine_payer_info")
            openid = payer.get("openid") if isinstance(payer, Mapping) else None
            if channel == "jsapi" and openid is None:
                raise _param_error("/combine_payer_info/openid", "is required for a JSAPI combined order")
            scene = body.get("scene_info")
            device_id = scene.get("device_id") if isinstance(scene, Mapping) else None
            stamp = china_now(now).strftime("%Y%m%d%H%M%S")
            prepay_id = f"wx{stamp}{random_string(20, '0123456789abcdef')}"
            answer: dict[str, Any]
            if channel in ("jsapi", "app"):
                answer = {"prepay_id": prepay_id}
            elif channel == "h5":
                answer = {"h5_url": f"{self.context.base_url()}/sandbox/checkout?prepay_id={prepay_id}"}
            else:
                answer = {"code_url": f"weixin://wxpay/bizpayurl?pr={random_string(7)}"}
            order = CombinedOrder(
                combine_out_trade_no=combine_no,
                combine_appid=str(body["combine_appid"]),
                combine_mchid=self.context.mchid,
                channel=channel,
                combine_transaction_id="1217" + random_digits(24),
                sub_orders=sub_orders,
                notify_url=str(body["notify_url"]),
                created_at=now,
                request=request,
                answer=answer,
                payer_openid=None if openid is None else str(openid),
                device_id=None if device_id is None else str(device_id),
                time_expire=expire,
            )
            self._orders[combine_no] = order
            for sub in sub_orders:
                self._sub_trade_nos[sub.out_trade_no] = combine_no
            return dict(answer)

    def _sub_orders(self, given: Any) -> list[SubOrder]:
        """The request's sub-orders, checked for a repeated or already used ``out_trade_no``."""
        seen: set[str] = set()
        out: list[SubOrder] = []
        for index, item in enumerate(given):
            out_trade_no = str(item["out_trade_no"])
            if out_trade_no in seen:
                raise _param_error(
                    f"/sub_orders/{index}/out_trade_no",
                    "repeats the out_trade_no of another sub-order of this combined order",
                    out_trade_no,
                )
            if out_trade_no in self._sub_trade_nos:
                raise SandboxError(
                    403,
                    Code.OUT_TRADE_NO_USED,
                    f"sub-order out_trade_no {out_trade_no} has already been used by another combined order",
                )
            seen.add(out_trade_no)
            amount = item["amount"]
            out.append(
                SubOrder(
                    mchid=str(item["mchid"]),
                    out_trade_no=out_trade_no,
                    attach=str(item["attach"]),
                    description=str(item["description"]),
                    total=int(amount["total_amount"]),
                    currency=str(amount.get("currency") or "CNY"),
                )
            )
        return out

    # ----------------------------------------------------------- seeding
    def seed(self, operation_id: str, notify_url: str) -> dict[str, Any] | None:
        """The state one operation needs on its own (see ``Flow.seed``)."""
        if operation_id.startswith("create_combine_"):
            # The merchant's own combine_mchid; a payer for JSAPI (the only channel that needs one).
            return {
                "body": {
                    "combine_mchid": self.context.mchid,
                    "combine_out_trade_no": "SEED" + random_string(20, "0123456789ABCDEF"),
                    "combine_payer_info": {"openid": SEED_OPENID},
                }
            }
        if operation_id not in ("query_combine_transaction", "close_combine_transaction"):
            return None
        combine_no = "SEED" + random_string(20, "0123456789ABCDEF")
        sub = {"mchid": self.context.mchid, "out_trade_no": "SEEDSUB" + random_string(16, "0123456789ABCDEF")}
        self._create(
            "native",
            {
                "combine_appid": SEED_APPID,
                "combine_mchid": self.context.mchid,
                "combine_out_trade_no": combine_no,
                "sub_orders": [
                    {**sub, "attach": "seed", "description": "seed", "amount": {"total_amount": 1, "currency": "CNY"}}
                ],
                "notify_url": notify_url,
            },
        )
        overrides: dict[str, Any] = {"path": {"combine_out_trade_no": combine_no}}
        if operation_id == "close_combine_transaction":
            overrides["body"] = {"combine_appid": SEED_APPID, "sub_orders": [sub]}
        return overrides

    # ----------------------------------------------------------------- query
    @route("GET", f"{BASE}/out-trade-no/{{}}")
    def query(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            return self.order(str(request.args[0])).to_json()

    # ----------------------------------------------------------------- close
    @route("POST", f"{BASE}/out-trade-no/{{}}/close")
    def close(self, request: FlowRequest) -> None:
        with self.lock:
            order = self.order(str(request.args[0]))
            body = request.body
            if str(body["combine_appid"]) != order.combine_appid:
                raise _param_error(
                    "/combine_appid", "is not the combine_appid of the combined order", body["combine_appid"]
                )
            listed = sorted((str(s["mchid"]), str(s["out_trade_no"])) for s in body["sub_orders"])
            placed = sorted((s.mchid, s.out_trade_no) for s in order.sub_orders)
            if listed != placed:
                raise _param_error(
                    "/sub_orders", "must list every sub-order of the combined order (mchid and out_trade_no) as placed"
                )
            if order.trade_state == SUCCESS:
                raise SandboxError(
                    403, Code.ORDER_PAID, "the combined order has been paid and cannot be closed; refund it"
                )
            for sub in order.sub_orders:
                sub.trade_state = CLOSED

    # ------------------------------------------------------------ user side
    def user_pays(
        self, combine_out_trade_no: str, *, openid: str | None = None, bank_type: str | None = None
    ) -> CombinedOrder:
        """The user pays the combined order once: every sub-order NOTPAY -> SUCCESS, one TRANSACTION.SUCCESS.

        ``openid``: the payer (a JSAPI order accepts only the ``openid`` it was placed for).
        """
        with self.lock:
            order = self.order(combine_out_trade_no)
            if order.trade_state == CLOSED:
                raise SandboxError(400, Code.ORDER_CLOSED, "the combined order is closed and cannot be paid")
            if order.trade_state != NOTPAY:
                raise SandboxError(403, Code.ORDER_PAID, "the combined order has been paid")
            if openid is not None and order.channel == "jsapi" and openid != order.payer_openid:
                raise SandboxError(400, Code.INVALID_REQUEST, "the combined order was placed for another payer")
            order.payer_openid = openid or order.payer_openid or "o" + random_string(27)
            order.success_time = self.context.clock()
            if bank_type:
                order.bank_type = bank_type
            for sub in order.sub_orders:
                sub.trade_state = SUCCESS
                sub.transaction_id = "4200" + random_digits(24)
            self.context.emit(
                Event(
                    event_type="TRANSACTION.SUCCESS",
                    url=order.notify_url,
                    original_type="transaction",
                    summary="支付成功",
                    resource=order.to_json(),
                )
            )
            return order


def _parse_time(text: Any) -> float | None:
    try:
        moment = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.timestamp()


FLOW = CombineFlow
