"""支付分 (WeChat Pay Score) service orders of a direct merchant, 需确认模式 (spec tag ``payscore``).

Order states (``state`` / ``state_description``), from the spec descriptions and the OA/IM tables:

- ``CREATED`` after ``create_payscore_service_order``; the answer carries ``package`` for the Pay
  Score mini program, which is valid for one hour (:meth:`PayscoreFlow.user_confirms` refuses a
  confirmation after that with ``400 INVALID_REQUEST``, *sandbox* code). An order left ``CREATED``
  for 30 days becomes ``EXPIRED``.
- ``DOING`` / ``USER_CONFIRM`` when the user confirms (:meth:`PayscoreFlow.user_confirms`):
  ``PAYSCORE.USER_CONFIRM`` goes to the order's ``notify_url`` and the user's ``query_id`` (the
  mini program's 回跳查询ID) names the order in the query too. With ``need_user_confirm: false``
  (免确认模式; ``openid`` required, ``400 PARAM_ERROR`` otherwise) the order starts there and no
  callback is sent (*sandbox*: the permission is not checked).
- ``DOING`` / ``MCH_COMPLETE`` after ``complete``: ``total_amount`` is set, ``need_collection`` is
  true and ``collection.state`` is ``USER_PAYING`` (待支付). *Sandbox*: a completion with
  ``total_amount`` 0 ends the order at once as ``DONE`` with nothing to collect.
- ``DONE`` (final) once paid: the user pays (:meth:`PayscoreFlow.user_pays`, the automatic
  deduction) or the merchant's ``/pay`` (催收) succeeds at once (*sandbox*); then
  ``collection.state`` is ``USER_PAID`` with one ``NEWTON`` detail (``transaction_id``) and
  ``PAYSCORE.USER_PAID`` goes to ``notify_url``. ``sync`` (``Order_Paid``) also ends it ``DONE``
  with a ``MCH`` detail, without a callback (*sandbox*: the merchant reported it itself).
- ``REVOKED`` (final) after ``cancel``.

Rules and codes (documented by WeChat Pay unless marked *sandbox*; WeChat Pay publishes no
Pay Score error-code table in the stored sources, so every business code below is the generic
APIv3 one for its meaning):

- Create again with the same ``out_order_no``: the same answer (same ``order_id`` and ``package``)
  when the body is identical and the order is still ``CREATED`` (原参重入, create page);
  ``400 INVALID_REQUEST`` (*sandbox*) when the body differs or the order has moved on.
- Create: ``time_range.start_time`` must not be before the call (``400 PARAM_ERROR``, spec);
  ``post_payments[].name`` must be unique in the order (``400 PARAM_ERROR``, spec).
- Every call after create names the order with the ``appid`` and ``service_id`` it was created
  with (``400 PARAM_ERROR`` naming the field, *sandbox* wording); an unknown ``out_order_no`` or
  ``query_id`` is ``404 ORDER_NOT_EXIST``; the query wants exactly one of them (``400
  PARAM_ERROR``).
- Cancel: only ``CREATED`` or ``DOING``/``USER_CONFIRM`` (OA: 已创单或进行中; a completed order is
  past that), else ``400 INVALID_REQUEST``; the order becomes ``REVOKED``.
- Complete: only ``DOING``/``USER_CONFIRM`` (OA 前置条件), else ``400 INVALID_REQUEST``;
  ``total_amount`` must equal the sum of ``post_payments[].amount`` (× ``count``) minus the sum of
  ``post_discounts[].amount`` (× ``count``) (``400 PARAM_ERROR``, spec) and must not exceed
  ``risk_fund.amount`` (``400 PARAM_ERROR``, *sandbox*: the old wiki's 不能超过服务风险金额).
- Modify: only ``DOING``/``MCH_COMPLETE`` with ``collection.state`` ``USER_PAYING`` (OA: 待支付),
  else ``400 INVALID_REQUEST``; the same sum rule (``400 PARAM_ERROR``); the new total must not
  exceed the completed total (``400 PARAM_ERROR``, *sandbox*: the old wiki's 不能超过完结订单时候的
  总金额).
- Pay (催收) and sync ``Order_Paid``: only ``DOING``/``MCH_COMPLETE`` still ``USER_PAYING``
  (OA 前置条件), else ``400 INVALID_REQUEST``.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Mapping
from typing import Any, Final

import attrs

from .._constants import Code
from .._crypto import random_digits, random_string
from .._errors import SandboxError
from .._errors import canonical as _canonical
from .._errors import param_error as _param_error
from .._state import Event, china_now
from . import Flow, FlowContext, FlowRequest, route

CREATED: Final = "CREATED"
DOING: Final = "DOING"
DONE: Final = "DONE"
REVOKED: Final = "REVOKED"
EXPIRED: Final = "EXPIRED"
USER_CONFIRM: Final = "USER_CONFIRM"
MCH_COMPLETE: Final = "MCH_COMPLETE"
USER_PAYING: Final = "USER_PAYING"
USER_PAID: Final = "USER_PAID"

#: ``package`` is valid for one hour (create page); an order left CREATED for 30 days expires (spec).
PACKAGE_VALIDITY: Final = 3600.0
CREATED_VALIDITY: Final = 30 * 86400.0

ORDER_PATH: Final = "/v3/payscore/serviceorder"
SEED_APPID: Final = "wxd678efh567hg6787"
SEED_SERVICE_ID: Final = "2002000000000558128851361561536"
ORDER_ACTION: Final = "/v3/payscore/serviceorder/{}/"


def _invalid(message: str) -> SandboxError:
    return SandboxError(400, Code.INVALID_REQUEST, message)


def _stamp(moment: float) -> str:
    """``yyyyMMddHHmmss``, Beijing time (the Pay Score time format)."""
    return china_now(moment).strftime("%Y%m%d%H%M%S")


def _count(item: Mapping[str, Any]) -> int:
    return int(item.get("count", 1))


def _items(body: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    value = body.get(key)
    return [dict(item) for item in value] if isinstance(value, list) else []


@attrs.define
class ServiceOrder:
    """One Pay Score service order as WeChat Pay keeps it."""

    out_order_no: str
    appid: str
    service_id: str
    mchid: str
    service_introduction: str
    notify_url: str
    order_id: str
    package: str
    created_at: float
    request: Mapping[str, Any] = attrs.field(repr=False)
    risk_fund: dict[str, Any]
    time_range: dict[str, Any]
    post_payments: list[dict[str, Any]] = attrs.field(factory=list)
    post_discounts: list[dict[str, Any]] = attrs.field(factory=list)
    location: dict[str, Any] | None = None
    attach: str | None = None
    openid: str | None = None
    state: str = CREATED
    state_description: str | None = None
    query_id: str | None = None
    total_amount: int | None = None
    completed_total: int | None = None
    collection_state: str | None = None
    paid_details: list[dict[str, Any]] = attrs.field(factory=list)
    out_trade_no: str | None = None
    cancel_reason: str | None = None
    modify_reasons: list[str] = attrs.field(factory=list)

    @property
    def paying(self) -> bool:
        """Completed and not yet paid (DOING / MCH_COMPLETE, collection USER_PAYING)."""
        return self.state == DOING and self.state_description == MCH_COMPLETE and self.collection_state == USER_PAYING

    def collection(self) -> dict[str, Any] | None:
        if self.collection_state is None or self.total_amount is None:
            return None
        paid = sum(int(d["amount"]) for d in self.paid_details)
        out: dict[str, Any] = {
            "state": self.collection_state,
            "total_amount": self.total_amount,
            "paying_amount": self.total_amount - paid,
            "paid_amount": paid,
        }
        if self.paid_details:
            out["details"] = [dict(d) for d in self.paid_details]
            if any(d.get("paid_type") == "NEWTON" for d in self.paid_details):
                out["bank_type"] = "OTHERS"
        return out

    def to_json(self) -> dict[str, Any]:
        """As ``PayscoreServiceOrder`` (query, complete, modify, sync answers)."""
        out: dict[str, Any] = {
            "appid": self.appid,
            "mchid": self.mchid,
            "out_order_no": self.out_order_no,
            "service_id": self.service_id,
            "service_introduction": self.service_introduction,
            "state": self.state,
        }
        if self.state_description is not None:
            out["state_description"] = self.state_description
        if self.post_payments:
            out["post_payments"] = [dict(p) for p in self.post_payments]
        if self.post_discounts:
            out["post_discounts"] = [dict(d) for d in self.post_discounts]
        out["risk_fund"] = dict(self.risk_fund)
        if self.total_amount is not None:
            out["total_amount"] = self.total_amount
        out["need_collection"] = self.collection_state is not None
        collection = self.collection()
        if collection is not None:
            out["collection"] = collection
        out["time_range"] = dict(self.time_range)
        if self.location is not None:
            out["location"] = dict(self.location)
        if self.attach is not None:
            out["attach"] = self.attach
        out["notify_url"] = self.notify_url
        if self.openid is not None:
            out["openid"] = self.openid
        out["order_id"] = self.order_id
        return out

    def ref(self) -> dict[str, Any]:
        """As ``PayscoreServiceOrderRef`` (cancel and pay answers)."""
        return {
            "appid": self.appid,
            "mchid": self.mchid,
            "out_order_no": self.out_order_no,
            "service_id": self.service_id,
            "order_id": self.order_id,
        }

    def notification(self) -> dict[str, Any]:
        """As ``PayscoreServiceOrderNotificationResource`` (USER_CONFIRM, USER_PAID)."""
        out = self.to_json()
        del out["notify_url"]
        if self.out_trade_no is not None:
            out["out_trade_no"] = self.out_trade_no
        return out


class PayscoreFlow(Flow):
    """Pay Score service orders: create, the user confirms, complete, collect, query, cancel, modify, sync."""

    name = "payscore"

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context)
        self._orders: dict[str, ServiceOrder] = {}
        self._by_query_id: dict[str, str] = {}

    # ------------------------------------------------------------- accessors
    def order(self, out_order_no: str) -> ServiceOrder:
        """The order (for tests and the demo); ``404 ORDER_NOT_EXIST`` when unknown."""
        with self.lock:
            found = self._orders.get(out_order_no)
            if found is None:
                raise SandboxError(404, Code.ORDER_NOT_EXIST, "订单不存在 (no service order with this out_order_no)")
            self._expire(found)
            return found

    def orders(self) -> list[ServiceOrder]:
        with self.lock:
            return list(self._orders.values())

    def _expire(self, order: ServiceOrder) -> None:
        if order.state == CREATED and self.context.clock() > order.created_at + CREATED_VALIDITY:
            order.state = EXPIRED

    def _named(self, out_order_no: str, body: Mapping[str, Any], location: str = "body") -> ServiceOrder:
        """The order of a write call, checking the ``appid`` and ``service_id`` it was created with."""
        order = self.order(out_order_no)
        prefix = "/" if location == "body" else ""
        for field, value in (("appid", order.appid), ("service_id", order.service_id)):
            given = body.get(field)
            if given is not None and str(given) != value:
                raise _param_error(prefix + field, f"is not the {field} the order was created with", given, location)
        return order

    def _emit(self, order: ServiceOrder, event_type: str, summary: str) -> None:
        self.context.emit(Event(event_type, order.notify_url, "payscore", summary, order.notification()))

    # ----------------------------------------------------------- seeding
    def seed(self, operation_id: str, notify_url: str) -> dict[str, Any] | None:
        """The state one operation needs on its own (see ``Flow.seed``)."""
        names = {"appid": SEED_APPID, "service_id": SEED_SERVICE_ID}
        if operation_id == "create_payscore_service_order":
            return {"body": {"time_range": {"start_time": "OnAccept"}, "post_payments": [{"name": "fee"}]}}
        stages = {
            "query_payscore_service_order": "created",
            "cancel_payscore_service_order": "created",
            "complete_payscore_service_order": "confirmed",
            "modify_payscore_service_order": "completed",
            "collect_payscore_service_order": "completed",
            "sync_payscore_service_order": "completed",
        }
        stage = stages.get(operation_id)
        if stage is None:
            return None
        out_order_no = self._seed_order(stage, notify_url)
        if operation_id == "query_payscore_service_order":
            return {"query": {**names, "out_order_no": out_order_no}}
        body: dict[str, Any] = dict(names)
        if operation_id == "complete_payscore_service_order":
            body.update(post_payments=[{"name": "fee", "amount": 100}], post_discounts=[], total_amount=100)
        elif operation_id == "modify_payscore_service_order":
            body.update(post_payments=[{"name": "fee", "amount": 80}], post_discounts=[], total_amount=80)
        elif operation_id == "sync_payscore_service_order":
            yesterday = china_now(self.context.clock()) - dt.timedelta(days=1)
            body.update(type="Order_Paid", detail={"paid_time": yesterday.strftime("%Y%m%d%H%M%S")})
        return {"path": {"out_order_no": out_order_no}, "body": body}

    def _seed_order(self, stage: str, notify_url: str) -> str:
        """A service order created (and confirmed, and completed) through the flow's own handlers."""
        out_order_no = "SEED" + random_string(20, "0123456789ABCDEF")
        names = {"appid": SEED_APPID, "service_id": SEED_SERVICE_ID}
        create = {
            **names,
            "out_order_no": out_order_no,
            "service_introduction": "seed",
            "time_range": {"start_time": "OnAccept"},
            "risk_fund": {"name": "DEPOSIT", "amount": 10000},
            "notify_url": notify_url,
        }
        self.create(FlowRequest("create_payscore_service_order", "POST", (), {}, {}, create, {}))
        if stage in ("confirmed", "completed"):
            self.user_confirms(out_order_no)
        if stage == "completed":
            complete = {**names, "post_payments": [{"name": "fee", "amount": 100}], "total_amount": 100}
            path = {"out_order_no": out_order_no}
            self.complete(
                FlowRequest("complete_payscore_service_order", "POST", (out_order_no,), path, {}, complete, {})
            )
        return out_order_no

    # ---------------------------------------------------------------- create
    @route("POST", ORDER_PATH)
    def create(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        with self.lock:
            out_order_no = str(body["out_order_no"])
            existing = self._orders.get(out_order_no)
            if existing is not None:
                self._expire(existing)
                if _canonical(existing.request) != _canonical(body):
                    raise _invalid("out_order_no has already been used with other parameters; use a new out_order_no")
                if existing.state != CREATED:
                    raise _invalid(f"the service order is already {existing.state}; it cannot be created again")
                return self._create_answer(existing)
            now = self.context.clock()
            self._check_start_time(body["time_range"], now)
            payments = _items(body, "post_payments")
            names = [str(p["name"]) for p in payments]
            if len(set(names)) != len(names):
                raise _param_error("/post_payments", "item names must be unique within the order")
            confirm = body.get("need_user_confirm", True) is not False
            openid = body.get("openid")
            if not confirm and not openid:
                raise _param_error("/openid", "is required when need_user_confirm is false")
            order = ServiceOrder(
                out_order_no=out_order_no,
                appid=str(body["appid"]),
                service_id=str(body["service_id"]),
                mchid=self.context.mchid,
                service_introduction=str(body["service_introduction"]),
                notify_url=str(body["notify_url"]),
                order_id="1000" + random_digits(16),
                package=random_string(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"),
                created_at=now,
                request=json.loads(_canonical(body)),
                risk_fund=dict(body["risk_fund"]),
                time_range=dict(body["time_range"]),
                post_payments=payments,
                post_discounts=_items(body, "post_discounts"),
                location=None if body.get("location") is None else dict(body["location"]),
                attach=None if body.get("attach") is None else str(body["attach"]),
                openid=None if openid is None else str(openid),
            )
            if not confirm:
                order.state, order.state_description = DOING, USER_CONFIRM
            self._orders[out_order_no] = order
            return self._create_answer(order)

    def _create_answer(self, order: ServiceOrder) -> dict[str, Any]:
        out = order.to_json()
        out["package"] = order.package
        return out

    @staticmethod
    def _check_start_time(time_range: Mapping[str, Any], now: float) -> None:
        start = str(time_range["start_time"])
        if start == "OnAccept":
            return
        today = china_now(now)
        if len(start) == 8:
            late = start < today.strftime("%Y%m%d")
        else:
            # a minute of slack for the caller's clock
            late = start < _stamp(now - 60)
        if late:
            raise _param_error("/time_range/start_time", "must not be before the time of the call", start)

    # ----------------------------------------------------------------- query
    @route("GET", ORDER_PATH)
    def query(self, request: FlowRequest) -> dict[str, Any]:
        query = request.query
        out_order_no, query_id = query.get("out_order_no"), query.get("query_id")
        if (out_order_no is None) == (query_id is None):
            raise _param_error("out_order_no", "give exactly one of out_order_no and query_id", location="query")
        with self.lock:
            if query_id is not None:
                found = self._by_query_id.get(str(query_id))
                if found is None:
                    raise SandboxError(404, Code.ORDER_NOT_EXIST, "订单不存在 (no service order with this query_id)")
                out_order_no = found
            order = self._named(str(out_order_no), query, "query")
            return order.to_json()

    # ------------------------------------------------------------ user side
    def user_confirms(self, out_order_no: str, *, openid: str | None = None) -> str:
        """The user confirms the order in the Pay Score mini program: CREATED -> DOING / USER_CONFIRM.

        Sends ``PAYSCORE.USER_CONFIRM`` to the order's ``notify_url``; returns the ``query_id`` the
        mini program hands back to the merchant front end.
        """
        with self.lock:
            order = self.order(out_order_no)
            if order.state != CREATED:
                raise _invalid(f"the service order is {order.state}; only a CREATED order can be confirmed")
            if self.context.clock() > order.created_at + PACKAGE_VALIDITY:
                raise _invalid("the package has expired (valid for one hour); create a new order")
            order.state, order.state_description = DOING, USER_CONFIRM
            order.openid = openid or order.openid or "o" + random_string(27)
            if order.time_range.get("start_time") == "OnAccept":
                order.time_range["start_time"] = _stamp(self.context.clock())
            order.query_id = secrets.token_urlsafe(24)
            self._by_query_id[order.query_id] = order.out_order_no
            self._emit(order, "PAYSCORE.USER_CONFIRM", "用户确认订单")
            return order.query_id

    def user_pays(self, out_order_no: str) -> ServiceOrder:
        """The deduction goes through: DOING / MCH_COMPLETE, USER_PAYING -> DONE, USER_PAID.

        Sends ``PAYSCORE.USER_PAID`` to the order's ``notify_url``.
        """
        with self.lock:
            order = self.order(out_order_no)
            if not order.paying:
                raise _invalid(f"the service order is {self._describe(order)}; nothing is waiting to be paid")
            self._pay(order)
            return order

    def _pay(self, order: ServiceOrder) -> None:
        total = order.total_amount or 0
        order.out_trade_no = order.out_trade_no or "PS" + random_digits(24)
        order.paid_details.append(
            {
                "seq": len(order.paid_details) + 1,
                "amount": total,
                "paid_type": "NEWTON",
                "paid_time": _stamp(self.context.clock()),
                "transaction_id": "4200" + random_digits(24),
            }
        )
        order.state, order.state_description, order.collection_state = DONE, MCH_COMPLETE, USER_PAID
        self._emit(order, "PAYSCORE.USER_PAID", "用户支付成功")

    @staticmethod
    def _describe(order: ServiceOrder) -> str:
        parts = [order.state, order.state_description, order.collection_state]
        return "/".join(p for p in parts if p)

    # ----------------------------------------------------------- state moves
    @route("POST", ORDER_ACTION + "cancel")
    def cancel(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            order = self._named(str(request.args[0]), request.body)
            cancellable = order.state == CREATED or (order.state == DOING and order.state_description == USER_CONFIRM)
            if not cancellable:
                raise _invalid(
                    f"the service order is {self._describe(order)}; only a CREATED or a confirmed DOING order "
                    "can be cancelled"
                )
            order.state = REVOKED
            order.cancel_reason = str(request.body["reason"])
            return order.ref()

    @route("POST", ORDER_ACTION + "complete")
    def complete(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        with self.lock:
            order = self._named(str(request.args[0]), body)
            if not (order.state == DOING and order.state_description == USER_CONFIRM):
                raise _invalid(
                    f"the service order is {self._describe(order)}; only a DOING order the user confirmed "
                    "(USER_CONFIRM) can be completed"
                )
            payments, discounts = _items(body, "post_payments"), _items(body, "post_discounts")
            total = self._checked_total(body, payments, discounts)
            if total > int(order.risk_fund["amount"]):
                raise _param_error(
                    "/total_amount", f"must not exceed the risk fund ({order.risk_fund['amount']} fen)", total
                )
            order.post_payments, order.post_discounts = payments, discounts
            order.total_amount = order.completed_total = total
            if isinstance(body.get("time_range"), Mapping):
                order.time_range.update(body["time_range"])
            if isinstance(body.get("location"), Mapping):
                order.location = {**(order.location or {}), **body["location"]}
            if total == 0:
                order.state, order.state_description = DONE, MCH_COMPLETE
            else:
                order.state, order.state_description, order.collection_state = DOING, MCH_COMPLETE, USER_PAYING
            return order.to_json()

    @staticmethod
    def _checked_total(body: Mapping[str, Any], payments: list[dict[str, Any]], discounts: list[dict[str, Any]]) -> int:
        owed = sum(int(p.get("amount", 0)) * _count(p) for p in payments)
        off = sum(int(d.get("amount", 0)) * _count(d) for d in discounts)
        total = int(body["total_amount"])
        if total != owed - off:
            raise _param_error(
                "/total_amount",
                f"must equal the sum of post_payments ({owed}) minus the sum of post_discounts ({off})",
                total,
            )
        return total

    @route("POST", ORDER_ACTION + "modify")
    def modify(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        with self.lock:
            order = self._named(str(request.args[0]), body)
            if not order.paying:
                raise _invalid(
                    f"the service order is {self._describe(order)}; only a completed order waiting for payment "
                    "(USER_PAYING) can be modified"
                )
            payments, discounts = _items(body, "post_payments"), _items(body, "post_discounts")
            total = self._checked_total(body, payments, discounts)
            if total > (order.completed_total or 0):
                raise _param_error(
                    "/total_amount", f"must not exceed the completed total ({order.completed_total} fen)", total
                )
            order.post_payments, order.post_discounts, order.total_amount = payments, discounts, total
            order.modify_reasons.append(str(body["reason"]))
            return order.to_json()

    @route("POST", ORDER_ACTION + "pay")
    def collect(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            order = self._named(str(request.args[0]), request.body or {})
            if not order.paying:
                raise _invalid(f"the service order is {self._describe(order)}; only an unpaid completed order")
            self._pay(order)
            return order.ref()

    @route("POST", ORDER_ACTION + "sync")
    def sync(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        with self.lock:
            order = self._named(str(request.args[0]), body)
            if not order.paying:
                raise _invalid(
                    f"the service order is {self._describe(order)}; Order_Paid needs a completed order "
                    "(MCH_COMPLETE) still waiting for payment"
                )
            paid_time = str(body["detail"]["paid_time"])
            if len(paid_time) == 8:
                paid_time += "000000"
            try:
                moment = dt.datetime.strptime(paid_time, "%Y%m%d%H%M%S")
            except ValueError:
                raise _param_error("/detail/paid_time", "is not a valid time", paid_time) from None
            if moment.strftime("%Y%m%d%H%M%S") > _stamp(self.context.clock() + 60):
                raise _param_error("/detail/paid_time", "must not be in the future", paid_time)
            order.paid_details.append(
                {
                    "seq": len(order.paid_details) + 1,
                    "amount": order.total_amount or 0,
                    "paid_type": "MCH",
                    "paid_time": paid_time,
                }
            )
            order.state, order.collection_state = DONE, USER_PAID
            return order.to_json()


FLOW = PayscoreFlow
