"""运营工具∙代金券: a merchant's cash-coupon batch, sent to users and used at payment (tag ``favor``).

The flow: the merchant sets its marketing callback address (``POST /v3/marketing/favor/callbacks``),
creates a batch (``POST /v3/marketing/favor/coupon-stocks``), activates it (``.../start``), sends
coupons to users (``POST /v3/marketing/favor/users/{openid}/coupons``), reads them back, and pauses
and restarts the batch. A user pays an order with a coupon (:meth:`VoucherFlow.user_uses`, the
payment's side): the coupon becomes ``USED`` and WeChat Pay sends ``COUPON.USE`` (original_type
``coupon``, resource ``FavorCouponNotificationResource``) to the marketing callback address.

Sources: the spec descriptions of tag ``favor`` and docs/spec-decisions.md ("New: favor,
marketing_media"); OA ``docs/v3/marketing/favor/**``, IM ``openapi/v3/marketing/favor/**`` and
``webhook/v3/COUPON.USE.md``; GO ``services/cashcoupons/models.go`` (the state enums). The error
codes are those of the 代金券 pages' common error table (old wiki ``chapter9_1_x``; the stored
official pages cut it off, so it was read in two copies: a mirror of 发放代金券API and Senparc's
``TenPayApiResultCode.cs``, which cites ``chapter9_1_1``). "*sandbox*" marks a choice of the
sandbox where no source names the code.

Batch states (``status``, GO ``Stock.Status``: ``unactivated``, ``audit``, ``running``, ``stoped``,
``paused``): create -> ``unactivated``; start -> ``running`` (*sandbox*: no ``audit`` step); pause ->
``paused``; restart -> ``running``; once ``available_end_time`` has passed a running or paused batch
is ``stoped`` (upstream spelling; ``stop_time`` is the end time; checked lazily on the sandbox clock).

Coupon states (``status``: ``SENDED`` 可用, ``USED`` 已实扣, ``EXPIRED`` 已过期): send -> ``SENDED``;
the user pays with it -> ``USED``; past its ``available_end_time`` unused -> ``EXPIRED`` (lazily).

Rules and codes (documented by WeChat Pay unless marked *sandbox*):

- Create: ``out_request_no`` again with the same body -> the same batch (same ``stock_id`` and
  ``create_time``); with another body -> ``400 RESOURCE_ALREADY_EXISTS`` ("创建请求重入，但本次请求与
  上次请求信息不一致"). ``belong_merchant`` must be the caller's own merchant ID (spec: "currently it
  must be the creating merchant's own ID") -> ``400 INVALID_REQUEST`` "非法的商户号". Only
  ``stock_type`` ``NORMAL`` is accepted (spec) and it needs ``coupon_use_rule.fixed_normal_coupon``
  (spec); the threshold must be above the face value (page copy: 门槛必须大于优惠金额);
  ``max_amount`` must be ``coupon_amount * max_coupons`` (spec: "expected to be the face value
  times ``max_coupons``"; the sandbox enforces it);
  ``max_coupons_per_user`` not above ``max_coupons`` and ``max_amount_by_day`` not above
  ``max_amount`` (spec); ``available_begin_time`` not before now (*sandbox*: a minute's grace for
  clock skew) and at most 365 days ahead, ``available_end_time`` after it and at most 90 days
  later (spec). Each is ``400 PARAM_ERROR`` naming the field (*sandbox* code for these rules).
- Start / pause / restart (body ``stock_creator_mchid``): start only from ``unactivated``, pause only
  from ``running``, restart only from ``paused``; anything else (including a ``stoped`` batch) is
  ``400 INVALID_REQUEST`` "非法的批次状态" (the table's wording; status and code *sandbox* for these
  pages). Answers ``{stock_id, start_time | pause_time | restart_time}``.
- Unknown batch, or a ``stock_creator_mchid`` that did not create it (the batch is looked up under
  its creator): ``404 RESOURCE_NOT_EXISTS`` "批次不存在" (send, state changes, query).
- Send (idempotent: "幂等规则：接口支持幂等重入", official page 4012463767): ``out_request_no`` again
  with the same body and ``openid`` -> the same ``coupon_id``, checked before every limit; with
  another body -> ``400 RESOURCE_ALREADY_EXISTS``. A batch that is not ``running`` or has ended:
  ``400 INVALID_REQUEST`` "活动已结束或未激活"; before its ``available_begin_time``: ``403
  REQUEST_BLOCKED`` "活动未开始或已结束" (Senparc's list only). ``max_coupons`` reached (or the
  budget spent): ``403 NOT_ENOUGH`` "批次预算不足". The user already holds ``max_coupons_per_user``
  coupons of the batch: ``403 REQUEST_BLOCKED`` "用户被限领拦截". ``coupon_value`` /
  ``coupon_minimum`` are for batches sent with a chosen face value, which the sandbox's batches
  never are: ``400 PARAM_ERROR`` (spec: "leave them out otherwise"; code *sandbox*).
- Query a coupon: unknown ``coupon_id`` or another user's -> ``404 RESOURCE_NOT_EXISTS`` (*sandbox*);
  an ``appid`` that is not the one the coupon was sent under -> ``400 INVALID_REQUEST`` "openid 与
  appID 不匹配".
- List a user's coupons: one of ``creator_mchid``, ``sender_mchid``, ``available_mchid`` is needed
  (spec) -> ``400 PARAM_ERROR`` "商户号必填"; with ``available_mchid`` only the coupons usable there
  now are listed and ``stock_id``/``status``/``offset``/``limit`` are ignored (spec); ``offset`` is a
  page number (GO: "页码从0开始"), ``limit`` defaults to 20 (GO). ``business_type`` ``MULTIUSE``
  (消费金) lists nothing: the sandbox has no 消费金.
- List batches: the creator's batches, newest first, filtered by creation window and ``status``;
  ``offset`` is a page number, as above.
- Callback address: one per merchant, replaced by each set (``switch`` ``false`` stops the
  notifications, absent keeps them on: *sandbox*); ``mchid`` is checked by the server. Query before
  any set: ``404 RESOURCE_NOT_EXISTS`` (*sandbox*).
- The user pays with a coupon (:meth:`VoucherFlow.user_uses`, Python side, ``SandboxError``): an
  unknown coupon is ``404 RESOURCE_NOT_EXISTS``; a ``USED`` coupon ``403 RULE_LIMIT`` (*sandbox*);
  an ``EXPIRED`` or not yet valid one, an order below the threshold, or a merchant where it is not
  usable ``400 INVALID_REQUEST`` (*sandbox*). Pausing a batch does not affect coupons already sent
  (spec). ``COUPON.USE`` is sent only when a callback address is set and switched on.

Not modelled: batch types other than ``NORMAL``, single-item goods rules, the daily budget
(``max_amount_by_day`` is only checked against ``max_amount``), cross-merchant sending and appid
binding (any ``appid`` is accepted at send), natural-person limits and risk control
(``USER_ACCOUNT_ABNORMAL``), refunds of orders that used a coupon, and the detail-file downloads,
merchants/items lists, goods change and bank multi-use operations (their answers are synthesised).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from typing import Any, Final

import attrs

from .._constants import Code
from .._crypto import random_digits
from .._errors import SandboxError, canonical, param_error
from .._state import Event, rfc3339
from . import Flow, FlowContext, FlowRequest, route

# batch states (GO Stock.Status)
UNACTIVATED: Final = "unactivated"
RUNNING: Final = "running"
PAUSED: Final = "paused"
STOPED: Final = "stoped"  # upstream spelling
# coupon states
SENDED: Final = "SENDED"
USED: Final = "USED"
EXPIRED: Final = "EXPIRED"

RESOURCE_ALREADY_EXISTS: Final = "RESOURCE_ALREADY_EXISTS"
NOT_ENOUGH: Final = "NOT_ENOUGH"
REQUEST_BLOCKED: Final = "REQUEST_BLOCKED"

EVENT_TYPE: Final = "COUPON.USE"
ORIGINAL_TYPE: Final = "coupon"
SUMMARY: Final = "代金券核销通知"

BASE: Final = "/v3/marketing/favor"
#: Grace for ``available_begin_time`` slightly in the past (clock skew between merchant and sandbox).
BEGIN_GRACE: Final = 60.0
MAX_BEGIN_AHEAD: Final = 365 * 86400.0
MAX_SPAN: Final = 90 * 86400.0
DEFAULT_COUPON_LIMIT: Final = 20
SEED_APPID: Final = "wxd678efh567hg6787"
SEED_OPENID: Final = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"


def _no_stock() -> SandboxError:
    return SandboxError(404, Code.RESOURCE_NOT_EXISTS, "批次不存在 (no batch with this stock_id for this creator)")


def _no_coupon() -> SandboxError:
    return SandboxError(404, Code.RESOURCE_NOT_EXISTS, "代金券不存在 (no such coupon for this user)")


def _time(body: Mapping[str, Any], name: str, pointer: str) -> float:
    try:
        moment = dt.datetime.fromisoformat(str(body[name]))
    except ValueError:
        raise param_error(pointer, "must be an RFC 3339 date-time", body[name]) from None
    if moment.tzinfo is None:
        raise param_error(pointer, "must carry a time zone offset (RFC 3339)", body[name])
    return moment.timestamp()


@attrs.define
class Stock:
    """A cash-coupon batch (代金券批次)."""

    stock_id: str
    creator_mchid: str
    stock_name: str
    description: str
    begin: float
    end: float
    max_coupons: int
    max_amount: int
    max_amount_by_day: int | None
    max_coupons_per_user: int
    natural_person_limit: bool
    prevent_api_abuse: bool
    coupon_amount: int
    transaction_minimum: int
    no_cash: bool
    created_at: float
    out_request_no: str
    request: str = attrs.field(repr=False)  # canonical create body: what "the same request" compares
    available_merchants: tuple[str, ...] = ()
    goods_tag: tuple[str, ...] = ()
    trade_type: tuple[str, ...] = ()
    combine_use: bool | None = None
    minutes_after_receive: int | None = None
    status: str = UNACTIVATED
    start_time: float | None = None
    pause_time: float | None = None
    restart_time: float | None = None
    stop_time: float | None = None
    distributed: int = 0
    used: int = 0
    per_user: dict[str, int] = attrs.field(factory=dict, repr=False)

    def usable_at(self, mchid: str) -> bool:
        return mchid in self.available_merchants if self.available_merchants else mchid == self.creator_mchid

    def to_json(self) -> dict[str, Any]:
        """As ``FavorStock`` (query and list answers)."""
        rule: dict[str, Any] = {
            "max_coupons": self.max_coupons,
            "max_amount": self.max_amount,
            "max_coupons_per_user": self.max_coupons_per_user,
            "natural_person_limit": self.natural_person_limit,
            "prevent_api_abuse": self.prevent_api_abuse,
            "fixed_normal_coupon": {
                "coupon_amount": self.coupon_amount,
                "transaction_minimum": self.transaction_minimum,
            },
            "coupon_type": "NORMAL",
        }
        if self.max_amount_by_day is not None:
            rule["max_amount_by_day"] = self.max_amount_by_day
        if self.goods_tag:
            rule["goods_tag"] = list(self.goods_tag)
        if self.trade_type:
            rule["trade_type"] = list(self.trade_type)
        if self.combine_use is not None:
            rule["combine_use"] = self.combine_use
        out: dict[str, Any] = {
            "stock_id": self.stock_id,
            "stock_creator_mchid": self.creator_mchid,
            "stock_name": self.stock_name,
            "status": self.status,
            "create_time": rfc3339(self.created_at),
            "description": self.description,
            "stock_use_rule": rule,
            "available_begin_time": rfc3339(self.begin),
            "available_end_time": rfc3339(self.end),
            "distributed_coupons": self.distributed,
            "no_cash": self.no_cash,
            "singleitem": False,
            "stock_type": "NORMAL",
        }
        if self.start_time is not None:
            out["start_time"] = rfc3339(self.start_time)
        if self.stop_time is not None:
            out["stop_time"] = rfc3339(self.stop_time)
        return out


@attrs.define
class Coupon:
    """One coupon sent to one user."""

    coupon_id: str
    stock: Stock
    openid: str
    appid: str
    sender_mchid: str
    out_request_no: str
    request: str = attrs.field(repr=False)  # canonical send body with the openid
    created_at: float = 0.0
    begin: float = 0.0
    end: float = 0.0
    status: str = SENDED
    consume_time: float | None = None
    consume_mchid: str | None = None
    transaction_id: str | None = None
    goods_detail: list[dict[str, Any]] | None = None

    def _common(self) -> dict[str, Any]:
        stock = self.stock
        return {
            "stock_creator_mchid": stock.creator_mchid,
            "stock_id": stock.stock_id,
            "coupon_id": self.coupon_id,
            "coupon_name": stock.stock_name,
            "status": self.status,
            "description": stock.description,
            "create_time": rfc3339(self.created_at),
            "coupon_type": "NORMAL",
            "no_cash": stock.no_cash,
            "singleitem": False,
            "available_begin_time": rfc3339(self.begin),
            "available_end_time": rfc3339(self.end),
            "normal_coupon_information": {
                "coupon_amount": stock.coupon_amount,
                "transaction_minimum": stock.transaction_minimum,
            },
        }

    def _consume(self) -> dict[str, Any] | None:
        if self.consume_time is None:
            return None
        out: dict[str, Any] = {
            "consume_time": rfc3339(self.consume_time),
            "consume_mchid": self.consume_mchid,
            "transaction_id": self.transaction_id,
        }
        if self.goods_detail:
            out["goods_detail"] = [dict(item) for item in self.goods_detail]
        return out

    def to_json(self) -> dict[str, Any]:
        """As ``FavorCoupon`` (query and list answers)."""
        out = self._common()
        if self.stock.start_time is not None:
            out["start_time"] = rfc3339(self.stock.start_time)
        if self.stock.stop_time is not None:
            out["stop_time"] = rfc3339(self.stock.stop_time)
        consume = self._consume()
        if consume is not None:
            out["consume_information"] = consume
        return out

    def notification_json(self) -> dict[str, Any]:
        """As ``FavorCouponNotificationResource`` (``COUPON.USE``)."""
        out = self._common()
        consume = self._consume()
        if consume is not None:
            out["consume_information"] = consume
        return out


@attrs.define
class Callback:
    """The merchant's marketing notification address."""

    notify_url: str
    enabled: bool
    updated_at: float


class VoucherFlow(Flow):
    """Cash-coupon batches and their coupons; the user's side is :meth:`user_uses`."""

    name = "voucher"

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context)
        self._stocks: dict[str, Stock] = {}
        self._stock_requests: dict[str, str] = {}  # create out_request_no -> stock_id
        self._coupons: dict[str, Coupon] = {}
        self._send_requests: dict[str, str] = {}  # send out_request_no -> coupon_id
        self.callback: Callback | None = None

    # ------------------------------------------------------------- accessors
    def stock(self, stock_id: str, creator_mchid: str | None = None) -> Stock:
        """The batch (its end applied); ``404 RESOURCE_NOT_EXISTS`` if unknown or of another creator."""
        with self.lock:
            found = self._stocks.get(stock_id)
            if found is None or (creator_mchid is not None and found.creator_mchid != creator_mchid):
                raise _no_stock()
            self._stop_if_ended(found)
            return found

    def coupon(self, coupon_id: str) -> Coupon:
        """The coupon (its expiry applied); ``404 RESOURCE_NOT_EXISTS`` if unknown."""
        with self.lock:
            found = self._coupons.get(coupon_id)
            if found is None:
                raise _no_coupon()
            self._expire(found)
            return found

    def coupons(self, openid: str | None = None) -> list[Coupon]:
        with self.lock:
            out = [c for c in self._coupons.values() if openid is None or c.openid == openid]
            for coupon in out:
                self._expire(coupon)
            return out

    def _stop_if_ended(self, stock: Stock) -> None:
        if stock.status in (RUNNING, PAUSED) and self.context.clock() > stock.end:
            stock.status = STOPED
            stock.stop_time = stock.end

    def _expire(self, coupon: Coupon) -> None:
        if coupon.status == SENDED and self.context.clock() > coupon.end:
            coupon.status = EXPIRED

    # ------------------------------------------------------------- callback address
    @route("POST", f"{BASE}/callbacks")
    def set_callback(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        with self.lock:
            switch = body.get("switch")
            now = self.context.clock()
            self.callback = Callback(str(body["notify_url"]), switch is not False, now)
            return {"update_time": rfc3339(now), "notify_url": self.callback.notify_url}

    @route("GET", f"{BASE}/callbacks")
    def query_callback(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            if self.callback is None:
                raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, "no marketing notification address has been set")
            return {"mchid": self.context.mchid, "notify_url": self.callback.notify_url}

    # ------------------------------------------------------------- batches
    @route("POST", f"{BASE}/coupon-stocks")
    def create_stock(self, request: FlowRequest) -> dict[str, Any]:
        return self._create(request.body)

    def _create(self, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            out_request_no = str(body["out_request_no"])
            text = canonical(body)
            known = self._stock_requests.get(out_request_no)
            if known is not None:
                existing = self._stocks[known]
                if existing.request != text:
                    raise SandboxError(
                        400,
                        RESOURCE_ALREADY_EXISTS,
                        "创建请求重入，但本次请求与上次请求信息不一致 (out_request_no was used with another body)",
                    )
                return {"stock_id": existing.stock_id, "create_time": rfc3339(existing.created_at)}
            stock = self._new_stock(body, text)
            return {"stock_id": stock.stock_id, "create_time": rfc3339(stock.created_at)}

    def _new_stock(self, body: Mapping[str, Any], text: str) -> Stock:
        """Check a create body and record its batch ``unactivated``; the caller holds the lock."""
        if str(body["belong_merchant"]) != self.context.mchid:
            raise SandboxError(400, Code.INVALID_REQUEST, "非法的商户号: belong_merchant must be the caller's mchid")
        if body["stock_type"] != "NORMAL":
            raise param_error("/stock_type", "only NORMAL batches can be created", body["stock_type"])
        use_rule: Mapping[str, Any] = body["coupon_use_rule"]
        fixed = use_rule.get("fixed_normal_coupon")
        if not isinstance(fixed, Mapping):
            raise param_error("/coupon_use_rule/fixed_normal_coupon", "is required for stock_type NORMAL")
        amount, minimum = int(fixed["coupon_amount"]), int(fixed["transaction_minimum"])
        if minimum <= amount:
            raise param_error(
                "/coupon_use_rule/fixed_normal_coupon/transaction_minimum",
                "must be above coupon_amount (门槛必须大于优惠金额)",
                minimum,
            )
        send_rule: Mapping[str, Any] = body["stock_use_rule"]
        max_coupons, max_amount = int(send_rule["max_coupons"]), int(send_rule["max_amount"])
        if max_amount != amount * max_coupons:
            raise param_error("/stock_use_rule/max_amount", "must equal coupon_amount * max_coupons", max_amount)
        per_user = int(send_rule["max_coupons_per_user"])
        if per_user > max_coupons:
            raise param_error("/stock_use_rule/max_coupons_per_user", "must not be above max_coupons", per_user)
        by_day = send_rule.get("max_amount_by_day")
        if by_day is not None and int(by_day) > max_amount:
            raise param_error("/stock_use_rule/max_amount_by_day", "must not be above max_amount", by_day)
        now = self.context.clock()
        begin = _time(body, "available_begin_time", "/available_begin_time")
        end = _time(body, "available_end_time", "/available_end_time")
        if begin < now - BEGIN_GRACE:
            raise param_error("/available_begin_time", "must not be earlier than now", body["available_begin_time"])
        if begin > now + MAX_BEGIN_AHEAD:
            raise param_error("/available_begin_time", "must be within 365 days", body["available_begin_time"])
        if end <= begin:
            raise param_error("/available_end_time", "must be after available_begin_time", body["available_end_time"])
        if end - begin > MAX_SPAN:
            raise param_error(
                "/available_end_time", "must be at most 90 days after available_begin_time", body["available_end_time"]
            )
        pattern = body.get("pattern_info")
        description = str(pattern["description"]) if isinstance(pattern, Mapping) else str(body["stock_name"])
        available_time = use_rule.get("coupon_available_time")
        after_receive = (
            available_time.get("available_time_after_receive") if isinstance(available_time, Mapping) else None
        )
        stock = Stock(
            stock_id="1" + random_digits(9),
            creator_mchid=self.context.mchid,
            stock_name=str(body["stock_name"]),
            description=description,
            begin=begin,
            end=end,
            max_coupons=max_coupons,
            max_amount=max_amount,
            max_amount_by_day=None if by_day is None else int(by_day),
            max_coupons_per_user=per_user,
            natural_person_limit=bool(send_rule["natural_person_limit"]),
            prevent_api_abuse=bool(send_rule["prevent_api_abuse"]),
            coupon_amount=amount,
            transaction_minimum=minimum,
            no_cash=bool(body["no_cash"]),
            created_at=now,
            out_request_no=str(body["out_request_no"]),
            request=text,
            available_merchants=tuple(str(m) for m in use_rule.get("available_merchants") or ()),
            goods_tag=tuple(str(t) for t in use_rule.get("goods_tag") or ()),
            trade_type=tuple(str(t) for t in use_rule.get("trade_type") or ()),
            combine_use=None if use_rule.get("combine_use") is None else bool(use_rule["combine_use"]),
            minutes_after_receive=None if after_receive is None else int(after_receive),
        )
        self._stocks[stock.stock_id] = stock
        self._stock_requests[stock.out_request_no] = stock.stock_id
        return stock

    @route("POST", f"{BASE}/stocks/{{}}/start")
    def start(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            stock = self._change(request, UNACTIVATED, RUNNING)
            stock.start_time = self.context.clock()
            return {"stock_id": stock.stock_id, "start_time": rfc3339(stock.start_time)}

    @route("POST", f"{BASE}/stocks/{{}}/pause")
    def pause(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            stock = self._change(request, RUNNING, PAUSED)
            stock.pause_time = self.context.clock()
            return {"stock_id": stock.stock_id, "pause_time": rfc3339(stock.pause_time)}

    @route("POST", f"{BASE}/stocks/{{}}/restart")
    def restart(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            stock = self._change(request, PAUSED, RUNNING)
            stock.restart_time = self.context.clock()
            return {"stock_id": stock.stock_id, "restart_time": rfc3339(stock.restart_time)}

    def _change(self, request: FlowRequest, source: str, target: str) -> Stock:
        stock = self.stock(str(request.args[0]), str(request.body["stock_creator_mchid"]))
        if stock.status != source:
            raise SandboxError(
                400,
                Code.INVALID_REQUEST,
                f"非法的批次状态: the batch is {stock.status}; it can become {target} only from {source}",
            )
        stock.status = target
        return stock

    @route("GET", f"{BASE}/stocks/{{}}")
    def query_stock(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            return self.stock(str(request.args[0]), str(request.query["stock_creator_mchid"])).to_json()

    @route("GET", f"{BASE}/stocks")
    def list_stocks(self, request: FlowRequest) -> dict[str, Any]:
        query = request.query
        offset, limit = int(query["offset"]), int(query["limit"])
        start = (
            None if query.get("create_start_time") is None else _time(query, "create_start_time", "create_start_time")
        )
        end = None if query.get("create_end_time") is None else _time(query, "create_end_time", "create_end_time")
        with self.lock:
            found: list[Stock] = []
            for stock in self._stocks.values():
                self._stop_if_ended(stock)
                if stock.creator_mchid != str(query["stock_creator_mchid"]):
                    continue
                if (start is not None and stock.created_at < start) or (end is not None and stock.created_at > end):
                    continue
                if query.get("status") is not None and stock.status != query["status"]:
                    continue
                found.append(stock)
            found.sort(key=lambda s: s.created_at, reverse=True)
            page = found[offset * limit : (offset + 1) * limit]
            return {
                "total_count": len(found),
                "limit": limit,
                "offset": offset,
                "data": [stock.to_json() for stock in page],
            }

    # ------------------------------------------------------------- coupons
    @route("POST", f"{BASE}/users/{{}}/coupons")
    def send(self, request: FlowRequest) -> dict[str, Any]:
        return self._send(str(request.args[0]), request.body)

    def _send(self, openid: str, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            out_request_no = str(body["out_request_no"])
            text = canonical({"openid": openid, "body": body})
            known = self._send_requests.get(out_request_no)
            if known is not None:
                if self._coupons[known].request != text:
                    raise SandboxError(
                        400,
                        RESOURCE_ALREADY_EXISTS,
                        "创建请求重入，但本次请求与上次请求信息不一致 (out_request_no was used for another send)",
                    )
                return {"coupon_id": known}
            stock = self.stock(str(body["stock_id"]), str(body["stock_creator_mchid"]))
            now = self.context.clock()
            if stock.status != RUNNING or now > stock.end:
                raise SandboxError(
                    400, Code.INVALID_REQUEST, f"活动已结束或未激活: the batch is {stock.status}; check its status"
                )
            if now < stock.begin:
                raise SandboxError(403, REQUEST_BLOCKED, "活动未开始或已结束: the batch has not begun yet")
            for name in ("coupon_value", "coupon_minimum"):
                if name in body:
                    raise param_error(f"/{name}", "is only for batches sent with a chosen face value", body[name])
            if (
                stock.distributed >= stock.max_coupons
                or (stock.distributed + 1) * stock.coupon_amount > stock.max_amount
            ):
                raise SandboxError(403, NOT_ENOUGH, "批次预算不足: every coupon of the batch has been sent")
            if stock.per_user.get(openid, 0) >= stock.max_coupons_per_user:
                raise SandboxError(
                    403, REQUEST_BLOCKED, "用户被限领拦截: the user has received max_coupons_per_user coupons"
                )
            begin, end = stock.begin, stock.end
            if stock.minutes_after_receive is not None:
                begin, end = now, min(stock.end, now + stock.minutes_after_receive * 60.0)
            coupon = Coupon(
                coupon_id="2" + random_digits(10),
                stock=stock,
                openid=openid,
                appid=str(body["appid"]),
                sender_mchid=self.context.mchid,
                out_request_no=out_request_no,
                request=text,
                created_at=now,
                begin=begin,
                end=end,
            )
            stock.distributed += 1
            stock.per_user[openid] = stock.per_user.get(openid, 0) + 1
            self._coupons[coupon.coupon_id] = coupon
            self._send_requests[out_request_no] = coupon.coupon_id
            return {"coupon_id": coupon.coupon_id}

    @route("GET", f"{BASE}/users/{{}}/coupons/{{}}")
    def query_coupon(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            coupon = self._coupons.get(str(request.args[1]))
            if coupon is None or coupon.openid != str(request.args[0]):
                raise _no_coupon()
            if str(request.query["appid"]) != coupon.appid:
                raise SandboxError(
                    400, Code.INVALID_REQUEST, "openid 与 appID 不匹配: use the appid of the user's openid"
                )
            self._expire(coupon)
            return coupon.to_json()

    @route("GET", f"{BASE}/users/{{}}/coupons")
    def list_user_coupons(self, request: FlowRequest) -> dict[str, Any]:
        query, openid = request.query, str(request.args[0])
        creator, sender, available = (query.get(k) for k in ("creator_mchid", "sender_mchid", "available_mchid"))
        if creator is None and sender is None and available is None:
            raise param_error(
                "creator_mchid", "商户号必填: give creator_mchid, sender_mchid or available_mchid", location="query"
            )
        offset = int(query.get("offset") or 0)
        limit = int(query.get("limit") or DEFAULT_COUPON_LIMIT)
        with self.lock:
            found: list[Coupon] = []
            for coupon in self.coupons(openid):
                if coupon.appid != str(query["appid"]) or query.get("business_type") == "MULTIUSE":
                    continue
                if creator is not None and coupon.stock.creator_mchid != str(creator):
                    continue
                if sender is not None and coupon.sender_mchid != str(sender):
                    continue
                if available is not None:
                    if coupon.status != SENDED or not coupon.stock.usable_at(str(available)):
                        continue
                else:
                    if query.get("stock_id") is not None and coupon.stock.stock_id != str(query["stock_id"]):
                        continue
                    if query.get("status") is not None and coupon.status != query["status"]:
                        continue
                found.append(coupon)
            found.sort(key=lambda c: c.created_at, reverse=True)
            page = found if available is not None else found[offset * limit : (offset + 1) * limit]
            return {
                "total_count": len(found),
                "offset": offset,
                "limit": limit,
                "data": [coupon.to_json() for coupon in page],
            }

    # ------------------------------------------------------------- the user's side
    def user_uses(
        self,
        coupon_id: str,
        *,
        transaction_id: str | None = None,
        order_amount: int | None = None,
        consume_mchid: str | None = None,
        goods_detail: list[dict[str, Any]] | None = None,
    ) -> Coupon:
        """The user pays an order with the coupon: ``SENDED`` -> ``USED``, then ``COUPON.USE``.

        ``order_amount`` (fen), when given, must reach the coupon's threshold; ``consume_mchid``
        (default: the merchant) must be a merchant where the coupon can be used;
        ``transaction_id`` defaults to a new WeChat Pay order number.
        """
        with self.lock:
            coupon = self.coupon(coupon_id)
            stock = coupon.stock
            if coupon.status == USED:
                raise SandboxError(403, Code.RULE_LIMIT, "the coupon has already been used (已实扣)")
            if coupon.status != SENDED:
                raise SandboxError(400, Code.INVALID_REQUEST, f"the coupon is {coupon.status} and cannot be used")
            now = self.context.clock()
            if now < coupon.begin:
                raise SandboxError(400, Code.INVALID_REQUEST, "the coupon is not valid yet")
            if order_amount is not None and order_amount < stock.transaction_minimum:
                raise SandboxError(
                    400,
                    Code.INVALID_REQUEST,
                    f"the order ({order_amount} fen) is below the coupon's threshold ({stock.transaction_minimum} fen)",
                )
            mchid = consume_mchid or self.context.mchid
            if not stock.usable_at(mchid):
                raise SandboxError(400, Code.INVALID_REQUEST, f"the coupon cannot be used at merchant {mchid}")
            coupon.status = USED
            coupon.consume_time = now
            coupon.consume_mchid = mchid
            coupon.transaction_id = transaction_id or "4200" + random_digits(24)
            coupon.goods_detail = [dict(item) for item in goods_detail] if goods_detail else None
            stock.used += 1
            if self.callback is not None and self.callback.enabled:
                self.context.emit(
                    Event(EVENT_TYPE, self.callback.notify_url, ORIGINAL_TYPE, SUMMARY, coupon.notification_json())
                )
            return coupon

    # ------------------------------------------------------------- seeding
    def seed(self, operation_id: str, notify_url: str) -> dict[str, Any] | None:
        """The state one routed operation needs on its own (see ``Flow.seed``)."""
        mchid = self.context.mchid
        if operation_id == "create_favor_stock":
            return {"body": self.stock_body("SEED" + secrets.token_hex(12).upper())}
        if operation_id == "set_favor_callback":
            return {"body": {"mchid": mchid, "notify_url": notify_url}}
        if operation_id == "query_favor_callback":
            with self.lock:
                now = self.context.clock()
                if self.callback is None:
                    self.callback = Callback(notify_url, True, now)
            return {"query": {"mchid": mchid}}
        if operation_id == "list_favor_stocks":
            self._seed_stock(RUNNING)
            return {"query": {"stock_creator_mchid": mchid, "offset": 0, "limit": 10}}
        if operation_id in ("start_favor_stock", "pause_favor_stock", "restart_favor_stock"):
            state = {"start_favor_stock": UNACTIVATED, "pause_favor_stock": RUNNING}.get(operation_id, PAUSED)
            stock = self._seed_stock(state)
            return {"path": {"stock_id": stock.stock_id}, "body": {"stock_creator_mchid": mchid}}
        if operation_id == "query_favor_stock":
            stock = self._seed_stock(RUNNING)
            return {"path": {"stock_id": stock.stock_id}, "query": {"stock_creator_mchid": mchid}}
        if operation_id == "send_favor_coupon":
            stock = self._seed_stock(RUNNING)
            return {
                "path": {"openid": SEED_OPENID},
                "body": {
                    "stock_id": stock.stock_id,
                    "stock_creator_mchid": mchid,
                    "appid": SEED_APPID,
                    "out_request_no": "SEED" + secrets.token_hex(12).upper(),
                },
            }
        if operation_id in ("list_favor_user_coupons", "query_favor_coupon"):
            coupon_id = self._seed_coupon()
            if operation_id == "list_favor_user_coupons":
                return {"path": {"openid": SEED_OPENID}, "query": {"appid": SEED_APPID, "creator_mchid": mchid}}
            return {"path": {"openid": SEED_OPENID, "coupon_id": coupon_id}, "query": {"appid": SEED_APPID}}
        return None

    def stock_body(
        self,
        out_request_no: str,
        *,
        coupon_amount: int = 100,
        transaction_minimum: int = 1000,
        max_coupons: int = 100,
        max_coupons_per_user: int = 1,
        days: int = 30,
    ) -> dict[str, Any]:
        """A valid create body for the sandbox's clock: a NORMAL batch starting now."""
        now = self.context.clock()
        return {
            "stock_name": "sandbox 满10减1",
            "belong_merchant": self.context.mchid,
            "available_begin_time": rfc3339(now),
            "available_end_time": rfc3339(now + days * 86400.0),
            "stock_use_rule": {
                "max_coupons": max_coupons,
                "max_amount": coupon_amount * max_coupons,
                "max_coupons_per_user": max_coupons_per_user,
                "natural_person_limit": False,
                "prevent_api_abuse": False,
            },
            "pattern_info": {"description": "满10元减1元, 每人限领1张"},
            "coupon_use_rule": {
                "fixed_normal_coupon": {"coupon_amount": coupon_amount, "transaction_minimum": transaction_minimum}
            },
            "no_cash": False,
            "stock_type": "NORMAL",
            "out_request_no": out_request_no,
        }

    def _seed_stock(self, state: str) -> Stock:
        with self.lock:
            body = self.stock_body("SEED" + secrets.token_hex(12).upper())
            stock = self._new_stock(body, canonical(body))
            if state != UNACTIVATED:
                stock.status = state
                stock.start_time = self.context.clock()
            return stock

    def _seed_coupon(self) -> str:
        stock = self._seed_stock(RUNNING)
        answer = self._send(
            SEED_OPENID,
            {
                "stock_id": stock.stock_id,
                "stock_creator_mchid": self.context.mchid,
                "appid": SEED_APPID,
                "out_request_no": "SEED" + secrets.token_hex(12).upper(),
            },
        )
        return str(answer["coupon_id"])


FLOW = VoucherFlow
