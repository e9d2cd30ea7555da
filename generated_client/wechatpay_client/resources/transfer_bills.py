# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``transfer_bills`` tag: one method per operation of ``api/transfer_bills/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.transfer_authorization import TransferAuthorization
    from ..models.transfer_authorization_apply_request import TransferAuthorizationApplyRequest
    from ..models.transfer_authorization_apply_response import TransferAuthorizationApplyResponse
    from ..models.transfer_bill import TransferBill
    from ..models.transfer_bill_by_authorization_request import TransferBillByAuthorizationRequest
    from ..models.transfer_bill_cancel_response import TransferBillCancelResponse
    from ..models.transfer_bill_create_request import TransferBillCreateRequest
    from ..models.transfer_bill_create_response import TransferBillCreateResponse
    from ..models.transfer_bill_receipt import TransferBillReceipt
    from ..models.transfer_bill_receipt_apply_by_out_bill_no_request import TransferBillReceiptApplyByOutBillNoRequest
    from ..models.transfer_bill_receipt_apply_by_transfer_bill_no_request import (
        TransferBillReceiptApplyByTransferBillNoRequest,
    )
    from ..models.transfer_bill_receipt_apply_response import TransferBillReceiptApplyResponse
    from ..models.transfer_bill_with_authorization_request import TransferBillWithAuthorizationRequest
    from ..models.transfer_bill_with_authorization_response import TransferBillWithAuthorizationResponse
    from ..types import File, Response, Unset


class TransferBillsResource(SyncResource):
    """``transfer_bills`` (typed results).

    资金应用∙转账∙用户确认模式 — merchant transfers to a user's WeChat balance that the user
    confirms: create, query and cancel transfer bills, the no-confirmation authorisation flows,
    electronic receipts and their download. Paths under `/v3/fund-app/mch-transfer/` and
    `/v3/transferdownload/elecvoucherfile`.
    """

    __slots__ = ()

    def apply_transfer_authorization(
        self, *, body: TransferAuthorizationApplyRequest | Mapping[str, Any]
    ) -> TransferAuthorizationApplyResponse:
        """发起免确认收款授权

        申请免确认收款授权 — asks a user to let the merchant pay them later without a
        confirmation page each time. The answer (`state: WAIT_USER_CONFIRM`) carries
        `package_info` for the client to open the authorisation page; the user has 24 hours,
        after which a new `out_authorization_no` is needed. One user account can have only one
        authorisation in force per merchant. The result goes to `authorization_notify_url`
        (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`; see `TransferAuthorizationNotificationResource`).
        Limited to 50 calls per second per merchant. After an unclear outcome, read it with
        `query_transfer_authorization`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015901167

        Operation: ``apply_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization); function: ``api.transfer_bills.apply_transfer_authorization``.
        """
        from ..api.transfer_bills import apply_transfer_authorization as _op

        return self._invoker.call(_op.sync, body=body)

    def apply_transfer_bill_receipt_by_out_bill_no(
        self, *, body: TransferBillReceiptApplyByOutBillNoRequest | Mapping[str, Any]
    ) -> TransferBillReceiptApplyResponse:
        """商户单号申请电子回单

        商户单号申请电子回单 — asks for the electronic receipt (电子回单) of a transfer bill, named by
        the merchant's `out_bill_no`. WeChat Pay first checks that the bill qualifies, then
        produces the file in the background; follow it with
        `query_transfer_bill_receipt_by_out_bill_no`, which also settles an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716452

        Operation: ``apply_transfer_bill_receipt_by_out_bill_no`` (POST /v3/fund-app/mch-transfer/elecsign/out-bill-no); function: ``api.transfer_bills.apply_transfer_bill_receipt_by_out_bill_no``.
        """
        from ..api.transfer_bills import apply_transfer_bill_receipt_by_out_bill_no as _op

        return self._invoker.call(_op.sync, body=body)

    def apply_transfer_bill_receipt_by_transfer_bill_no(
        self, *, body: TransferBillReceiptApplyByTransferBillNoRequest | Mapping[str, Any]
    ) -> TransferBillReceiptApplyResponse:
        """微信单号申请电子回单

        微信单号申请电子回单 — asks for the electronic receipt of a transfer bill named by
        WeChat Pay's `transfer_bill_no`; otherwise as `apply_transfer_bill_receipt_by_out_bill_no`.
        Follow it, and settle an unclear outcome, with
        `query_transfer_bill_receipt_by_transfer_bill_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716456

        Operation: ``apply_transfer_bill_receipt_by_transfer_bill_no`` (POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no); function: ``api.transfer_bills.apply_transfer_bill_receipt_by_transfer_bill_no``.
        """
        from ..api.transfer_bills import apply_transfer_bill_receipt_by_transfer_bill_no as _op

        return self._invoker.call(_op.sync, body=body)

    def cancel_transfer_bill(self, out_bill_no: str) -> TransferBillCancelResponse:
        """撤销转账

        撤销转账 — withdraws a transfer that the user has not yet accepted. Success only means
        the cancellation was taken on (`state: CANCELING`); the refund to the merchant happens
        later, and the bill ends as `CANCELLED` (also notified as `MCHTRANSFER.BILL.FINISHED`).
        No request body is needed. After an unclear outcome, read the bill with
        `query_transfer_bill_by_out_bill_no` before trying again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716458

        Operation: ``cancel_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel); function: ``api.transfer_bills.cancel_transfer_bill``.
        """
        from ..api.transfer_bills import cancel_transfer_bill as _op

        return self._invoker.call(_op.sync, out_bill_no=out_bill_no)

    def close_transfer_authorization(self, out_authorization_no: str) -> TransferAuthorization:
        """解除免确认收款授权

        解除免确认收款授权 — ends a no-confirmation authorisation from the merchant's side; the
        answer shows it `CLOSED` with `close_reason: CLOSE_VIA_MCH_API`, and later transfers to
        that user need confirmation again. Limited to 50 calls per second per merchant. After an
        unclear outcome, read it with `query_transfer_authorization`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015653811

        Operation: ``close_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close); function: ``api.transfer_bills.close_transfer_authorization``.
        """
        from ..api.transfer_bills import close_transfer_authorization as _op

        return self._invoker.call(_op.sync, out_authorization_no=out_authorization_no)

    def create_transfer_bill(
        self, *, body: TransferBillCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferBillCreateResponse:
        """发起转账

        发起转账 — creates a transfer bill that moves money from the merchant to one user
        (`openid` under `appid`). In this mode the user normally has to accept the money: when
        the answer says `state: WAIT_USER_CONFIRM`, hand `package_info` to the client
        (`wx.requestMerchantTransfer` and its equivalents) so that the user can confirm.

        - `transfer_scene_id` must be a scene the merchant has been granted, and
          `transfer_scene_report_infos` must carry exactly the `info_type` entries that scene
          asks for (fixed Chinese labels such as 活动名称 / 奖励说明).
        - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. It is needed from 2,000 yuan upwards, and WeChat Pay checks it
          against the user's real name.
        - The final result (`SUCCESS`, `FAIL` or `CANCELLED`) is sent to `notify_url` as
          `MCHTRANSFER.BILL.FINISHED` (see `TransferBillNotificationResource`); an unconfirmed
          bill is closed and refunded after about 24 hours.
        - An error answer does not mean that no bill exists. After a timeout, a 5XX or an unknown
          error, look the bill up with `query_transfer_bill_by_out_bill_no` and resend only with
          the same `out_bill_no` and identical parameters; a new `out_bill_no` could pay twice.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716434

        Operation: ``create_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-bills); function: ``api.transfer_bills.create_transfer_bill``.
        """
        from ..api.transfer_bills import create_transfer_bill as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_transfer_bill_by_authorization(
        self, *, body: TransferBillByAuthorizationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferBill:
        """用户授权后转账

        用户授权后转账 — pays a user who has granted the merchant a no-confirmation
        authorisation (state `TAKING_EFFECT`): name the authorisation by `authorization_id` or
        `out_authorization_no`. The money goes to the user without a confirmation page, so
        the answer carries no `package_info`; the outcome is notified as
        `MCHTRANSFER.BILL.FINISHED`.

        - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`.
        - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
          resend only with the same `out_bill_no` and identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399371

        Operation: ``create_transfer_bill_by_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/transfer); function: ``api.transfer_bills.create_transfer_bill_by_authorization``.
        """
        from ..api.transfer_bills import create_transfer_bill_by_authorization as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_transfer_bill_with_authorization(
        self, *, body: TransferBillWithAuthorizationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferBillWithAuthorizationResponse:
        """发起转账并完成免确认收款授权

        发起转账并完成自动收款授权 — creates a transfer bill like `create_transfer_bill` and, when
        `authorization_info` is given, also asks the user, on the same confirmation page, to
        allow later transfers without confirmation (免确认收款授权). Only when the user both
        accepts the money and agrees does the authorisation come into force; its result goes to
        `authorization_info.authorization_notify_url` (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`,
        see `TransferAuthorizationNotificationResource`).

        - The official page makes `openid` optional when `authorization_info` is given.
        - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`.
        - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
          resend only with the same `out_bill_no` and identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399293

        Operation: ``create_transfer_bill_with_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization); function: ``api.transfer_bills.create_transfer_bill_with_authorization``.
        """
        from ..api.transfer_bills import create_transfer_bill_with_authorization as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def download_transfer_bill_receipt(self, *, token: str, source: str) -> File:
        """下载电子回单API

        下载电子回单API — fetches the PDF of a finished transfer-bill receipt from the
        `download_url` that `query_transfer_bill_receipt_by_out_bill_no` or
        `query_transfer_bill_receipt_by_transfer_bill_no` returned: pass its `token` and
        `source` query values unchanged. The host, path and query of `download_url` may change,
        so prefer taking them from the URL rather than building them.

        - The request is signed like any GET.
        - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
          false`): compute the digest named by `hash_type` (`SHA256` or `SM3`) of the file and
          compare it with the signed `hash_value` before using the file.
        - The address is valid for 10 minutes. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716436

        Operation: ``download_transfer_bill_receipt`` (GET /v3/transferdownload/elecvoucherfile); function: ``api.transfer_bills.download_transfer_bill_receipt``.
        """
        from ..api.transfer_bills import download_transfer_bill_receipt as _op

        return self._invoker.call(_op.sync, token=token, source=source)

    def query_transfer_authorization(
        self, out_authorization_no: str, *, is_display_authorization: bool | Unset = UNSET
    ) -> TransferAuthorization:
        """商户单号查询自动收款授权

        商户单号查询自动收款授权 — reads a no-confirmation authorisation by the merchant's
        `out_authorization_no`: whether it waits for the user, is in force (`TAKING_EFFECT`) or
        is closed (with `close_info`). It settles an unclear outcome of
        `apply_transfer_authorization` and `close_transfer_authorization`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399423

        Operation: ``query_transfer_authorization`` (GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}); function: ``api.transfer_bills.query_transfer_authorization``.
        """
        from ..api.transfer_bills import query_transfer_authorization as _op

        return self._invoker.call(
            _op.sync, out_authorization_no=out_authorization_no, is_display_authorization=is_display_authorization
        )

    def query_transfer_bill_by_out_bill_no(self, out_bill_no: str) -> TransferBill:
        """商户单号查询转账单

        商户单号查询转账单 — reads a transfer bill by the merchant's `out_bill_no`. This is the
        lookup that settles an unclear outcome of `create_transfer_bill`,
        `create_transfer_bill_with_authorization`, `create_transfer_bill_by_authorization` and
        `cancel_transfer_bill`, and the way to follow a bill to a final `state`. Only bills of
        the last 30 days can be read; older ones are in the fund-flow bill. `user_name`, when
        present, is encrypted with the merchant's own key. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716437

        Operation: ``query_transfer_bill_by_out_bill_no`` (GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}); function: ``api.transfer_bills.query_transfer_bill_by_out_bill_no``.
        """
        from ..api.transfer_bills import query_transfer_bill_by_out_bill_no as _op

        return self._invoker.call(_op.sync, out_bill_no=out_bill_no)

    def query_transfer_bill_by_transfer_bill_no(self, transfer_bill_no: str) -> TransferBill:
        """微信转账单号查询转账单

        微信转账单号查询转账单 — reads a transfer bill by the number WeChat Pay gave it
        (`transfer_bill_no`). Same answer as `query_transfer_bill_by_out_bill_no`; only bills of
        the last 30 days can be read. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716457

        Operation: ``query_transfer_bill_by_transfer_bill_no`` (GET /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}); function: ``api.transfer_bills.query_transfer_bill_by_transfer_bill_no``.
        """
        from ..api.transfer_bills import query_transfer_bill_by_transfer_bill_no as _op

        return self._invoker.call(_op.sync, transfer_bill_no=transfer_bill_no)

    def query_transfer_bill_receipt_by_out_bill_no(self, out_bill_no: str) -> TransferBillReceipt:
        """商户单号查询电子回单

        商户单号查询电子回单 — reads the progress of a receipt request by `out_bill_no`. When
        `state` is `FINISHED`, fetch the file from `download_url` with
        `download_transfer_bill_receipt` within 10 minutes (call this query again for a fresh
        address; no new request is needed), then compare the file's digest with `hash_value`
        (`hash_type` `SHA256` or `SM3`), because the download itself is not signed. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716436

        Operation: ``query_transfer_bill_receipt_by_out_bill_no`` (GET /v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}); function: ``api.transfer_bills.query_transfer_bill_receipt_by_out_bill_no``.
        """
        from ..api.transfer_bills import query_transfer_bill_receipt_by_out_bill_no as _op

        return self._invoker.call(_op.sync, out_bill_no=out_bill_no)

    def query_transfer_bill_receipt_by_transfer_bill_no(self, transfer_bill_no: str) -> TransferBillReceipt:
        """微信单号查询电子回单

        微信单号查询电子回单 — reads the progress of a receipt request by `transfer_bill_no`;
        otherwise as `query_transfer_bill_receipt_by_out_bill_no` (download with
        `download_transfer_bill_receipt` within 10 minutes and check `hash_value`). Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716455

        Operation: ``query_transfer_bill_receipt_by_transfer_bill_no`` (GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}); function: ``api.transfer_bills.query_transfer_bill_receipt_by_transfer_bill_no``.
        """
        from ..api.transfer_bills import query_transfer_bill_receipt_by_transfer_bill_no as _op

        return self._invoker.call(_op.sync, transfer_bill_no=transfer_bill_no)


class AsyncTransferBillsResource(AsyncResource):
    """``transfer_bills`` (async, typed results).

    资金应用∙转账∙用户确认模式 — merchant transfers to a user's WeChat balance that the user
    confirms: create, query and cancel transfer bills, the no-confirmation authorisation flows,
    electronic receipts and their download. Paths under `/v3/fund-app/mch-transfer/` and
    `/v3/transferdownload/elecvoucherfile`.
    """

    __slots__ = ()

    async def apply_transfer_authorization(
        self, *, body: TransferAuthorizationApplyRequest | Mapping[str, Any]
    ) -> TransferAuthorizationApplyResponse:
        """发起免确认收款授权

        申请免确认收款授权 — asks a user to let the merchant pay them later without a
        confirmation page each time. The answer (`state: WAIT_USER_CONFIRM`) carries
        `package_info` for the client to open the authorisation page; the user has 24 hours,
        after which a new `out_authorization_no` is needed. One user account can have only one
        authorisation in force per merchant. The result goes to `authorization_notify_url`
        (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`; see `TransferAuthorizationNotificationResource`).
        Limited to 50 calls per second per merchant. After an unclear outcome, read it with
        `query_transfer_authorization`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015901167

        Operation: ``apply_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization); function: ``api.transfer_bills.apply_transfer_authorization``.
        """
        from ..api.transfer_bills import apply_transfer_authorization as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def apply_transfer_bill_receipt_by_out_bill_no(
        self, *, body: TransferBillReceiptApplyByOutBillNoRequest | Mapping[str, Any]
    ) -> TransferBillReceiptApplyResponse:
        """商户单号申请电子回单

        商户单号申请电子回单 — asks for the electronic receipt (电子回单) of a transfer bill, named by
        the merchant's `out_bill_no`. WeChat Pay first checks that the bill qualifies, then
        produces the file in the background; follow it with
        `query_transfer_bill_receipt_by_out_bill_no`, which also settles an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716452

        Operation: ``apply_transfer_bill_receipt_by_out_bill_no`` (POST /v3/fund-app/mch-transfer/elecsign/out-bill-no); function: ``api.transfer_bills.apply_transfer_bill_receipt_by_out_bill_no``.
        """
        from ..api.transfer_bills import apply_transfer_bill_receipt_by_out_bill_no as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def apply_transfer_bill_receipt_by_transfer_bill_no(
        self, *, body: TransferBillReceiptApplyByTransferBillNoRequest | Mapping[str, Any]
    ) -> TransferBillReceiptApplyResponse:
        """微信单号申请电子回单

        微信单号申请电子回单 — asks for the electronic receipt of a transfer bill named by
        WeChat Pay's `transfer_bill_no`; otherwise as `apply_transfer_bill_receipt_by_out_bill_no`.
        Follow it, and settle an unclear outcome, with
        `query_transfer_bill_receipt_by_transfer_bill_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716456

        Operation: ``apply_transfer_bill_receipt_by_transfer_bill_no`` (POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no); function: ``api.transfer_bills.apply_transfer_bill_receipt_by_transfer_bill_no``.
        """
        from ..api.transfer_bills import apply_transfer_bill_receipt_by_transfer_bill_no as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def cancel_transfer_bill(self, out_bill_no: str) -> TransferBillCancelResponse:
        """撤销转账

        撤销转账 — withdraws a transfer that the user has not yet accepted. Success only means
        the cancellation was taken on (`state: CANCELING`); the refund to the merchant happens
        later, and the bill ends as `CANCELLED` (also notified as `MCHTRANSFER.BILL.FINISHED`).
        No request body is needed. After an unclear outcome, read the bill with
        `query_transfer_bill_by_out_bill_no` before trying again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716458

        Operation: ``cancel_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel); function: ``api.transfer_bills.cancel_transfer_bill``.
        """
        from ..api.transfer_bills import cancel_transfer_bill as _op

        return await self._invoker.call(_op.asyncio, out_bill_no=out_bill_no)

    async def close_transfer_authorization(self, out_authorization_no: str) -> TransferAuthorization:
        """解除免确认收款授权

        解除免确认收款授权 — ends a no-confirmation authorisation from the merchant's side; the
        answer shows it `CLOSED` with `close_reason: CLOSE_VIA_MCH_API`, and later transfers to
        that user need confirmation again. Limited to 50 calls per second per merchant. After an
        unclear outcome, read it with `query_transfer_authorization`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015653811

        Operation: ``close_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close); function: ``api.transfer_bills.close_transfer_authorization``.
        """
        from ..api.transfer_bills import close_transfer_authorization as _op

        return await self._invoker.call(_op.asyncio, out_authorization_no=out_authorization_no)

    async def create_transfer_bill(
        self, *, body: TransferBillCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferBillCreateResponse:
        """发起转账

        发起转账 — creates a transfer bill that moves money from the merchant to one user
        (`openid` under `appid`). In this mode the user normally has to accept the money: when
        the answer says `state: WAIT_USER_CONFIRM`, hand `package_info` to the client
        (`wx.requestMerchantTransfer` and its equivalents) so that the user can confirm.

        - `transfer_scene_id` must be a scene the merchant has been granted, and
          `transfer_scene_report_infos` must carry exactly the `info_type` entries that scene
          asks for (fixed Chinese labels such as 活动名称 / 奖励说明).
        - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. It is needed from 2,000 yuan upwards, and WeChat Pay checks it
          against the user's real name.
        - The final result (`SUCCESS`, `FAIL` or `CANCELLED`) is sent to `notify_url` as
          `MCHTRANSFER.BILL.FINISHED` (see `TransferBillNotificationResource`); an unconfirmed
          bill is closed and refunded after about 24 hours.
        - An error answer does not mean that no bill exists. After a timeout, a 5XX or an unknown
          error, look the bill up with `query_transfer_bill_by_out_bill_no` and resend only with
          the same `out_bill_no` and identical parameters; a new `out_bill_no` could pay twice.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716434

        Operation: ``create_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-bills); function: ``api.transfer_bills.create_transfer_bill``.
        """
        from ..api.transfer_bills import create_transfer_bill as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_transfer_bill_by_authorization(
        self, *, body: TransferBillByAuthorizationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferBill:
        """用户授权后转账

        用户授权后转账 — pays a user who has granted the merchant a no-confirmation
        authorisation (state `TAKING_EFFECT`): name the authorisation by `authorization_id` or
        `out_authorization_no`. The money goes to the user without a confirmation page, so
        the answer carries no `package_info`; the outcome is notified as
        `MCHTRANSFER.BILL.FINISHED`.

        - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`.
        - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
          resend only with the same `out_bill_no` and identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399371

        Operation: ``create_transfer_bill_by_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/transfer); function: ``api.transfer_bills.create_transfer_bill_by_authorization``.
        """
        from ..api.transfer_bills import create_transfer_bill_by_authorization as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_transfer_bill_with_authorization(
        self, *, body: TransferBillWithAuthorizationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferBillWithAuthorizationResponse:
        """发起转账并完成免确认收款授权

        发起转账并完成自动收款授权 — creates a transfer bill like `create_transfer_bill` and, when
        `authorization_info` is given, also asks the user, on the same confirmation page, to
        allow later transfers without confirmation (免确认收款授权). Only when the user both
        accepts the money and agrees does the authorisation come into force; its result goes to
        `authorization_info.authorization_notify_url` (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`,
        see `TransferAuthorizationNotificationResource`).

        - The official page makes `openid` optional when `authorization_info` is given.
        - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`.
        - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
          resend only with the same `out_bill_no` and identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399293

        Operation: ``create_transfer_bill_with_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization); function: ``api.transfer_bills.create_transfer_bill_with_authorization``.
        """
        from ..api.transfer_bills import create_transfer_bill_with_authorization as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def download_transfer_bill_receipt(self, *, token: str, source: str) -> File:
        """下载电子回单API

        下载电子回单API — fetches the PDF of a finished transfer-bill receipt from the
        `download_url` that `query_transfer_bill_receipt_by_out_bill_no` or
        `query_transfer_bill_receipt_by_transfer_bill_no` returned: pass its `token` and
        `source` query values unchanged. The host, path and query of `download_url` may change,
        so prefer taking them from the URL rather than building them.

        - The request is signed like any GET.
        - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
          false`): compute the digest named by `hash_type` (`SHA256` or `SM3`) of the file and
          compare it with the signed `hash_value` before using the file.
        - The address is valid for 10 minutes. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716436

        Operation: ``download_transfer_bill_receipt`` (GET /v3/transferdownload/elecvoucherfile); function: ``api.transfer_bills.download_transfer_bill_receipt``.
        """
        from ..api.transfer_bills import download_transfer_bill_receipt as _op

        return await self._invoker.call(_op.asyncio, token=token, source=source)

    async def query_transfer_authorization(
        self, out_authorization_no: str, *, is_display_authorization: bool | Unset = UNSET
    ) -> TransferAuthorization:
        """商户单号查询自动收款授权

        商户单号查询自动收款授权 — reads a no-confirmation authorisation by the merchant's
        `out_authorization_no`: whether it waits for the user, is in force (`TAKING_EFFECT`) or
        is closed (with `close_info`). It settles an unclear outcome of
        `apply_transfer_authorization` and `close_transfer_authorization`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399423

        Operation: ``query_transfer_authorization`` (GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}); function: ``api.transfer_bills.query_transfer_authorization``.
        """
        from ..api.transfer_bills import query_transfer_authorization as _op

        return await self._invoker.call(
            _op.asyncio, out_authorization_no=out_authorization_no, is_display_authorization=is_display_authorization
        )

    async def query_transfer_bill_by_out_bill_no(self, out_bill_no: str) -> TransferBill:
        """商户单号查询转账单

        商户单号查询转账单 — reads a transfer bill by the merchant's `out_bill_no`. This is the
        lookup that settles an unclear outcome of `create_transfer_bill`,
        `create_transfer_bill_with_authorization`, `create_transfer_bill_by_authorization` and
        `cancel_transfer_bill`, and the way to follow a bill to a final `state`. Only bills of
        the last 30 days can be read; older ones are in the fund-flow bill. `user_name`, when
        present, is encrypted with the merchant's own key. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716437

        Operation: ``query_transfer_bill_by_out_bill_no`` (GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}); function: ``api.transfer_bills.query_transfer_bill_by_out_bill_no``.
        """
        from ..api.transfer_bills import query_transfer_bill_by_out_bill_no as _op

        return await self._invoker.call(_op.asyncio, out_bill_no=out_bill_no)

    async def query_transfer_bill_by_transfer_bill_no(self, transfer_bill_no: str) -> TransferBill:
        """微信转账单号查询转账单

        微信转账单号查询转账单 — reads a transfer bill by the number WeChat Pay gave it
        (`transfer_bill_no`). Same answer as `query_transfer_bill_by_out_bill_no`; only bills of
        the last 30 days can be read. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716457

        Operation: ``query_transfer_bill_by_transfer_bill_no`` (GET /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}); function: ``api.transfer_bills.query_transfer_bill_by_transfer_bill_no``.
        """
        from ..api.transfer_bills import query_transfer_bill_by_transfer_bill_no as _op

        return await self._invoker.call(_op.asyncio, transfer_bill_no=transfer_bill_no)

    async def query_transfer_bill_receipt_by_out_bill_no(self, out_bill_no: str) -> TransferBillReceipt:
        """商户单号查询电子回单

        商户单号查询电子回单 — reads the progress of a receipt request by `out_bill_no`. When
        `state` is `FINISHED`, fetch the file from `download_url` with
        `download_transfer_bill_receipt` within 10 minutes (call this query again for a fresh
        address; no new request is needed), then compare the file's digest with `hash_value`
        (`hash_type` `SHA256` or `SM3`), because the download itself is not signed. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716436

        Operation: ``query_transfer_bill_receipt_by_out_bill_no`` (GET /v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}); function: ``api.transfer_bills.query_transfer_bill_receipt_by_out_bill_no``.
        """
        from ..api.transfer_bills import query_transfer_bill_receipt_by_out_bill_no as _op

        return await self._invoker.call(_op.asyncio, out_bill_no=out_bill_no)

    async def query_transfer_bill_receipt_by_transfer_bill_no(self, transfer_bill_no: str) -> TransferBillReceipt:
        """微信单号查询电子回单

        微信单号查询电子回单 — reads the progress of a receipt request by `transfer_bill_no`;
        otherwise as `query_transfer_bill_receipt_by_out_bill_no` (download with
        `download_transfer_bill_receipt` within 10 minutes and check `hash_value`). Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716455

        Operation: ``query_transfer_bill_receipt_by_transfer_bill_no`` (GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}); function: ``api.transfer_bills.query_transfer_bill_receipt_by_transfer_bill_no``.
        """
        from ..api.transfer_bills import query_transfer_bill_receipt_by_transfer_bill_no as _op

        return await self._invoker.call(_op.asyncio, transfer_bill_no=transfer_bill_no)


class TransferBillsResourceWithRawResponse(SyncResource):
    """``transfer_bills`` (raw responses).

    资金应用∙转账∙用户确认模式 — merchant transfers to a user's WeChat balance that the user
    confirms: create, query and cancel transfer bills, the no-confirmation authorisation flows,
    electronic receipts and their download. Paths under `/v3/fund-app/mch-transfer/` and
    `/v3/transferdownload/elecvoucherfile`.
    """

    __slots__ = ()

    def apply_transfer_authorization(
        self, *, body: TransferAuthorizationApplyRequest | Mapping[str, Any]
    ) -> Response[TransferAuthorizationApplyResponse]:
        """``apply_transfer_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起免确认收款授权
        """
        from ..api.transfer_bills import apply_transfer_authorization as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def apply_transfer_bill_receipt_by_out_bill_no(
        self, *, body: TransferBillReceiptApplyByOutBillNoRequest | Mapping[str, Any]
    ) -> Response[TransferBillReceiptApplyResponse]:
        """``apply_transfer_bill_receipt_by_out_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户单号申请电子回单
        """
        from ..api.transfer_bills import apply_transfer_bill_receipt_by_out_bill_no as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def apply_transfer_bill_receipt_by_transfer_bill_no(
        self, *, body: TransferBillReceiptApplyByTransferBillNoRequest | Mapping[str, Any]
    ) -> Response[TransferBillReceiptApplyResponse]:
        """``apply_transfer_bill_receipt_by_transfer_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信单号申请电子回单
        """
        from ..api.transfer_bills import apply_transfer_bill_receipt_by_transfer_bill_no as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def cancel_transfer_bill(self, out_bill_no: str) -> Response[TransferBillCancelResponse]:
        """``cancel_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销转账
        """
        from ..api.transfer_bills import cancel_transfer_bill as _op

        return self._invoker.call(_op.sync_detailed, out_bill_no=out_bill_no)

    def close_transfer_authorization(self, out_authorization_no: str) -> Response[TransferAuthorization]:
        """``close_transfer_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解除免确认收款授权
        """
        from ..api.transfer_bills import close_transfer_authorization as _op

        return self._invoker.call(_op.sync_detailed, out_authorization_no=out_authorization_no)

    def create_transfer_bill(
        self, *, body: TransferBillCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferBillCreateResponse]:
        """``create_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起转账
        """
        from ..api.transfer_bills import create_transfer_bill as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_transfer_bill_by_authorization(
        self, *, body: TransferBillByAuthorizationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferBill]:
        """``create_transfer_bill_by_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        用户授权后转账
        """
        from ..api.transfer_bills import create_transfer_bill_by_authorization as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_transfer_bill_with_authorization(
        self, *, body: TransferBillWithAuthorizationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferBillWithAuthorizationResponse]:
        """``create_transfer_bill_with_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起转账并完成免确认收款授权
        """
        from ..api.transfer_bills import create_transfer_bill_with_authorization as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def download_transfer_bill_receipt(self, *, token: str, source: str) -> Response[File]:
        """``download_transfer_bill_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载电子回单API
        """
        from ..api.transfer_bills import download_transfer_bill_receipt as _op

        return self._invoker.call(_op.sync_detailed, token=token, source=source)

    def query_transfer_authorization(
        self, out_authorization_no: str, *, is_display_authorization: bool | Unset = UNSET
    ) -> Response[TransferAuthorization]:
        """``query_transfer_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户单号查询自动收款授权
        """
        from ..api.transfer_bills import query_transfer_authorization as _op

        return self._invoker.call(
            _op.sync_detailed,
            out_authorization_no=out_authorization_no,
            is_display_authorization=is_display_authorization,
        )

    def query_transfer_bill_by_out_bill_no(self, out_bill_no: str) -> Response[TransferBill]:
        """``query_transfer_bill_by_out_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户单号查询转账单
        """
        from ..api.transfer_bills import query_transfer_bill_by_out_bill_no as _op

        return self._invoker.call(_op.sync_detailed, out_bill_no=out_bill_no)

    def query_transfer_bill_by_transfer_bill_no(self, transfer_bill_no: str) -> Response[TransferBill]:
        """``query_transfer_bill_by_transfer_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信转账单号查询转账单
        """
        from ..api.transfer_bills import query_transfer_bill_by_transfer_bill_no as _op

        return self._invoker.call(_op.sync_detailed, transfer_bill_no=transfer_bill_no)

    def query_transfer_bill_receipt_by_out_bill_no(self, out_bill_no: str) -> Response[TransferBillReceipt]:
        """``query_transfer_bill_receipt_by_out_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户单号查询电子回单
        """
        from ..api.transfer_bills import query_transfer_bill_receipt_by_out_bill_no as _op

        return self._invoker.call(_op.sync_detailed, out_bill_no=out_bill_no)

    def query_transfer_bill_receipt_by_transfer_bill_no(self, transfer_bill_no: str) -> Response[TransferBillReceipt]:
        """``query_transfer_bill_receipt_by_transfer_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信单号查询电子回单
        """
        from ..api.transfer_bills import query_transfer_bill_receipt_by_transfer_bill_no as _op

        return self._invoker.call(_op.sync_detailed, transfer_bill_no=transfer_bill_no)


class AsyncTransferBillsResourceWithRawResponse(AsyncResource):
    """``transfer_bills`` (async, raw responses).

    资金应用∙转账∙用户确认模式 — merchant transfers to a user's WeChat balance that the user
    confirms: create, query and cancel transfer bills, the no-confirmation authorisation flows,
    electronic receipts and their download. Paths under `/v3/fund-app/mch-transfer/` and
    `/v3/transferdownload/elecvoucherfile`.
    """

    __slots__ = ()

    async def apply_transfer_authorization(
        self, *, body: TransferAuthorizationApplyRequest | Mapping[str, Any]
    ) -> Response[TransferAuthorizationApplyResponse]:
        """``apply_transfer_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起免确认收款授权
        """
        from ..api.transfer_bills import apply_transfer_authorization as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def apply_transfer_bill_receipt_by_out_bill_no(
        self, *, body: TransferBillReceiptApplyByOutBillNoRequest | Mapping[str, Any]
    ) -> Response[TransferBillReceiptApplyResponse]:
        """``apply_transfer_bill_receipt_by_out_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户单号申请电子回单
        """
        from ..api.transfer_bills import apply_transfer_bill_receipt_by_out_bill_no as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def apply_transfer_bill_receipt_by_transfer_bill_no(
        self, *, body: TransferBillReceiptApplyByTransferBillNoRequest | Mapping[str, Any]
    ) -> Response[TransferBillReceiptApplyResponse]:
        """``apply_transfer_bill_receipt_by_transfer_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信单号申请电子回单
        """
        from ..api.transfer_bills import apply_transfer_bill_receipt_by_transfer_bill_no as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def cancel_transfer_bill(self, out_bill_no: str) -> Response[TransferBillCancelResponse]:
        """``cancel_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销转账
        """
        from ..api.transfer_bills import cancel_transfer_bill as _op

        return await self._invoker.call(_op.asyncio_detailed, out_bill_no=out_bill_no)

    async def close_transfer_authorization(self, out_authorization_no: str) -> Response[TransferAuthorization]:
        """``close_transfer_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解除免确认收款授权
        """
        from ..api.transfer_bills import close_transfer_authorization as _op

        return await self._invoker.call(_op.asyncio_detailed, out_authorization_no=out_authorization_no)

    async def create_transfer_bill(
        self, *, body: TransferBillCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferBillCreateResponse]:
        """``create_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起转账
        """
        from ..api.transfer_bills import create_transfer_bill as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_transfer_bill_by_authorization(
        self, *, body: TransferBillByAuthorizationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferBill]:
        """``create_transfer_bill_by_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        用户授权后转账
        """
        from ..api.transfer_bills import create_transfer_bill_by_authorization as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_transfer_bill_with_authorization(
        self, *, body: TransferBillWithAuthorizationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferBillWithAuthorizationResponse]:
        """``create_transfer_bill_with_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起转账并完成免确认收款授权
        """
        from ..api.transfer_bills import create_transfer_bill_with_authorization as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def download_transfer_bill_receipt(self, *, token: str, source: str) -> Response[File]:
        """``download_transfer_bill_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载电子回单API
        """
        from ..api.transfer_bills import download_transfer_bill_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, token=token, source=source)

    async def query_transfer_authorization(
        self, out_authorization_no: str, *, is_display_authorization: bool | Unset = UNSET
    ) -> Response[TransferAuthorization]:
        """``query_transfer_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户单号查询自动收款授权
        """
        from ..api.transfer_bills import query_transfer_authorization as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            out_authorization_no=out_authorization_no,
            is_display_authorization=is_display_authorization,
        )

    async def query_transfer_bill_by_out_bill_no(self, out_bill_no: str) -> Response[TransferBill]:
        """``query_transfer_bill_by_out_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户单号查询转账单
        """
        from ..api.transfer_bills import query_transfer_bill_by_out_bill_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_bill_no=out_bill_no)

    async def query_transfer_bill_by_transfer_bill_no(self, transfer_bill_no: str) -> Response[TransferBill]:
        """``query_transfer_bill_by_transfer_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信转账单号查询转账单
        """
        from ..api.transfer_bills import query_transfer_bill_by_transfer_bill_no as _op

        return await self._invoker.call(_op.asyncio_detailed, transfer_bill_no=transfer_bill_no)

    async def query_transfer_bill_receipt_by_out_bill_no(self, out_bill_no: str) -> Response[TransferBillReceipt]:
        """``query_transfer_bill_receipt_by_out_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户单号查询电子回单
        """
        from ..api.transfer_bills import query_transfer_bill_receipt_by_out_bill_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_bill_no=out_bill_no)

    async def query_transfer_bill_receipt_by_transfer_bill_no(
        self, transfer_bill_no: str
    ) -> Response[TransferBillReceipt]:
        """``query_transfer_bill_receipt_by_transfer_bill_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信单号查询电子回单
        """
        from ..api.transfer_bills import query_transfer_bill_receipt_by_transfer_bill_no as _op

        return await self._invoker.call(_op.asyncio_detailed, transfer_bill_no=transfer_bill_no)
