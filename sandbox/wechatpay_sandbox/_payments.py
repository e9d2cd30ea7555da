"""Basic payment orders and domestic refunds of a direct merchant.

Order states (``trade_state``): ``NOTPAY`` after create (JSAPI/APP/H5/Native); ``SUCCESS`` when
the user pays (:meth:`PaymentState.pay`, i.e. ``Sandbox.simulate_payment``); ``CLOSED`` after
close or when ``time_expire`` has passed unpaid; ``REFUND`` once a refund was accepted;
``REVOKED`` after reverse. A code payment (付款码, ``MICROPAY``) and a deduction of the other
委托代扣 families (``/v3/papay/pay/transactions/apply``, its Harmony twin; ``PAP``) are paid at
once (*sandbox*: every payment code pays; those contracts are not modelled, any ``contract_id``
is accepted), the deduction with TRANSACTION.SUCCESS to ``transaction_notify_url``. Refund
states (``status``): ``PROCESSING``, then ``SUCCESS`` (after ``refund_delay`` or
``Sandbox.simulate_refund``), or ``CLOSED``/``ABNORMAL`` when simulated so; an ``ABNORMAL``
refund goes ``PROCESSING`` again through ``apply-abnormal-refund`` (``400 INVALID_REQUEST``
otherwise; ``USER_BANK_CARD`` needs ``bank_type``, ``bank_account``, ``real_name``).

Rules and codes (documented by WeChat Pay unless marked *sandbox*):

- ``mchid`` in the body or query must be the merchant of the ``Authorization`` header:
  ``400 PARAM_ERROR`` naming the field (*sandbox* wording, checked for every operation).
- Create again with the same ``out_trade_no``: the same answer (same ``prepay_id``) when the body
  is identical and the order is still ``NOTPAY``; ``403 OUT_TRADE_NO_USED`` when the body differs;
  ``400 ORDER_CLOSED`` when the order is closed; ``403 ORDERPAID`` (*sandbox*) when it is paid.
  Insurance deductions share the ``out_trade_no`` namespace.
- Query: ``404 ORDER_NOT_EXIST`` for an unknown order, or by ``transaction_id`` before payment.
  Insurance deductions (``trade_type`` ``PAP``) are found by both queries (*sandbox*: unconfirmed
  for PAP orders, insurance-api.md 8).
- Close (204): an unpaid order; closing a closed one again is 204; ``403 ORDERPAID`` (*sandbox*)
  for a paid order; ``404 ORDER_NOT_EXIST``.
- Reverse: code-payment orders only (``400 INVALID_REQUEST`` otherwise, or once refunded);
  ``appid`` must be the order's (``400 PARAM_ERROR``).
- Refund: ``transaction_id`` or ``out_trade_no`` (``400 PARAM_ERROR`` without either);
  ``404 RESOURCE_NOT_EXISTS`` for an unknown order; ``400 INVALID_REQUEST`` when the order is not
  paid, ``amount.total`` is not the order's total, the currency differs, or ``amount.refund``
  exceeds what is left (paid minus refunds not CLOSED). The same ``out_refund_no`` again returns
  the existing refund when the order and amounts are the same (*sandbox*: WeChat Pay documents
  only that a resent refund must keep its parameters), else ``400 INVALID_REQUEST``.
- Callbacks: ``TRANSACTION.SUCCESS`` (``original_type`` ``transaction``) to the order's
  ``notify_url`` on payment; ``REFUND.SUCCESS``/``REFUND.CLOSED``/``REFUND.ABNORMAL``
  (``original_type`` ``refund``) to the refund's ``notify_url`` when one was given.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from ._constants import Code
from ._crypto import random_digits, random_string
from ._errors import SandboxError
from ._errors import canonical as _canonical
from ._errors import param_error as _param_error
from ._state import Emit, Event, SandboxState, china_now, rfc3339

NOTPAY: Final = "NOTPAY"
SUCCESS: Final = "SUCCESS"
CLOSED: Final = "CLOSED"
REFUND: Final = "REFUND"
REVOKED: Final = "REVOKED"
PROCESSING: Final = "PROCESSING"
ABNORMAL: Final = "ABNORMAL"

#: ``trade_type`` by create endpoint
TRADE_TYPES: Final = {"jsapi": "JSAPI", "app": "APP", "h5": "MWEB", "native": "NATIVE"}
TRADE_STATE_DESC: Final = {
    NOTPAY: "订单未支付",
    SUCCESS: "支付成功",
    CLOSED: "订单已关闭",
    REFUND: "转入退款",
    REVOKED: "已撤销",
}
REFUND_EVENTS: Final = {
    SUCCESS: ("REFUND.SUCCESS", "退款成功"),
    CLOSED: ("REFUND.CLOSED", "退款关闭"),
    ABNORMAL: (
        "REFUND.ABNORMAL",
        "退款异常",
    ),
}


def _parse_time(text: Any) -> float | None:
    try:
        return dt.datetime.fromisoformat(str(text)).timestamp()
    except ValueError:
        return None


@attrs.define
class Order:
    """A payment order. ``trade_type`` ``PAP`` marks an insurance deduction seen through this view."""

    out_trade_no: str
    appid: str
    mchid: str
    trade_type: str
    total: int
    currency: str
    created_at: float
    description: str = ""
    notify_url: str = ""
    attach: str | None = None
    request: Mapping[str, Any] = attrs.field(factory=dict, repr=False)
    answer: Mapping[str, Any] = attrs.field(factory=dict)
    payer_openid: str | None = None
    time_expire: float | None = None
    trade_state: str = NOTPAY
    transaction_id: str | None = None
    success_time: float | None = None
    bank_type: str = "OTHERS"
    refunded: int = 0  # refunds accepted and not CLOSED

    def to_json(self) -> dict[str, Any]:
        """As the order query's ``Transaction`` (and the TRANSACTION.* resource)."""
        out: dict[str, Any] = {
            "appid": self.appid,
            "mchid": self.mchid,
            "out_trade_no": self.out_trade_no,
            "trade_type": self.trade_type,
            "trade_state": self.trade_state,
            "trade_state_desc": TRADE_STATE_DESC.get(self.trade_state, self.trade_state),
        }
        if self.attach is not None:
            out["attach"] = self.attach
        paid = self.transaction_id is not None
        if paid:
            out["transaction_id"] = self.transaction_id
            out["bank_type"] = self.bank_type
            out["success_time"] = rfc3339(self.success_time or self.created_at)
            out["payer"] = {"openid": self.payer_openid or ""}
            out["amount"] = {
                "total": self.total,
                "payer_total": self.total,
                "currency": self.currency,
                "payer_currency": self.currency,
            }
        else:
            if self.payer_openid is not None:
                out["payer"] = {"openid": self.payer_openid}
            out["amount"] = {"total": self.total, "currency": self.currency}
        return out


@attrs.define
class Refund:
    refund_id: str
    out_refund_no: str
    out_trade_no: str
    transaction_id: str
    refund: int
    total: int
    currency: str
    created_at: float
    reason: str | None = None
    notify_url: str | None = None
    funds_account: str | None = None
    status: str = PROCESSING
    success_time: float | None = None
    received_account: str = "支付用户零钱"

    def to_json(self) -> dict[str, Any]:
        """As the refund API's ``Refund`` answer."""
        out: dict[str, Any] = {
            "refund_id": self.refund_id,
            "out_refund_no": self.out_refund_no,
            "transaction_id": self.transaction_id,
            "out_trade_no": self.out_trade_no,
            "channel": "ORIGINAL",
            "user_received_account": self.received_account,
            "create_time": rfc3339(self.created_at),
            "status": self.status,
            "amount": {
                "total": self.total,
                "refund": self.refund,
                "from": [],
                "payer_total": self.total,
                "payer_refund": self.refund,
                "settlement_refund": self.refund,
                "settlement_total": self.total,
                "discount_refund": 0,
                "currency": self.currency,
            },
            "promotion_detail": [],
        }
        if self.funds_account is not None:
            out["funds_account"] = self.funds_account
        if self.success_time is not None:
            out["success_time"] = rfc3339(self.success_time)
        return out

    def notification_json(self, mchid: str) -> dict[str, Any]:
        """As the REFUND.* callback resource."""
        out: dict[str, Any] = {
            "mchid": mchid,
            "out_trade_no": self.out_trade_no,
            "transaction_id": self.transaction_id,
            "out_refund_no": self.out_refund_no,
            "refund_id": self.refund_id,
            "refund_status": self.status,
            "user_received_account": self.received_account,
            "amount": {
                "total": self.total,
                "refund": self.refund,
                "payer_total": self.total,
                "payer_refund": self.refund,
            },
        }
        if self.success_time is not None:
            out["success_time"] = rfc3339(self.success_time)
        return out


class PaymentState:
    """Orders and refunds, under the insurance state's lock (the ``out_trade_no`` namespace is shared)."""

    def __init__(
        self,
        *,
        mchid: str,
        clock: Callable[[], float],
        emit: Emit,
        insurance: SandboxState,
        on_refund: Callable[[str], None] = lambda out_refund_no: None,
    ) -> None:
        self._mchid = mchid
        self._clock = clock
        self._emit = emit
        self._insurance = insurance
        self._on_refund = on_refund
        self.lock: threading.RLock = insurance.lock
        self._orders: dict[str, Order] = {}
        self._refunds: dict[str, Refund] = {}
        insurance.trade_no_taken = self._taken

    # ------------------------------------------------------------- accessors
    def order(self, out_trade_no: str) -> Order:
        with self.lock:
            found = self._find(out_trade_no)
            if found is None:
                raise SandboxError(404, Code.ORDER_NOT_EXIST, "no order with this out_trade_no")
            return found

    def orders(self) -> list[Order]:
        with self.lock:
            return list(self._orders.values())

    def refund_record(self, out_refund_no: str) -> Refund:
        with self.lock:
            try:
                return self._refunds[out_refund_no]
            except KeyError:
                raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, "no refund with this out_refund_no") from None

    def refunds(self) -> list[Refund]:
        with self.lock:
            return list(self._refunds.values())

    def _taken(self, out_trade_no: str) -> bool:
        return out_trade_no in self._orders

    def _find(self, out_trade_no: str) -> Order | None:
        found = self._orders.get(out_trade_no)
        if found is not None:
            self._expire(found)
            return found
        try:
            trade = self._insurance.trade(out_trade_no)
        except SandboxError:
            return None
        contract = self._insurance.contract(trade.contract_id)
        order = Order(
            out_trade_no=trade.out_trade_no,
            appid=contract.appid,
            mchid=contract.mchid,
            trade_type="PAP",
            total=trade.total,
            currency=trade.currency,
            created_at=trade.success_time,
            payer_openid=contract.openid,
            trade_state=SUCCESS,
            transaction_id=trade.transaction_id,
            success_time=trade.success_time,
        )
        self._orders[order.out_trade_no] = order
        return order

    def _by_transaction_id(self, transaction_id: str) -> Order | None:
        for order in self._orders.values():
            if order.transaction_id == transaction_id:
                return order
        for trade in self._insurance.trades():
            if trade.transaction_id == transaction_id:
                return self._find(trade.out_trade_no)
        return None

    def _expire(self, order: Order) -> None:
        if order.trade_state == NOTPAY and order.time_expire is not None and self._clock() > order.time_expire:
            order.trade_state = CLOSED

    def check_mchid(self, given: Any, field: str, location: str) -> None:
        if given is not None and str(given) != self._mchid:
            raise _param_error(field, "does not match the mchid of the Authorization header", given, location)

    # ---------------------------------------------------------------- create
    def create(self, channel: str, body: Mapping[str, Any], base_url: str) -> dict[str, Any]:
        with self.lock:
            out_trade_no = str(body["out_trade_no"])
            self.check_mchid(body.get("mchid"), "/mchid", "body")
            existing = self._find(out_trade_no)
            if existing is not None:
                if existing.trade_type == "PAP" or _canonical(existing.request) != _canonical(body):
                    raise SandboxError(
                        403,
                        Code.OUT_TRADE_NO_USED,
                        "out_trade_no has already been used with other parameters; use a new out_trade_no",
                    )
                if existing.trade_state == CLOSED:
                    raise SandboxError(400, Code.ORDER_CLOSED, "the order is closed; create a new order")
                if existing.trade_state != NOTPAY:
                    raise SandboxError(403, Code.ORDER_PAID, "the order has been paid")
                return dict(existing.answer)
            if self._insurance.trade_no_used(out_trade_no):
                raise SandboxError(403, Code.OUT_TRADE_NO_USED, "out_trade_no has already been used")
            amount = body["amount"]
            total = int(amount["total"])
            if total < 1:
                raise _param_error("/amount/total", "must be at least 1 (fen)", total)
            now = self._clock()
            expire: float | None = None
            if "time_expire" in body:
                expire = _parse_time(body["time_expire"])
                if expire is None:
                    raise _param_error("/time_expire", "must be an RFC 3339 date-time", body["time_expire"])
                if expire <= now:
                    raise _param_error("/time_expire", "must be in the future", body["time_expire"])
            payer = body.get("payer")
            openid = payer.get("openid") if isinstance(payer, Mapping) else None
            stamp = china_now(now).strftime("%Y%m%d%H%M%S")
            prepay_id = f"wx{stamp}{random_string(20, '0123456789abcdef')}"
            answer: dict[str, Any]
            if channel in ("jsapi", "app"):
                answer = {"prepay_id": prepay_id}
            elif channel == "h5":
                answer = {"h5_url": f"{base_url}/sandbox/checkout?prepay_id={prepay_id}"}
            else:
                answer = {"code_url": f"weixin://wxpay/bizpayurl?pr={random_string(7)}"}
            order = Order(
                out_trade_no=out_trade_no,
                appid=str(body.get("appid", "")),
                mchid=self._mchid,
                trade_type=TRADE_TYPES[channel],
                total=total,
                currency=str(amount.get("currency") or "CNY"),
                created_at=now,
                description=str(body.get("description", "")),
                notify_url=str(body.get("notify_url", "")),
                attach=None if body.get("attach") is None else str(body["attach"]),
                request=dict(body),
                answer=answer,
                payer_openid=None if openid is None else str(openid),
                time_expire=expire,
            )
            self._orders[out_trade_no] = order
            return dict(answer)

    def codepay(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """付款码支付: the order is created and paid at once (*sandbox*: every payment code pays)."""
        with self.lock:
            out_trade_no = str(body["out_trade_no"])
            self.check_mchid(body.get("mchid"), "/mchid", "body")
            existing = self._find(out_trade_no)
            if existing is not None:
                if existing.trade_type != "MICROPAY" or _canonical(existing.request) != _canonical(body):
                    raise SandboxError(
                        403,
                        Code.OUT_TRADE_NO_USED,
                        "out_trade_no has already been used with other parameters; use a new out_trade_no",
                    )
                return existing.to_json()
            if self._insurance.trade_no_used(out_trade_no):
                raise SandboxError(403, Code.OUT_TRADE_NO_USED, "out_trade_no has already been used")
            return self._paid_order(out_trade_no, body, "MICROPAY").to_json()

    def reverse(self, out_trade_no: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """撤销 a code-payment order: unpaid or paid, it becomes REVOKED (a paid one is refunded in full)."""
        with self.lock:
            self.check_mchid(body.get("mchid"), "/mchid", "body")
            order = self._find(out_trade_no)
            if order is None:
                raise SandboxError(404, Code.ORDER_NOT_EXIST, "订单不存在 (no such order)")
            if "appid" in body and str(body["appid"]) != order.appid:
                raise _param_error("/appid", "is not the appid of the order", body["appid"])
            if order.trade_type != "MICROPAY":
                raise SandboxError(400, Code.INVALID_REQUEST, "only code-payment (MICROPAY) orders can be reversed")
            if order.trade_state == REFUND:
                raise SandboxError(400, Code.INVALID_REQUEST, "the order has refunds; it cannot be reversed")
            if order.trade_state == SUCCESS:
                order.refunded = order.total
            order.trade_state = REVOKED
            return {"appid": order.appid, "mchid": order.mchid, "out_trade_no": order.out_trade_no}

    def papay_apply(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """委托代扣 受理扣款 (other than insurance): a PAP order, paid at once, TRANSACTION.SUCCESS sent.

        *Sandbox*: the contracts of these families are not modelled, so any ``contract_id`` is
        accepted; the deduction succeeds immediately.
        """
        with self.lock:
            out_trade_no = str(body["out_trade_no"])
            if self._find(out_trade_no) is not None or self._insurance.trade_no_used(out_trade_no):
                raise SandboxError(400, Code.OUT_TRADE_NO_USED, "out_trade_no has already been used")
            order = self._paid_order(out_trade_no, body, "PAP", notify_url=str(body.get("transaction_notify_url", "")))
            if order.notify_url:
                resource = {**order.to_json(), "contract_id": str(body.get("contract_id", ""))}
                self._emit(Event("TRANSACTION.SUCCESS", order.notify_url, "transaction", "支付成功", resource))
            return {"out_trade_no": out_trade_no, "amount": dict(body["amount"])}

    def _paid_order(
        self, out_trade_no: str, body: Mapping[str, Any], trade_type: str, *, notify_url: str = ""
    ) -> Order:
        """Record an order that is paid at once (code pay, papay deductions); the caller holds the lock."""
        amount = body["amount"]
        total = int(amount["total"])
        if total < 1:
            raise _param_error("/amount/total", "must be at least 1 (fen)", total)
        now = self._clock()
        order = Order(
            out_trade_no=out_trade_no,
            appid=str(body.get("appid", "")),
            mchid=self._mchid,
            trade_type=trade_type,
            total=total,
            currency=str(amount.get("currency") or "CNY"),
            created_at=now,
            description=str(body.get("description", "")),
            notify_url=notify_url,
            attach=None if body.get("attach") is None else str(body["attach"]),
            request=dict(body),
            trade_state=SUCCESS,
            transaction_id="4200" + random_digits(24),
            success_time=now,
            payer_openid="o" + random_string(27),
        )
        self._orders[out_trade_no] = order
        return order

    # ------------------------------------------------------------------- pay
    def pay(self, out_trade_no: str, *, openid: str | None = None, bank_type: str | None = None) -> Order:
        """The user pays: NOTPAY -> SUCCESS, and TRANSACTION.SUCCESS goes to the order's notify_url."""
        with self.lock:
            order = self.order(out_trade_no)
            if order.trade_state == CLOSED:
                raise SandboxError(400, Code.ORDER_CLOSED, "the order is closed and cannot be paid")
            if order.trade_state != NOTPAY:
                raise SandboxError(403, Code.ORDER_PAID, "the order has been paid")
            order.trade_state = SUCCESS
            order.transaction_id = "4200" + random_digits(24)
            order.success_time = self._clock()
            order.payer_openid = openid or order.payer_openid or "o" + random_string(27)
            if bank_type:
                order.bank_type = bank_type
            if order.notify_url:
                self._emit(Event("TRANSACTION.SUCCESS", order.notify_url, "transaction", "支付成功", order.to_json()))
            return order

    # ----------------------------------------------------------------- query
    def query(
        self, *, out_trade_no: str | None = None, transaction_id: str | None = None, mchid: Any
    ) -> dict[str, Any]:
        with self.lock:
            self.check_mchid(mchid, "mchid", "query")
            if transaction_id is not None:
                found = self._by_transaction_id(transaction_id)
            else:
                found = self._find(str(out_trade_no))
            if found is None:
                raise SandboxError(404, Code.ORDER_NOT_EXIST, "订单不存在 (no such order)")
            return found.to_json()

    def close(self, out_trade_no: str, body: Mapping[str, Any]) -> None:
        with self.lock:
            self.check_mchid(body.get("mchid"), "/mchid", "body")
            order = self._find(out_trade_no)
            if order is None:
                raise SandboxError(404, Code.ORDER_NOT_EXIST, "订单不存在 (no such order)")
            if order.trade_state in (SUCCESS, REFUND):
                raise SandboxError(403, Code.ORDER_PAID, "the order has been paid and cannot be closed; refund it")
            order.trade_state = CLOSED

    # ---------------------------------------------------------------- refund
    def refund(self, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            transaction_id = body.get("transaction_id")
            out_trade_no = body.get("out_trade_no")
            if transaction_id is None and out_trade_no is None:
                raise _param_error("/out_trade_no", "or /transaction_id is required")
            order = (
                self._by_transaction_id(str(transaction_id))
                if transaction_id is not None
                else self._find(str(out_trade_no))
            )
            if order is None or (
                out_trade_no is not None and transaction_id is not None and order.out_trade_no != out_trade_no
            ):
                raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, "订单不存在 (no such order)")
            amount = body["amount"]
            refund = int(amount["refund"])
            total = int(amount["total"])
            currency = str(amount.get("currency") or "CNY")
            out_refund_no = str(body["out_refund_no"])
            previous = self._refunds.get(out_refund_no)
            if previous is not None:
                if (previous.out_trade_no, previous.refund, previous.total) != (order.out_trade_no, refund, total):
                    raise SandboxError(
                        400,
                        Code.INVALID_REQUEST,
                        "out_refund_no has already been used with other parameters; resend a refund unchanged",
                    )
                return previous.to_json()
            if order.trade_state not in (SUCCESS, REFUND) or order.transaction_id is None:
                raise SandboxError(
                    400, Code.INVALID_REQUEST, f"the order is {order.trade_state}; only a paid order can be refunded"
                )
            if total != order.total:
                raise SandboxError(
                    400, Code.INVALID_REQUEST, f"amount.total ({total}) is not the order's total ({order.total})"
                )
            if currency != order.currency:
                raise SandboxError(400, Code.INVALID_REQUEST, "amount.currency is not the order's currency")
            left = order.total - order.refunded
            if refund < 1 or refund > left:
                raise SandboxError(
                    400, Code.INVALID_REQUEST, f"amount.refund ({refund}) must be between 1 and the refundable {left}"
                )
            if "notify_url" in body and not str(body["notify_url"]).startswith(("http://", "https://")):
                raise _param_error("/notify_url", "must be an absolute http(s) URL", body["notify_url"])
            record = Refund(
                refund_id="5030" + random_digits(25),
                out_refund_no=out_refund_no,
                out_trade_no=order.out_trade_no,
                transaction_id=order.transaction_id,
                refund=refund,
                total=order.total,
                currency=currency,
                created_at=self._clock(),
                reason=None if body.get("reason") is None else str(body["reason"]),
                notify_url=None if body.get("notify_url") is None else str(body["notify_url"]),
                funds_account=None if body.get("funds_account") is None else str(body["funds_account"]),
            )
            self._refunds[out_refund_no] = record
            order.refunded += refund
            order.trade_state = REFUND
            self._on_refund(out_refund_no)
            return record.to_json()

    def query_refund(self, out_refund_no: str) -> dict[str, Any]:
        return self.refund_record(out_refund_no).to_json()

    def apply_abnormal(self, refund_id: str, body: Mapping[str, Any], plain: Mapping[str, str]) -> dict[str, Any]:
        """发起异常退款: an ABNORMAL refund goes PROCESSING again (then SUCCESS, as a new refund does).

        ``plain``: the decrypted ``bank_account``/``real_name`` (checked for presence, never kept).
        """
        with self.lock:
            record = self._refunds.get(str(body["out_refund_no"]))
            if record is None or record.refund_id != refund_id:
                raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, "no refund with this refund_id and out_refund_no")
            if record.status != ABNORMAL:
                raise SandboxError(
                    400, Code.INVALID_REQUEST, f"the refund is {record.status}; only an ABNORMAL refund can be resent"
                )
            if body["type"] == "USER_BANK_CARD":
                for name in ("bank_type", "bank_account", "real_name"):
                    if name not in body:
                        raise _param_error(f"/{name}", "is required when type is USER_BANK_CARD")
                record.received_account = f"{body['bank_type']} 尾号{plain.get('bank_account', '')[-4:]}"
            else:
                record.received_account = "商户银行账户"
            record.status = PROCESSING
            self._on_refund(record.out_refund_no)
            return record.to_json()

    def finish_refund(self, out_refund_no: str, status: str = SUCCESS) -> Refund:
        """PROCESSING -> ``status`` (SUCCESS, CLOSED or ABNORMAL), with its REFUND.* callback."""
        if status not in REFUND_EVENTS:
            raise SandboxError(400, Code.PARAM_ERROR, f"status must be one of {', '.join(REFUND_EVENTS)}")
        with self.lock:
            record = self.refund_record(out_refund_no)
            if record.status != PROCESSING:
                raise SandboxError(400, Code.INVALID_REQUEST, f"the refund is already {record.status}")
            record.status = status
            if status == SUCCESS:
                record.success_time = self._clock()
            elif status == CLOSED:
                order = self._orders.get(record.out_trade_no)
                if order is not None:
                    order.refunded -= record.refund
            if record.notify_url:
                event_type, summary = REFUND_EVENTS[status]
                self._emit(
                    Event(event_type, record.notify_url, "refund", summary, record.notification_json(self._mchid))
                )
            return record

    def paid_on(self, day: dt.date) -> list[Order]:
        """Orders paid on ``day`` (Beijing time), for the trade bill."""
        with self.lock:
            for trade in self._insurance.trades():
                self._find(trade.out_trade_no)
            return sorted(
                (
                    o
                    for o in self._orders.values()
                    if o.success_time is not None and china_now(o.success_time).date() == day
                ),
                key=lambda o: o.success_time or 0.0,
            )

    def refunded_on(self, day: dt.date) -> list[Refund]:
        with self.lock:
            return sorted(
                (
                    r
                    for r in self._refunds.values()
                    if r.success_time is not None and china_now(r.success_time).date() == day
                ),
                key=lambda r: r.success_time or 0.0,
            )
