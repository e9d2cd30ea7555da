"""运营工具∙商家券 (merchant coupons) of a direct merchant: tag ``busifavor``.

The merchant registers its merchant-coupon event address (``set_busifavor_callback``), creates a
batch (``create_busifavor_stock``), coupons reach users — sent by the merchant's API call
(``send_busifavor_coupon``) or received by the user in the merchant's mini program or H5 page
(:meth:`MerchantCouponFlow.user_receives`, the 发券插件) — and the merchant reads them
(``query_busifavor_user_coupon``, ``list_busifavor_user_coupons``), redeems them
(``use_busifavor_coupon``), gives a redeemed one back (``return_busifavor_coupon``) or invalidates
one (``deactivate_busifavor_coupon``).

Batch states (``stock_state``; values of the spec, GO ``StockStatus``): ``RUNNING`` at creation
(*sandbox*: the audit, ``UNAUDIT``, is skipped), ``STOPED`` (spelled as upstream) once the usable
period has ended; ``PAUSED`` is not modelled.

Coupon states (``coupon_state``; spec, OA ``CouponState``, GO ``CouponStatus``): ``SENDED`` (可用)
when received; ``USED`` after a redemption; ``SENDED`` again after ``return_busifavor_coupon``
(the spec: "so that it can be used again"); ``DEACTIVATED`` after ``deactivate_busifavor_coupon``
(final); ``EXPIRED`` (final) once ``expire_time`` has passed (the end of the batch's period, or
earlier with ``available_day_after_receive`` / ``available_second_after_receive``, counted from
receipt after ``wait_days_after_receive``). ``DELETED`` (the user removed it) is not modelled.

Every receipt sends ``COUPON.SEND`` (original_type ``coupon``, summary 商家券领券事件, resource
``BusifavorNotificationResource`` with ``event_type`` ``EVENT_TYPE_BUSICOUPON_SEND``,
``send_channel`` ``BUSICOUPON_SEND_CHANNEL_API`` or the user-side channel and ``send_merchant``;
IM ``webhook/v3/COUPON.SEND.md``) to the address registered when it happens, if any. ``openid`` is
in the resource only when the batch has ``notify_config.notify_appid`` (spec; *sandbox*: the
user's OpenID under the sending AppID). No source documents a redemption callback, so none is sent.

Rules and codes (documented by WeChat Pay unless marked *sandbox*; no stored source has the
error-code tables of this family, so every business code is the generic APIv3 one for its
meaning — protocol.md 6 — and *sandbox*):

- Event address: HTTPS only; *sandbox*: ``http://`` is accepted for a loopback host so local
  receivers work, anything else is ``400 PARAM_ERROR``. Setting it again replaces it. Query
  before any was set: ``404 RESOURCE_NOT_EXISTS`` (*sandbox*).
- Create: ``stock_type`` picks the rule object (``NORMAL`` -> ``fixed_normal_coupon`` with
  ``discount_amount`` and ``transaction_minimum``, ``DISCOUNT`` -> ``discount_coupon`` with
  ``discount_percent`` and ``transaction_minimum``, ``EXCHANGE`` -> ``exchange_coupon`` with
  ``exchange_price`` and ``transaction_minimum``; spec), the usable period must end after it
  begins and last at most one year (spec), ``wait_days_after_receive`` only together with
  ``available_day_after_receive`` (spec): each ``400 PARAM_ERROR`` naming the field.
  ``belong_merchant`` must be the caller for a direct merchant (spec): ``403 NO_AUTH``
  (*sandbox* code). Create again with the same ``out_request_no`` and an identical body: the same
  ``stock_id`` (*sandbox*: not documented as idempotent, the spec says so); another body:
  ``400 INVALID_REQUEST`` (*sandbox*).
- Unknown batch (query, send, or a ``stock_id`` that is not the coupon's): ``404
  RESOURCE_NOT_EXISTS``.
- Send / receive: the batch must be ``RUNNING`` (``400 INVALID_REQUEST``); a user receives at most
  ``max_coupons_per_user`` coupons of a batch (用户最大可领个数, spec) and the batch gives at most
  ``max_coupons`` (and ``max_coupons_by_day`` per Beijing day): ``403 RULE_LIMIT`` (*sandbox*
  code). ``out_request_no`` is unique per batch and user (GO/JAVA): the same one again with an
  identical body answers the same coupon without a second ``COUPON.SEND`` (*sandbox*), with
  another body ``400 INVALID_REQUEST`` (*sandbox*). ``WECHATPAY_MODE``: WeChat Pay assigns the
  code (a ``coupon_code`` in the request is ignored, *sandbox*); ``MERCHANT_API``: ``coupon_code``
  is required (spec, ``400 PARAM_ERROR``) and unique in the batch (``400 INVALID_REQUEST``,
  *sandbox*); ``MERCHANT_UPLOAD``: *sandbox* assigns a code as if uploaded (uploads are not
  kept).
- Use: ``stock_id`` is required for ``MERCHANT_API``/``MERCHANT_UPLOAD`` batches (spec: "该字段必
  传"; ``400 PARAM_ERROR``). The ``appid`` must be bound to the caller or the owner (spec):
  *sandbox* binds exactly the AppID the coupon was sent under, any other is ``403 NO_AUTH``. An
  ``openid`` (the optional safety check) that is not the coupon's owner is ``400
  INVALID_REQUEST`` (*sandbox*). Only a ``SENDED`` coupon whose usable period has begun can be
  used; ``USED``, ``DEACTIVATED``, ``EXPIRED`` or too early: ``400 INVALID_REQUEST``. The same
  ``use_request_no`` again for the coupon it redeemed answers the same redemption (same
  ``wechatpay_use_time``; the spec's reconcile path); a number already used for another coupon
  or redemption: ``400 INVALID_REQUEST`` (*sandbox*).
- Deactivate: only a ``SENDED`` coupon (the spec: "invalidates a usable coupon"), else ``400
  INVALID_REQUEST``; the same ``deactivate_request_no`` again answers the same time.
- Return: only a ``USED`` coupon (spec), else ``400 INVALID_REQUEST``; it becomes ``SENDED`` with
  ``return_request_no``/``return_time``; the same ``return_request_no`` again answers the same
  time.
- The user's coupon (query) is found by ``coupon_code`` among the coupons of ``openid`` under
  ``appid`` (OpenIDs are per AppID): anything else is ``404 RESOURCE_NOT_EXISTS``. The list
  filters by ``appid`` + ``openid`` and, when given, ``stock_id``, ``coupon_state`` and the
  caller's role (``creator_merchant``/``sender_merchant``: this merchant, ``belong_merchant``: the
  batch owner); ``offset`` is the index of the first entry (default 0), ``limit`` defaults to 20
  (IM sample; *sandbox*); newest first.

Not modelled (synthesised answers): batch updates and budget changes, uploaded codes, the
product-coupon send, order association, subsidies, ``natural_person_limit`` and
``prevent_api_abuse``.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import secrets
import urllib.parse
from collections.abc import Mapping
from typing import Any, ClassVar, Final

import attrs

from .._constants import Code
from .._crypto import random_digits
from .._errors import SandboxError, canonical, param_error
from .._state import Event, china_now, rfc3339
from . import Flow, FlowContext, FlowRequest, route

# ------------------------------------------------------------------ states and codes
RUNNING: Final = "RUNNING"
STOPED: Final = "STOPED"  # sic, as upstream

SENDED: Final = "SENDED"
USED: Final = "USED"
EXPIRED: Final = "EXPIRED"
DEACTIVATED: Final = "DEACTIVATED"

WECHATPAY_MODE: Final = "WECHATPAY_MODE"
MERCHANT_API: Final = "MERCHANT_API"
MERCHANT_UPLOAD: Final = "MERCHANT_UPLOAD"

NO_AUTH: Final = "NO_AUTH"
RULE_LIMIT: Final = Code.RULE_LIMIT

EVENT_TYPE: Final = "COUPON.SEND"
ORIGINAL_TYPE: Final = "coupon"
SUMMARY: Final = "商家券领券事件"
INNER_EVENT_TYPE: Final = "EVENT_TYPE_BUSICOUPON_SEND"
CHANNEL_API: Final = "BUSICOUPON_SEND_CHANNEL_API"
CHANNEL_MINIAPP: Final = "BUSICOUPON_SEND_CHANNEL_MINIAPP"

RULE_OBJECTS: Final = {
    "NORMAL": ("fixed_normal_coupon", ("discount_amount", "transaction_minimum")),
    "DISCOUNT": ("discount_coupon", ("discount_percent", "transaction_minimum")),
    "EXCHANGE": ("exchange_coupon", ("exchange_price", "transaction_minimum")),
}
MAX_PERIOD: Final = 365 * 86400.0
DEFAULT_LIMIT: Final = 20
LOOPBACK_NAMES: Final = frozenset({"localhost"})

BASE: Final = "/v3/marketing/busifavor"
SEED_APPID: Final = "wxd678efh567hg6787"
#: The operations :meth:`MerchantCouponFlow.seed` prepares a coupon for, and the coupon's state.
SEEDED_COUPON: Final = {
    "use_busifavor_coupon": SENDED,
    "deactivate_busifavor_coupon": SENDED,
    "return_busifavor_coupon": USED,
    "query_busifavor_user_coupon": SENDED,
    "list_busifavor_user_coupons": SENDED,
}


def _not_found(what: str) -> SandboxError:
    return SandboxError(404, Code.RESOURCE_NOT_EXISTS, f"资源不存在 ({what})")


def _invalid(message: str) -> SandboxError:
    return SandboxError(400, Code.INVALID_REQUEST, message)


def _moment(text: Any) -> float:
    """An RFC 3339 time of a checked request (the server validated the format) as a timestamp."""
    return dt.datetime.fromisoformat(str(text)).timestamp()


def _check_notify_url(url: str) -> None:
    parsed = urllib.parse.urlsplit(url)
    host = parsed.hostname or ""
    if parsed.scheme == "https" and host:
        return
    if parsed.scheme == "http" and host:
        if host in LOOPBACK_NAMES:
            return
        try:
            if ipaddress.ip_address(host).is_loopback:
                return
        except ValueError:
            pass
    raise param_error("/notify_url", "must be an HTTPS URL (sandbox: http:// only for a loopback host)")


@attrs.define
class Stock:
    """A merchant-coupon batch; the rule objects are kept as the merchant sent them."""

    stock_id: str
    out_request_no: str
    fingerprint: str = attrs.field(repr=False)
    created_at: float
    body: Mapping[str, Any] = attrs.field(repr=False)
    begin: float
    end: float
    state: str = RUNNING
    send_count: int = 0
    sent_by_day: dict[str, int] = attrs.field(factory=dict, repr=False)

    @property
    def code_mode(self) -> str:
        return str(self.body["coupon_code_mode"])

    @property
    def send_rule(self) -> Mapping[str, Any]:
        rule: Mapping[str, Any] = self.body["stock_send_rule"]
        return rule

    @property
    def available_time(self) -> Mapping[str, Any]:
        available: Mapping[str, Any] = self.body["coupon_use_rule"]["coupon_available_time"]
        return available

    def amount_per_coupon(self) -> int:
        fixed = self.body["coupon_use_rule"].get("fixed_normal_coupon")
        return int(fixed.get("discount_amount", 0)) if isinstance(fixed, Mapping) else 0

    def descriptive(self) -> dict[str, Any]:
        """What a batch and each of its coupons show (``BusifavorStock`` / ``BusifavorUserCoupon``)."""
        body = self.body
        out: dict[str, Any] = {
            "stock_name": body["stock_name"],
            "belong_merchant": body["belong_merchant"],
            "goods_name": body["goods_name"],
            "stock_type": body["stock_type"],
            "coupon_use_rule": dict(body["coupon_use_rule"]),
        }
        for key in ("comment", "custom_entrance", "display_pattern_info"):
            if key in body:
                out[key] = body[key]
        return out

    def to_json(self, today: str) -> dict[str, Any]:
        """As ``BusifavorStock``."""
        out = self.descriptive()
        out.update(
            stock_send_rule=dict(self.send_rule),
            stock_state=self.state,
            coupon_code_mode=self.code_mode,
            stock_id=self.stock_id,
            send_count_information={
                "total_send_num": self.send_count,
                "total_send_amount": self.send_count * self.amount_per_coupon(),
                "today_send_num": self.sent_by_day.get(today, 0),
                "today_send_amount": self.sent_by_day.get(today, 0) * self.amount_per_coupon(),
            },
            subsidy=bool(self.body.get("subsidy", False)),
        )
        if "notify_config" in self.body:
            out["notify_config"] = self.body["notify_config"]
        if self.code_mode == MERCHANT_UPLOAD:
            out["coupon_code_count"] = {"total_count": 0, "available_count": 0}
        return out


@attrs.define
class Coupon:
    """One coupon in a user's card wallet (``openid`` under ``appid``)."""

    stock_id: str
    coupon_code: str
    appid: str
    openid: str
    send_request_no: str
    send_fingerprint: str = attrs.field(repr=False)
    channel: str
    received_at: float
    available_start: float
    expires_at: float
    state: str = SENDED
    use_request_no: str | None = None
    use_time: str | None = None
    wechatpay_use_time: float | None = None
    return_request_no: str | None = None
    return_time: float | None = None
    deactivate_request_no: str | None = None
    deactivate_time: float | None = None
    deactivate_reason: str | None = None

    def to_json(self, stock: Stock) -> dict[str, Any]:
        """As ``BusifavorUserCoupon``."""
        out = stock.descriptive()
        out.update(
            transferable=bool(stock.send_rule.get("transferable", False)),
            shareable=bool(stock.send_rule.get("shareable", False)),
            coupon_state=self.state,
            coupon_code=self.coupon_code,
            stock_id=self.stock_id,
            available_start_time=rfc3339(self.available_start),
            expire_time=rfc3339(self.expires_at),
            receive_time=rfc3339(self.received_at),
            send_request_no=self.send_request_no,
        )
        if self.use_request_no is not None and self.use_time is not None:
            out.update(use_request_no=self.use_request_no, use_time=self.use_time)
        if self.return_request_no is not None and self.return_time is not None:
            out.update(return_request_no=self.return_request_no, return_time=rfc3339(self.return_time))
        if self.deactivate_request_no is not None and self.deactivate_time is not None:
            out.update(deactivate_request_no=self.deactivate_request_no, deactivate_time=rfc3339(self.deactivate_time))
            if self.deactivate_reason is not None:
                out["deactivate_reason"] = self.deactivate_reason
        return out


class MerchantCouponFlow(Flow):
    """Merchant-coupon batches and the coupons in users' wallets; the user's side is :meth:`user_receives`."""

    name: ClassVar[str] = "merchant_coupon"

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context)
        self.notify_url: str | None = None
        self.notify_updated_at: float | None = None
        self._stocks: dict[str, Stock] = {}
        self._stock_by_request: dict[str, str] = {}
        self._coupons: list[Coupon] = []
        self._uses: dict[str, Coupon] = {}  # use_request_no -> the coupon it redeemed
        self._deactivations: dict[str, Coupon] = {}
        self._returns: dict[str, Coupon] = {}

    # ------------------------------------------------------------ event address
    @route("POST", BASE + "/callbacks")
    def set_callback(self, request: FlowRequest) -> dict[str, Any]:
        url = str(request.body["notify_url"])
        _check_notify_url(url)
        with self.lock:
            self.notify_url = url
            self.notify_updated_at = self.context.clock()
            return {"notify_url": url, "mchid": self.context.mchid, "update_time": rfc3339(self.notify_updated_at)}

    @route("GET", BASE + "/callbacks")
    def query_callback(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            if self.notify_url is None:
                raise _not_found("no merchant-coupon event address has been set")
            return {"notify_url": self.notify_url, "mchid": self.context.mchid}

    # ------------------------------------------------------------ batches
    @route("POST", BASE + "/stocks")
    def create_stock(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        with self.lock:
            out_request_no = str(body["out_request_no"])
            fingerprint = canonical(body)
            known = self._stock_by_request.get(out_request_no)
            if known is not None:
                stock = self._stocks[known]
                if stock.fingerprint != fingerprint:
                    raise _invalid("out_request_no has already been used for a batch with other parameters")
                return {"stock_id": stock.stock_id, "create_time": rfc3339(stock.created_at)}
            return self._create_stock(body, fingerprint)

    @route("GET", BASE + "/stocks/{}")
    def query_stock(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            stock = self.stock(str(request.args[0]))
            return stock.to_json(self._today())

    # ------------------------------------------------------------ sending
    @route("POST", BASE + "/coupons/send")
    def send(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        coupon = self._issue(
            str(body["stock_id"]),
            appid=str(body["appid"]),
            openid=str(body["openid"]),
            out_request_no=str(body["out_request_no"]),
            coupon_code=None if body.get("coupon_code") is None else str(body["coupon_code"]),
            channel=CHANNEL_API,
            fingerprint=canonical(body),
        )
        result = {
            "stock_id": coupon.stock_id,
            "out_request_no": coupon.send_request_no,
            "coupon_code": coupon.coupon_code,
        }
        return {"send_coupon_result": dict(result), **result}

    def user_receives(
        self,
        stock_id: str,
        openid: str,
        *,
        appid: str = SEED_APPID,
        out_request_no: str | None = None,
        coupon_code: str | None = None,
        channel: str = CHANNEL_MINIAPP,
    ) -> Coupon:
        """The user takes a coupon in the merchant's mini program or H5 page (the 发券插件).

        ``out_request_no`` is the 发券凭证 the merchant signed into the plugin's parameters (a fresh
        one when omitted); ``coupon_code`` the merchant's code for a ``MERCHANT_API`` batch. The
        same rules as ``send_busifavor_coupon`` apply (raised as ``SandboxError``), and
        ``COUPON.SEND`` goes to the registered address with ``channel``.
        """
        number = out_request_no or "USER" + secrets.token_hex(10).upper()
        fingerprint = canonical({"appid": appid, "openid": openid, "coupon_code": coupon_code, "channel": channel})
        return self._issue(
            stock_id,
            appid=appid,
            openid=openid,
            out_request_no=number,
            coupon_code=coupon_code,
            channel=channel,
            fingerprint=fingerprint,
        )

    # ------------------------------------------------------------ the user's coupons
    @route("GET", BASE + "/users/{}/coupons/{}/appids/{}")
    def query_user_coupon(self, request: FlowRequest) -> dict[str, Any]:
        openid, coupon_code, appid = (str(a) for a in request.args)
        with self.lock:
            for coupon in reversed(self._coupons):
                if (coupon.openid, coupon.coupon_code, coupon.appid) == (openid, coupon_code, appid):
                    self._expire(coupon)
                    return coupon.to_json(self._stocks[coupon.stock_id])
            raise _not_found("this user has no coupon with this coupon_code under this appid")

    @route("GET", BASE + "/users/{}/coupons")
    def list_user_coupons(self, request: FlowRequest) -> dict[str, Any]:
        openid = str(request.args[0])
        query = request.query
        appid = str(query["appid"])
        limit = DEFAULT_LIMIT if query.get("limit") is None else int(query["limit"])
        offset = 0 if query.get("offset") is None else int(query["offset"])
        with self.lock:
            rows: list[dict[str, Any]] = []
            for coupon in reversed(self._coupons):
                if (coupon.openid, coupon.appid) != (openid, appid):
                    continue
                self._expire(coupon)
                stock = self._stocks[coupon.stock_id]
                if not self._listed(coupon, stock, query):
                    continue
                rows.append(coupon.to_json(stock))
            return {"data": rows[offset : offset + limit], "total_count": len(rows), "limit": limit, "offset": offset}

    def _listed(self, coupon: Coupon, stock: Stock, query: Mapping[str, Any]) -> bool:
        wanted = {
            "stock_id": coupon.stock_id,
            "coupon_state": coupon.state,
            "creator_merchant": self.context.mchid,
            "sender_merchant": self.context.mchid,
            "belong_merchant": str(stock.body["belong_merchant"]),
        }
        return all(query.get(name) is None or str(query[name]) == value for name, value in wanted.items())

    # ------------------------------------------------------------ the merchant acts on a coupon
    @route("POST", BASE + "/coupons/use")
    def use(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        use_request_no = str(body["use_request_no"])
        with self.lock:
            coupon = self._find(str(body["coupon_code"]), body.get("stock_id"), for_use=True)
            self._expire(coupon)
            if str(body["appid"]) != coupon.appid:
                raise SandboxError(
                    403,
                    NO_AUTH,
                    "appid is not bound to the merchant or the batch owner "
                    "(sandbox: only the AppID the coupon was sent under is bound)",
                )
            if body.get("openid") is not None and str(body["openid"]) != coupon.openid:
                raise _invalid("openid is not the user who holds this coupon")
            earlier = self._uses.get(use_request_no)
            if earlier is not None:
                if earlier is coupon and coupon.state == USED and coupon.use_request_no == use_request_no:
                    return self._use_answer(coupon)
                raise _invalid("use_request_no has already been used for another redemption")
            if coupon.state != SENDED:
                raise _invalid(f"the coupon is {coupon.state}; only a SENDED (usable) coupon can be used")
            if self.context.clock() < coupon.available_start:
                raise _invalid("the coupon is not usable yet (its usable period has not begun)")
            coupon.state = USED
            coupon.use_request_no = use_request_no
            coupon.use_time = str(body["use_time"])
            coupon.wechatpay_use_time = self.context.clock()
            self._uses[use_request_no] = coupon
            return self._use_answer(coupon)

    @staticmethod
    def _use_answer(coupon: Coupon) -> dict[str, Any]:
        return {
            "stock_id": coupon.stock_id,
            "openid": coupon.openid,
            "wechatpay_use_time": rfc3339(coupon.wechatpay_use_time or 0.0),
        }

    @route("POST", BASE + "/coupons/deactivate")
    def deactivate(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        number = str(body["deactivate_request_no"])
        with self.lock:
            coupon = self._find(str(body["coupon_code"]), body["stock_id"])
            earlier = self._deactivations.get(number)
            if earlier is not None:
                if earlier is coupon and coupon.deactivate_time is not None:
                    return {"wechatpay_deactivate_time": rfc3339(coupon.deactivate_time)}
                raise _invalid("deactivate_request_no has already been used for another coupon")
            self._expire(coupon)
            if coupon.state != SENDED:
                raise _invalid(f"the coupon is {coupon.state}; only a SENDED (usable) coupon can be deactivated")
            coupon.state = DEACTIVATED
            coupon.deactivate_request_no = number
            coupon.deactivate_time = self.context.clock()
            coupon.deactivate_reason = None if body.get("deactivate_reason") is None else str(body["deactivate_reason"])
            self._deactivations[number] = coupon
            return {"wechatpay_deactivate_time": rfc3339(coupon.deactivate_time)}

    @route("POST", BASE + "/coupons/return")
    def return_coupon(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        number = str(body["return_request_no"])
        with self.lock:
            coupon = self._find(str(body["coupon_code"]), body["stock_id"])
            earlier = self._returns.get(number)
            if earlier is not None:
                if earlier is coupon and coupon.return_time is not None:
                    return {"wechatpay_return_time": rfc3339(coupon.return_time)}
                raise _invalid("return_request_no has already been used for another coupon")
            if coupon.state != USED:
                raise _invalid(f"the coupon is {coupon.state}; only a USED coupon can be returned")
            coupon.state = SENDED
            coupon.return_request_no = number
            coupon.return_time = self.context.clock()
            self._returns[number] = coupon
            return {"wechatpay_return_time": rfc3339(coupon.return_time)}

    # ------------------------------------------------------------ lookups for tests and the demo
    def stock(self, stock_id: str) -> Stock:
        """The batch (``STOPED`` once its period is over); ``404 RESOURCE_NOT_EXISTS`` if unknown."""
        with self.lock:
            stock = self._stocks.get(stock_id)
            if stock is None:
                raise _not_found("no merchant-coupon batch with this stock_id")
            if stock.state == RUNNING and self.context.clock() > stock.end:
                stock.state = STOPED
            return stock

    def coupons(self, openid: str | None = None) -> list[Coupon]:
        with self.lock:
            for coupon in self._coupons:
                self._expire(coupon)
            return [c for c in self._coupons if openid is None or c.openid == openid]

    # ------------------------------------------------------------ seeding
    def seed(self, operation_id: str, notify_url: str) -> dict[str, Any] | None:
        """The state one operation needs on its own (see ``Flow.seed``)."""
        if operation_id == "set_busifavor_callback":
            return {"body": {"notify_url": notify_url}}
        if operation_id == "query_busifavor_callback":
            with self.lock:
                self.notify_url = notify_url
                self.notify_updated_at = self.context.clock()
            return {}
        if operation_id == "create_busifavor_stock":
            return {"body": self.seed_stock_body()}
        if operation_id not in ("query_busifavor_stock", "send_busifavor_coupon", *SEEDED_COUPON):
            return None
        with self.lock:
            stock_id = self._create_stock(self.seed_stock_body(), "")["stock_id"]
        fresh = "SEED" + secrets.token_hex(8).upper()
        openid = "o" + secrets.token_hex(14)
        if operation_id == "query_busifavor_stock":
            return {"path": {"stock_id": stock_id}}
        if operation_id == "send_busifavor_coupon":
            return {"body": {"stock_id": stock_id, "appid": SEED_APPID, "openid": openid, "out_request_no": fresh}}
        coupon = self.user_receives(stock_id, openid)
        if SEEDED_COUPON[operation_id] == USED:
            with self.lock:
                coupon.state = USED
                coupon.use_request_no = "SEEDUSE" + secrets.token_hex(6).upper()
                coupon.use_time = rfc3339(self.context.clock())
                coupon.wechatpay_use_time = self.context.clock()
                self._uses[coupon.use_request_no] = coupon
        names = {"coupon_code": coupon.coupon_code, "stock_id": stock_id}
        if operation_id == "use_busifavor_coupon":
            return {"body": {**names, "appid": SEED_APPID, "openid": openid, "use_request_no": fresh}}
        if operation_id == "deactivate_busifavor_coupon":
            return {"body": {**names, "deactivate_request_no": fresh}}
        if operation_id == "return_busifavor_coupon":
            return {"body": {**names, "return_request_no": fresh}}
        if operation_id == "list_busifavor_user_coupons":
            return {"path": {"openid": openid}, "query": {"appid": SEED_APPID}}
        return {"path": {"openid": openid, "coupon_code": coupon.coupon_code, "appid": SEED_APPID}}

    def seed_stock_body(self, *, max_coupons_per_user: int = 1) -> dict[str, Any]:
        """A valid ``create_busifavor_stock`` body: 1 yuan off from 10 yuan, usable for 30 days."""
        now = self.context.clock()
        return {
            "stock_name": "沙箱满10减1",
            "belong_merchant": self.context.mchid,
            "goods_name": "全场通用",
            "stock_type": "NORMAL",
            "coupon_use_rule": {
                "coupon_available_time": {
                    "available_begin_time": rfc3339(now - 60),
                    "available_end_time": rfc3339(now + 30 * 86400),
                },
                "fixed_normal_coupon": {"discount_amount": 100, "transaction_minimum": 1000},
                "use_method": "OFF_LINE",
            },
            "stock_send_rule": {"max_coupons": 100, "max_coupons_per_user": max_coupons_per_user},
            "out_request_no": "SEED" + secrets.token_hex(10).upper(),
            "coupon_code_mode": WECHATPAY_MODE,
            "notify_config": {"notify_appid": SEED_APPID},
        }

    # ------------------------------------------------------------ internals
    def _today(self) -> str:
        return china_now(self.context.clock()).date().isoformat()

    def _create_stock(self, body: Mapping[str, Any], fingerprint: str) -> dict[str, Any]:
        """Check and record a new batch; the caller holds the lock."""
        stock_type = str(body["stock_type"])
        rule: Mapping[str, Any] = body["coupon_use_rule"]
        key, fields = RULE_OBJECTS[stock_type]
        rule_object = rule.get(key)
        if not isinstance(rule_object, Mapping):
            raise param_error(f"/coupon_use_rule/{key}", f"is required when stock_type is {stock_type}")
        for field in fields:
            if field not in rule_object:
                raise param_error(f"/coupon_use_rule/{key}/{field}", f"is required when stock_type is {stock_type}")
        available: Mapping[str, Any] = rule["coupon_available_time"]
        begin = _moment(available["available_begin_time"])
        end = _moment(available["available_end_time"])
        where = "/coupon_use_rule/coupon_available_time/available_end_time"
        if end <= begin:
            raise param_error(where, "must be after available_begin_time")
        if end - begin > MAX_PERIOD:
            raise param_error(where, "a coupon may be valid for at most one year")
        if "wait_days_after_receive" in available and "available_day_after_receive" not in available:
            raise param_error(
                "/coupon_use_rule/coupon_available_time/wait_days_after_receive",
                "is only allowed together with available_day_after_receive",
            )
        if str(body["belong_merchant"]) != self.context.mchid:
            raise SandboxError(403, NO_AUTH, "belong_merchant must be the calling merchant for a direct merchant")
        now = self.context.clock()
        stock_id = "1" + random_digits(9)
        while stock_id in self._stocks:
            stock_id = "1" + random_digits(9)
        stock = Stock(
            stock_id=stock_id,
            out_request_no=str(body["out_request_no"]),
            fingerprint=fingerprint,
            created_at=now,
            body=dict(body),
            begin=begin,
            end=end,
        )
        self._stocks[stock_id] = stock
        self._stock_by_request[stock.out_request_no] = stock_id
        return {"stock_id": stock_id, "create_time": rfc3339(now)}

    def _issue(
        self,
        stock_id: str,
        *,
        appid: str,
        openid: str,
        out_request_no: str,
        coupon_code: str | None,
        channel: str,
        fingerprint: str,
    ) -> Coupon:
        """A coupon of the batch into the user's wallet, and COUPON.SEND; the send rules apply."""
        with self.lock:
            stock = self.stock(stock_id)
            for coupon in self._coupons:
                if (coupon.stock_id, coupon.openid, coupon.send_request_no) == (stock_id, openid, out_request_no):
                    if coupon.send_fingerprint != fingerprint:
                        raise _invalid("out_request_no has already been used for this user and batch with other data")
                    return coupon
            if stock.state != RUNNING:
                raise _invalid(f"the batch is {stock.state}; coupons can only be sent from a RUNNING batch")
            rule = stock.send_rule
            held = sum(1 for c in self._coupons if c.stock_id == stock_id and c.openid == openid)
            if held >= int(rule["max_coupons_per_user"]):
                raise SandboxError(
                    403,
                    RULE_LIMIT,
                    f"用户已达领取上限 (the user has received {held} coupon(s) of this batch; "
                    f"max_coupons_per_user is {rule['max_coupons_per_user']})",
                )
            if rule.get("max_coupons") is not None and stock.send_count >= int(rule["max_coupons"]):
                raise SandboxError(403, RULE_LIMIT, "批次已发完 (the batch has sent max_coupons coupons)")
            today = self._today()
            if rule.get("max_coupons_by_day") is not None and stock.sent_by_day.get(today, 0) >= int(
                rule["max_coupons_by_day"]
            ):
                raise SandboxError(403, RULE_LIMIT, "批次今日已发完 (max_coupons_by_day reached for today)")
            code = self._code_for(stock, coupon_code)
            now = self.context.clock()
            start, expires = self._validity(stock, now)
            coupon = Coupon(
                stock_id=stock_id,
                coupon_code=code,
                appid=appid,
                openid=openid,
                send_request_no=out_request_no,
                send_fingerprint=fingerprint,
                channel=channel,
                received_at=now,
                available_start=start,
                expires_at=expires,
            )
            self._coupons.append(coupon)
            stock.send_count += 1
            stock.sent_by_day[today] = stock.sent_by_day.get(today, 0) + 1
            self._notify(stock, coupon)
            return coupon

    def _code_for(self, stock: Stock, coupon_code: str | None) -> str:
        if stock.code_mode == MERCHANT_API:
            if not coupon_code:
                raise param_error("/coupon_code", "is required for a MERCHANT_API batch")
            if any(c.stock_id == stock.stock_id and c.coupon_code == coupon_code for c in self._coupons):
                raise _invalid("coupon_code has already been sent from this batch")
            return coupon_code
        taken = {c.coupon_code for c in self._coupons}
        code = random_digits(18)
        while code in taken:
            code = random_digits(18)
        return code

    def _validity(self, stock: Stock, received: float) -> tuple[float, float]:
        """When a coupon received at ``received`` becomes usable and when it expires."""
        available = stock.available_time
        start = max(stock.begin, received)
        expires = stock.end
        if "available_day_after_receive" in available:
            start = max(start, received + 86400.0 * int(available.get("wait_days_after_receive", 0)))
            expires = min(expires, start + 86400.0 * int(available["available_day_after_receive"]))
        if "available_second_after_receive" in available:
            expires = min(expires, received + float(available["available_second_after_receive"]))
        return start, expires

    def _notify(self, stock: Stock, coupon: Coupon) -> None:
        if self.notify_url is None:
            return
        resource: dict[str, Any] = {
            "event_type": INNER_EVENT_TYPE,
            "coupon_code": coupon.coupon_code,
            "stock_id": coupon.stock_id,
            "send_time": rfc3339(coupon.received_at),
            "send_channel": coupon.channel,
            "send_merchant": self.context.mchid,
        }
        notify_config = stock.body.get("notify_config")
        if isinstance(notify_config, Mapping) and notify_config.get("notify_appid"):
            resource["openid"] = coupon.openid
        self.context.emit(Event(EVENT_TYPE, self.notify_url, ORIGINAL_TYPE, SUMMARY, resource))

    def _find(self, coupon_code: str, stock_id: Any, *, for_use: bool = False) -> Coupon:
        """The coupon with this code (in this batch, when given); the caller holds the lock."""
        if stock_id is not None:
            self.stock(str(stock_id))
            found = [c for c in self._coupons if c.coupon_code == coupon_code and c.stock_id == str(stock_id)]
        else:
            found = [c for c in self._coupons if c.coupon_code == coupon_code]
            if for_use and any(self._stocks[c.stock_id].code_mode != WECHATPAY_MODE for c in found):
                raise param_error("/stock_id", "is required for MERCHANT_API and MERCHANT_UPLOAD batches")
        if not found:
            raise _not_found("no coupon with this coupon_code" + ("" if stock_id is None else " in this batch"))
        return found[-1]

    def _expire(self, coupon: Coupon) -> None:
        if coupon.state == SENDED and self.context.clock() > coupon.expires_at:
            coupon.state = EXPIRED


FLOW = MerchantCouponFlow
