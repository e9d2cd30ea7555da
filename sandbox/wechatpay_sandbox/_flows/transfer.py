"""资金应用∙转账∙用户确认模式: a merchant transfers money to a user, who confirms it (tag ``transfer_bills``).

Bill states (``state``, the values of the official pages and of ``spec/paths/transfer_bills.yaml``):
create answers ``WAIT_USER_CONFIRM`` with a ``package_info`` for the client's confirmation page
(WeChat Pay passes ``ACCEPTED`` and ``PROCESSING`` first; *sandbox*: the funds are locked at once).
The user confirms (:meth:`TransferFlow.user_confirms`, the client's ``wx.requestMerchantTransfer``):
``TRANSFERING``, then ``SUCCESS`` (or ``FAIL``, e.g. ``NAME_NOT_CORRECT`` when the bill carries a
``user_name`` that is not the user's real name). A bill not confirmed within 24 hours ends ``FAIL``
with ``OVERDUE_CLOSE`` (spec description; the fail reason is in the notification's documented
list). Cancel before the user confirmed: ``CANCELING`` in the answer, ``CANCELLED`` once WeChat Pay
has returned the money (:meth:`TransferFlow.finish_cancel`). Every final state (``SUCCESS``,
``FAIL``, ``CANCELLED``) is sent as ``MCHTRANSFER.BILL.FINISHED`` (original_type ``mch_payment``,
resource ``TransferBillNotificationResource``) to the bill's ``notify_url`` when one was given.

Rules and codes (documented by WeChat Pay unless marked *sandbox*):

- Create again with the same ``out_bill_no`` and identical parameters (``user_name`` compared in
  plaintext, since every encryption differs): the same bill (same ``transfer_bill_no``) in its
  current state (the pages: "resend only with the same out_bill_no and identical parameters").
  Different parameters: ``400 INVALID_REQUEST`` (the code WeChat Pay answers for a reused merchant
  number with other data on the transfer APIs; wording *sandbox*).
- ``user_name`` is required from 2,000 yuan (``transfer_amount >= 200000`` fen) upwards (official
  field description "转账金额>=2,000元时,必须传入该值"): ``400 PARAM_ERROR`` naming ``/user_name``
  (*sandbox* code).
- ``transfer_scene_id`` must be a scene the merchant was granted: *sandbox* every scene is granted
  unless :attr:`TransferFlow.granted_scenes` is set; another scene is ``403 NO_AUTH`` (WeChat
  Pay's generic "no permission" code).
- Query by ``out_bill_no`` or ``transfer_bill_no``, cancel: ``404 NOT_FOUND`` for an unknown bill
  (the code of WeChat Pay's transfer queries, "记录不存在"; *sandbox* for these exact pages, whose
  code tables were not readable). ``user_name`` is answered in plaintext here; the server
  encrypts it with the merchant's public key (``x-wechatpay-sensitive`` answer field).
- Cancel: ``ACCEPTED``/``PROCESSING``/``WAIT_USER_CONFIRM`` -> ``CANCELING``; a bill already
  ``CANCELING``/``CANCELLED`` answers its state again (*sandbox*); ``TRANSFERING``, ``SUCCESS`` or
  ``FAIL``: ``400 INVALID_REQUEST`` (the page: only "在用户确认收款之前"; code *sandbox*).
- The user's side: confirming works from ``WAIT_USER_CONFIRM`` and again from ``TRANSFERING``
  (the documented retry); any other state is ``400 INVALID_REQUEST`` (*sandbox*).

Not modelled: the no-confirmation authorisation operations, ``create_transfer_bill_with_authorization``,
``create_transfer_bill_by_authorization`` and the electronic receipts (synthesised answers), and the
merchant's balance (``403 NOT_ENOUGH``).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Mapping
from typing import Any, Final

import attrs

from .._constants import Code
from .._crypto import random_digits
from .._errors import SandboxError, canonical
from .._state import Event, rfc3339
from . import Flow, FlowContext, FlowRequest, route

ACCEPTED: Final = "ACCEPTED"
PROCESSING: Final = "PROCESSING"
WAIT_USER_CONFIRM: Final = "WAIT_USER_CONFIRM"
TRANSFERING: Final = "TRANSFERING"
SUCCESS: Final = "SUCCESS"
FAIL: Final = "FAIL"
CANCELING: Final = "CANCELING"
CANCELLED: Final = "CANCELLED"
FINAL_STATES: Final = frozenset({SUCCESS, FAIL, CANCELLED})
CANCELLABLE: Final = frozenset({ACCEPTED, PROCESSING, WAIT_USER_CONFIRM})

NOT_FOUND: Final = "NOT_FOUND"
NO_AUTH: Final = "NO_AUTH"

EVENT_TYPE: Final = "MCHTRANSFER.BILL.FINISHED"
ORIGINAL_TYPE: Final = "mch_payment"
SUMMARY: Final = "商家转账单据终态通知"

#: ``user_name`` is required from 2,000 yuan (200,000 fen) upwards.
USER_NAME_THRESHOLD: Final = 200_000
#: An unconfirmed bill is closed after about 24 hours (sandbox clock).
CONFIRM_WINDOW: Final = 24 * 3600.0

BASE: Final = "/v3/fund-app/mch-transfer/transfer-bills"
#: Operations that need an existing bill (see :meth:`TransferFlow.seed`).
SEEDED: Final = frozenset(
    {"query_transfer_bill_by_out_bill_no", "query_transfer_bill_by_transfer_bill_no", "cancel_transfer_bill"}
)


def _fingerprint(body: Mapping[str, Any], plain: Mapping[tuple[str, ...], str]) -> str:
    """A digest of the request with ``user_name`` in plaintext: equal for an identical resend."""
    comparable = dict(body)
    if ("user_name",) in plain:
        comparable["user_name"] = plain[("user_name",)]
    return hashlib.sha256(canonical(comparable).encode()).hexdigest()


@attrs.define
class TransferBill:
    """One transfer bill; ``user_name`` is the decrypted name the merchant sent (never printed)."""

    out_bill_no: str
    transfer_bill_no: str
    appid: str
    openid: str
    transfer_scene_id: str
    transfer_amount: int
    transfer_remark: str
    created_at: float
    fingerprint: str = attrs.field(repr=False)
    package_info: str = attrs.field(repr=False)
    notify_url: str | None = None
    user_name: str | None = attrs.field(default=None, repr=False)
    state: str = WAIT_USER_CONFIRM
    fail_reason: str | None = None
    updated_at: float = 0.0

    def create_answer(self) -> dict[str, Any]:
        """As ``TransferBillCreateResponse``."""
        out: dict[str, Any] = {
            "out_bill_no": self.out_bill_no,
            "transfer_bill_no": self.transfer_bill_no,
            "create_time": rfc3339(self.created_at),
            "state": self.state,
        }
        if self.state == WAIT_USER_CONFIRM:
            out["package_info"] = self.package_info
        if self.fail_reason is not None:
            out["fail_reason"] = self.fail_reason
        return out

    def to_json(self, mchid: str) -> dict[str, Any]:
        """As ``TransferBill`` (both queries); ``user_name`` in plaintext, the server encrypts it."""
        out: dict[str, Any] = {
            "mch_id": mchid,
            "out_bill_no": self.out_bill_no,
            "transfer_bill_no": self.transfer_bill_no,
            "appid": self.appid,
            "state": self.state,
            "transfer_amount": self.transfer_amount,
            "transfer_remark": self.transfer_remark,
            "openid": self.openid,
            "create_time": rfc3339(self.created_at),
            "update_time": rfc3339(self.updated_at or self.created_at),
        }
        if self.fail_reason is not None:
            out["fail_reason"] = self.fail_reason
        if self.user_name is not None:
            out["user_name"] = self.user_name
        return out

    def notification_json(self, mchid: str) -> dict[str, Any]:
        """As ``TransferBillNotificationResource`` (direct merchant: ``mch_id``)."""
        out: dict[str, Any] = {
            "mch_id": mchid,
            "out_bill_no": self.out_bill_no,
            "transfer_bill_no": self.transfer_bill_no,
            "state": self.state,
            "transfer_amount": self.transfer_amount,
            "openid": self.openid,
            "create_time": rfc3339(self.created_at),
            "update_time": rfc3339(self.updated_at or self.created_at),
        }
        if self.fail_reason is not None:
            out["fail_reason"] = self.fail_reason
        return out


class TransferFlow(Flow):
    """Transfer bills of the user-confirmation mode; the user's side is :meth:`user_confirms`."""

    name = "transfer"

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context)
        self._bills: dict[str, TransferBill] = {}
        self._by_transfer_bill_no: dict[str, str] = {}
        #: Scenes the merchant was granted; None (the default) grants every scene.
        self.granted_scenes: frozenset[str] | None = None

    # ------------------------------------------------------------ handlers
    @route("POST", BASE)
    def create(self, request: FlowRequest) -> dict[str, Any]:
        body: Mapping[str, Any] = request.body
        with self.lock:
            out_bill_no = str(body["out_bill_no"])
            fingerprint = _fingerprint(body, request.plain)
            existing = self._bills.get(out_bill_no)
            if existing is not None:
                self._expire(existing)
                if existing.fingerprint != fingerprint:
                    raise SandboxError(
                        400,
                        Code.INVALID_REQUEST,
                        "out_bill_no has already been used with other parameters; query the bill and compare, "
                        "resend only unchanged",
                    )
                return existing.create_answer()
            scene = str(body["transfer_scene_id"])
            if self.granted_scenes is not None and scene not in self.granted_scenes:
                raise SandboxError(403, NO_AUTH, f"transfer scene {scene} has not been granted to this merchant")
            amount = int(body["transfer_amount"])
            user_name = request.plain.get(("user_name",))
            if amount >= USER_NAME_THRESHOLD and user_name is None:
                raise SandboxError(
                    400,
                    Code.PARAM_ERROR,
                    "parameter error: /user_name is required when transfer_amount is 2,000 yuan or more",
                    {"field": "/user_name", "issue": "is required from 200000 fen upwards", "location": "body"},
                )
            bill = self._add(
                out_bill_no=out_bill_no,
                appid=str(body["appid"]),
                openid=str(body["openid"]),
                transfer_scene_id=scene,
                transfer_amount=amount,
                transfer_remark=str(body["transfer_remark"]),
                fingerprint=fingerprint,
                notify_url=None if body.get("notify_url") is None else str(body["notify_url"]),
                user_name=user_name,
            )
            return bill.create_answer()

    @route("GET", BASE + "/out-bill-no/{}")
    def query_by_out_bill_no(self, request: FlowRequest) -> dict[str, Any]:
        return self.bill(str(request.args[0])).to_json(self.context.mchid)

    @route("GET", BASE + "/transfer-bill-no/{}")
    def query_by_transfer_bill_no(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            out_bill_no = self._by_transfer_bill_no.get(str(request.args[0]))
            if out_bill_no is None:
                raise SandboxError(404, NOT_FOUND, "记录不存在 (no transfer bill with this transfer_bill_no)")
            return self.bill(out_bill_no).to_json(self.context.mchid)

    @route("POST", BASE + "/out-bill-no/{}/cancel")
    def cancel(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            bill = self.bill(str(request.args[0]))
            if bill.state in CANCELLABLE:
                bill.state = CANCELING
                bill.updated_at = self.context.clock()
            elif bill.state not in (CANCELING, CANCELLED):
                raise SandboxError(
                    400,
                    Code.INVALID_REQUEST,
                    f"the bill is {bill.state}; only a bill the user has not confirmed can be cancelled",
                )
            return {
                "out_bill_no": bill.out_bill_no,
                "transfer_bill_no": bill.transfer_bill_no,
                "state": bill.state,
                "update_time": rfc3339(bill.updated_at),
            }

    # ------------------------------------------------ the user's and WeChat Pay's side
    def bill(self, out_bill_no: str) -> TransferBill:
        """The bill (after a lapsed confirmation window has closed it); ``404 NOT_FOUND`` if unknown."""
        with self.lock:
            bill = self._bills.get(out_bill_no)
            if bill is None:
                raise SandboxError(404, NOT_FOUND, "记录不存在 (no transfer bill with this out_bill_no)")
            self._expire(bill)
            return bill

    def bills(self) -> list[TransferBill]:
        with self.lock:
            for bill in self._bills.values():
                self._expire(bill)
            return list(self._bills.values())

    def user_confirms(
        self,
        out_bill_no: str,
        *,
        package_info: str | None = None,
        real_name: str | None = None,
        settle: bool = True,
    ) -> TransferBill:
        """The user accepts the money on the confirmation page: ``TRANSFERING``, then (``settle``) final.

        ``package_info``, when given, must be the bill's (what the client passed to
        ``wx.requestMerchantTransfer``). ``real_name``, when given and the bill carries a
        ``user_name``, is the user's real name: a mismatch ends the bill ``FAIL``
        (``NAME_NOT_CORRECT``). With ``settle=False`` the bill stays ``TRANSFERING`` until
        :meth:`settle`.
        """
        with self.lock:
            bill = self.bill(out_bill_no)
            if package_info is not None and package_info != bill.package_info:
                raise SandboxError(400, Code.INVALID_REQUEST, "package_info is not the package of this bill")
            if bill.state not in (WAIT_USER_CONFIRM, TRANSFERING):
                raise SandboxError(
                    400, Code.INVALID_REQUEST, f"the bill is {bill.state}; it cannot be confirmed by the user"
                )
            bill.state = TRANSFERING
            bill.updated_at = self.context.clock()
            if real_name is not None and bill.user_name is not None and real_name != bill.user_name:
                return self._finish(bill, FAIL, "NAME_NOT_CORRECT")
            if settle:
                return self._finish(bill, SUCCESS)
            return bill

    def settle(self, out_bill_no: str, *, fail_reason: str | None = None) -> TransferBill:
        """WeChat Pay completes a ``TRANSFERING`` bill: ``SUCCESS``, or ``FAIL`` with ``fail_reason``."""
        with self.lock:
            bill = self.bill(out_bill_no)
            if bill.state != TRANSFERING:
                raise SandboxError(400, Code.INVALID_REQUEST, f"the bill is {bill.state}, not TRANSFERING")
            return self._finish(bill, SUCCESS if fail_reason is None else FAIL, fail_reason)

    def finish_cancel(self, out_bill_no: str) -> TransferBill:
        """WeChat Pay has returned the money of a ``CANCELING`` bill: ``CANCELLED``."""
        with self.lock:
            bill = self.bill(out_bill_no)
            if bill.state != CANCELING:
                raise SandboxError(400, Code.INVALID_REQUEST, f"the bill is {bill.state}, not CANCELING")
            return self._finish(bill, CANCELLED)

    def seed(self, operation_id: str, notify_url: str) -> dict[str, Any] | None:
        """A fresh ``WAIT_USER_CONFIRM`` bill for the queries and the cancel; a new number for create."""
        fresh = "SEED" + secrets.token_hex(12).upper()
        if operation_id == "create_transfer_bill":
            return {"body": {"out_bill_no": fresh}}
        if operation_id not in SEEDED:
            return None
        with self.lock:
            bill = self._add(
                out_bill_no=fresh,
                appid="wxd678efh567hg6787",
                openid="o" + secrets.token_hex(14),
                transfer_scene_id="1000",
                transfer_amount=100,
                transfer_remark="sandbox seed",
                fingerprint="",
                notify_url=notify_url,
                user_name=None,
            )
        if operation_id == "query_transfer_bill_by_transfer_bill_no":
            return {"path": {"transfer_bill_no": bill.transfer_bill_no}}
        return {"path": {"out_bill_no": bill.out_bill_no}}

    # ------------------------------------------------------------ internals
    def _add(
        self,
        *,
        out_bill_no: str,
        appid: str,
        openid: str,
        transfer_scene_id: str,
        transfer_amount: int,
        transfer_remark: str,
        fingerprint: str,
        notify_url: str | None,
        user_name: str | None,
    ) -> TransferBill:
        """Record a new ``WAIT_USER_CONFIRM`` bill; the caller holds the lock."""
        now = self.context.clock()
        bill = TransferBill(
            out_bill_no=out_bill_no,
            transfer_bill_no="1330" + random_digits(36),
            appid=appid,
            openid=openid,
            transfer_scene_id=transfer_scene_id,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            created_at=now,
            updated_at=now,
            fingerprint=fingerprint,
            package_info=base64.b64encode(b"\x00\x14" + secrets.token_bytes(70)).decode(),
            notify_url=notify_url,
            user_name=user_name,
        )
        self._bills[out_bill_no] = bill
        self._by_transfer_bill_no[bill.transfer_bill_no] = out_bill_no
        return bill

    def _finish(self, bill: TransferBill, state: str, fail_reason: str | None = None) -> TransferBill:
        """Move to a final state and send MCHTRANSFER.BILL.FINISHED; the caller holds the lock."""
        bill.state = state
        bill.fail_reason = fail_reason
        bill.updated_at = self.context.clock()
        if bill.notify_url:
            self.context.emit(
                Event(EVENT_TYPE, bill.notify_url, ORIGINAL_TYPE, SUMMARY, bill.notification_json(self.context.mchid))
            )
        return bill

    def _expire(self, bill: TransferBill) -> None:
        if bill.state in CANCELLABLE and self.context.clock() > bill.created_at + CONFIRM_WINDOW:
            self._finish(bill, FAIL, "OVERDUE_CLOSE")


FLOW = TransferFlow
