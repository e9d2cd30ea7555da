# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``transfer_qq_wallet`` tag: one method per operation of ``api/transfer_qq_wallet/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.transfer_qq_wallet_bill import TransferQqWalletBill
    from ..models.transfer_qq_wallet_bill_cancel_response import TransferQqWalletBillCancelResponse
    from ..models.transfer_qq_wallet_bill_create_request import TransferQqWalletBillCreateRequest
    from ..types import Response, Unset


class TransferQqWalletResource(SyncResource):
    """``transfer_qq_wallet`` (typed results).

    资金应用∙转账∙QQ钱包 — merchant transfers to a QQ user's QQ wallet (create, query, cancel).
    Paths under `/v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills`.
    """

    __slots__ = ()

    def cancel_qq_wallet_transfer_bill(self, out_bill_no: str) -> TransferQqWalletBillCancelResponse:
        """撤销转账到QQ钱包

        撤销转账到QQ钱包 — withdraws a QQ-wallet transfer that has not succeeded yet. Success only
        means the cancellation was taken on (`CANCELING`); the refund follows, and the final
        state comes from `query_qq_wallet_transfer_bill` (or the notification). No request body
        is needed. After an unclear outcome, read the bill before trying again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297396

        Operation: ``cancel_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel); function: ``api.transfer_qq_wallet.cancel_qq_wallet_transfer_bill``.
        """
        from ..api.transfer_qq_wallet import cancel_qq_wallet_transfer_bill as _op

        return self._invoker.call(_op.sync, out_bill_no=out_bill_no)

    def create_qq_wallet_transfer_bill(
        self, *, body: TransferQqWalletBillCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferQqWalletBill:
        """发起转账到QQ钱包

        发起转账到QQ钱包 — creates a transfer from the merchant to a QQ user's QQ wallet. The
        `appid` is a QQ Connect (QQ互联) AppID bound to the merchant; name the user by `openid`
        under that AppID or by `user_qq` (one of the two is needed, although the schema marks
        neither required). The user receives the money in the QQ client.

        - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. It is needed above 2,000 yuan and refused below 0.3 yuan.
        - The final state is sent to `notify_url` as `MCHTRANSFER.QQWALLETBILL.FINISHED` (see
          `TransferQqWalletBillNotificationResource`); a bill not completed within 24 hours is
          closed and refunded.
        - After a timeout, a 5XX or `SYSTEM_ERROR`, look the bill up with
          `query_qq_wallet_transfer_bill` and resend only with the same `out_bill_no` and
          identical parameters; a new number could pay twice.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297386

        Operation: ``create_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills); function: ``api.transfer_qq_wallet.create_qq_wallet_transfer_bill``.
        """
        from ..api.transfer_qq_wallet import create_qq_wallet_transfer_bill as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def query_qq_wallet_transfer_bill(self, out_bill_no: str) -> TransferQqWalletBill:
        """查询转账到QQ钱包的结果

        查询转账到QQ钱包的结果 — reads a QQ-wallet transfer bill by the merchant's `out_bill_no`
        (bills of the last 30 days). It settles an unclear outcome of
        `create_qq_wallet_transfer_bill` and `cancel_qq_wallet_transfer_bill`. A bill the user
        has not completed is closed automatically after about 24 hours (sometimes later): check
        here that it is closed before paying the same user with a new bill. `user_name`, when
        present, is encrypted with the merchant's own key. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297440

        Operation: ``query_qq_wallet_transfer_bill`` (GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}); function: ``api.transfer_qq_wallet.query_qq_wallet_transfer_bill``.
        """
        from ..api.transfer_qq_wallet import query_qq_wallet_transfer_bill as _op

        return self._invoker.call(_op.sync, out_bill_no=out_bill_no)


class AsyncTransferQqWalletResource(AsyncResource):
    """``transfer_qq_wallet`` (async, typed results).

    资金应用∙转账∙QQ钱包 — merchant transfers to a QQ user's QQ wallet (create, query, cancel).
    Paths under `/v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills`.
    """

    __slots__ = ()

    async def cancel_qq_wallet_transfer_bill(self, out_bill_no: str) -> TransferQqWalletBillCancelResponse:
        """撤销转账到QQ钱包

        撤销转账到QQ钱包 — withdraws a QQ-wallet transfer that has not succeeded yet. Success only
        means the cancellation was taken on (`CANCELING`); the refund follows, and the final
        state comes from `query_qq_wallet_transfer_bill` (or the notification). No request body
        is needed. After an unclear outcome, read the bill before trying again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297396

        Operation: ``cancel_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel); function: ``api.transfer_qq_wallet.cancel_qq_wallet_transfer_bill``.
        """
        from ..api.transfer_qq_wallet import cancel_qq_wallet_transfer_bill as _op

        return await self._invoker.call(_op.asyncio, out_bill_no=out_bill_no)

    async def create_qq_wallet_transfer_bill(
        self, *, body: TransferQqWalletBillCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferQqWalletBill:
        """发起转账到QQ钱包

        发起转账到QQ钱包 — creates a transfer from the merchant to a QQ user's QQ wallet. The
        `appid` is a QQ Connect (QQ互联) AppID bound to the merchant; name the user by `openid`
        under that AppID or by `user_qq` (one of the two is needed, although the schema marks
        neither required). The user receives the money in the QQ client.

        - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. It is needed above 2,000 yuan and refused below 0.3 yuan.
        - The final state is sent to `notify_url` as `MCHTRANSFER.QQWALLETBILL.FINISHED` (see
          `TransferQqWalletBillNotificationResource`); a bill not completed within 24 hours is
          closed and refunded.
        - After a timeout, a 5XX or `SYSTEM_ERROR`, look the bill up with
          `query_qq_wallet_transfer_bill` and resend only with the same `out_bill_no` and
          identical parameters; a new number could pay twice.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297386

        Operation: ``create_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills); function: ``api.transfer_qq_wallet.create_qq_wallet_transfer_bill``.
        """
        from ..api.transfer_qq_wallet import create_qq_wallet_transfer_bill as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def query_qq_wallet_transfer_bill(self, out_bill_no: str) -> TransferQqWalletBill:
        """查询转账到QQ钱包的结果

        查询转账到QQ钱包的结果 — reads a QQ-wallet transfer bill by the merchant's `out_bill_no`
        (bills of the last 30 days). It settles an unclear outcome of
        `create_qq_wallet_transfer_bill` and `cancel_qq_wallet_transfer_bill`. A bill the user
        has not completed is closed automatically after about 24 hours (sometimes later): check
        here that it is closed before paying the same user with a new bill. `user_name`, when
        present, is encrypted with the merchant's own key. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297440

        Operation: ``query_qq_wallet_transfer_bill`` (GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}); function: ``api.transfer_qq_wallet.query_qq_wallet_transfer_bill``.
        """
        from ..api.transfer_qq_wallet import query_qq_wallet_transfer_bill as _op

        return await self._invoker.call(_op.asyncio, out_bill_no=out_bill_no)


class TransferQqWalletResourceWithRawResponse(SyncResource):
    """``transfer_qq_wallet`` (raw responses).

    资金应用∙转账∙QQ钱包 — merchant transfers to a QQ user's QQ wallet (create, query, cancel).
    Paths under `/v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills`.
    """

    __slots__ = ()

    def cancel_qq_wallet_transfer_bill(self, out_bill_no: str) -> Response[TransferQqWalletBillCancelResponse]:
        """``cancel_qq_wallet_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销转账到QQ钱包
        """
        from ..api.transfer_qq_wallet import cancel_qq_wallet_transfer_bill as _op

        return self._invoker.call(_op.sync_detailed, out_bill_no=out_bill_no)

    def create_qq_wallet_transfer_bill(
        self, *, body: TransferQqWalletBillCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferQqWalletBill]:
        """``create_qq_wallet_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起转账到QQ钱包
        """
        from ..api.transfer_qq_wallet import create_qq_wallet_transfer_bill as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def query_qq_wallet_transfer_bill(self, out_bill_no: str) -> Response[TransferQqWalletBill]:
        """``query_qq_wallet_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询转账到QQ钱包的结果
        """
        from ..api.transfer_qq_wallet import query_qq_wallet_transfer_bill as _op

        return self._invoker.call(_op.sync_detailed, out_bill_no=out_bill_no)


class AsyncTransferQqWalletResourceWithRawResponse(AsyncResource):
    """``transfer_qq_wallet`` (async, raw responses).

    资金应用∙转账∙QQ钱包 — merchant transfers to a QQ user's QQ wallet (create, query, cancel).
    Paths under `/v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills`.
    """

    __slots__ = ()

    async def cancel_qq_wallet_transfer_bill(self, out_bill_no: str) -> Response[TransferQqWalletBillCancelResponse]:
        """``cancel_qq_wallet_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销转账到QQ钱包
        """
        from ..api.transfer_qq_wallet import cancel_qq_wallet_transfer_bill as _op

        return await self._invoker.call(_op.asyncio_detailed, out_bill_no=out_bill_no)

    async def create_qq_wallet_transfer_bill(
        self, *, body: TransferQqWalletBillCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferQqWalletBill]:
        """``create_qq_wallet_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起转账到QQ钱包
        """
        from ..api.transfer_qq_wallet import create_qq_wallet_transfer_bill as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def query_qq_wallet_transfer_bill(self, out_bill_no: str) -> Response[TransferQqWalletBill]:
        """``query_qq_wallet_transfer_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询转账到QQ钱包的结果
        """
        from ..api.transfer_qq_wallet import query_qq_wallet_transfer_bill as _op

        return await self._invoker.call(_op.asyncio_detailed, out_bill_no=out_bill_no)
