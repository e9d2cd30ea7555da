# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``merchant_recharge`` tag: one method per operation of ``api/merchant_recharge/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.recharge_bank_transfer import RechargeBankTransfer
    from ..models.recharge_bank_transfer_apply_request import RechargeBankTransferApplyRequest
    from ..models.recharge_bank_transfer_apply_response import RechargeBankTransferApplyResponse
    from ..types import Response


class MerchantRechargeResource(SyncResource):
    """``merchant_recharge`` (typed results).

    商家充值 — merchant account top-up by bank transfer: apply for the transfer-in account, then
    query the top-up. Paths under `/v3/recharge/bank-transfer-recharges/`.
    """

    __slots__ = ()

    def apply_bank_transfer_recharge(
        self, *, body: RechargeBankTransferApplyRequest | Mapping[str, Any]
    ) -> RechargeBankTransferApplyResponse:
        """申请银行转账充值

        申请银行转账充值 — start a top-up of one of the merchant's accounts (`BASIC`, `OPERATION`
        or `FEES`) by bank transfer. WeChat Pay answers with a top-up ID and the bank account to
        transfer into (`transfer_in_account`); the merchant then makes the transfer from its bank.
        The money arrives after the transfer is received (not immediately; bank working hours
        apply).

        - Follow the top-up with `query_bank_transfer_recharge` (`RECHARGING`, `SUCCESS`,
          `CLOSED`); no notification is documented for direct merchants.
        - Not documented as idempotent. After an unclear outcome, query by `out_recharge_no`
          first and apply again only if the top-up does not exist.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585425

        Operation: ``apply_bank_transfer_recharge`` (POST /v3/recharge/bank-transfer-recharges/apply); function: ``api.merchant_recharge.apply_bank_transfer_recharge``.
        """
        from ..api.merchant_recharge import apply_bank_transfer_recharge as _op

        return self._invoker.call(_op.sync, body=body)

    def query_bank_transfer_recharge(self, out_recharge_no: str) -> RechargeBankTransfer:
        """查询银行转账充值结果

        查询银行转账充值结果 — look up a bank-transfer top-up by the merchant's top-up number: its
        state (`RECHARGING`, `SUCCESS`, `CLOSED`), amount, the payer's bank details and, when the
        transfer was sent back, when and why.

        This is the lookup that resolves an unclear outcome of `apply_bank_transfer_recharge`.
        Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585430

        Operation: ``query_bank_transfer_recharge`` (GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}); function: ``api.merchant_recharge.query_bank_transfer_recharge``.
        """
        from ..api.merchant_recharge import query_bank_transfer_recharge as _op

        return self._invoker.call(_op.sync, out_recharge_no=out_recharge_no)


class AsyncMerchantRechargeResource(AsyncResource):
    """``merchant_recharge`` (async, typed results).

    商家充值 — merchant account top-up by bank transfer: apply for the transfer-in account, then
    query the top-up. Paths under `/v3/recharge/bank-transfer-recharges/`.
    """

    __slots__ = ()

    async def apply_bank_transfer_recharge(
        self, *, body: RechargeBankTransferApplyRequest | Mapping[str, Any]
    ) -> RechargeBankTransferApplyResponse:
        """申请银行转账充值

        申请银行转账充值 — start a top-up of one of the merchant's accounts (`BASIC`, `OPERATION`
        or `FEES`) by bank transfer. WeChat Pay answers with a top-up ID and the bank account to
        transfer into (`transfer_in_account`); the merchant then makes the transfer from its bank.
        The money arrives after the transfer is received (not immediately; bank working hours
        apply).

        - Follow the top-up with `query_bank_transfer_recharge` (`RECHARGING`, `SUCCESS`,
          `CLOSED`); no notification is documented for direct merchants.
        - Not documented as idempotent. After an unclear outcome, query by `out_recharge_no`
          first and apply again only if the top-up does not exist.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585425

        Operation: ``apply_bank_transfer_recharge`` (POST /v3/recharge/bank-transfer-recharges/apply); function: ``api.merchant_recharge.apply_bank_transfer_recharge``.
        """
        from ..api.merchant_recharge import apply_bank_transfer_recharge as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_bank_transfer_recharge(self, out_recharge_no: str) -> RechargeBankTransfer:
        """查询银行转账充值结果

        查询银行转账充值结果 — look up a bank-transfer top-up by the merchant's top-up number: its
        state (`RECHARGING`, `SUCCESS`, `CLOSED`), amount, the payer's bank details and, when the
        transfer was sent back, when and why.

        This is the lookup that resolves an unclear outcome of `apply_bank_transfer_recharge`.
        Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585430

        Operation: ``query_bank_transfer_recharge`` (GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}); function: ``api.merchant_recharge.query_bank_transfer_recharge``.
        """
        from ..api.merchant_recharge import query_bank_transfer_recharge as _op

        return await self._invoker.call(_op.asyncio, out_recharge_no=out_recharge_no)


class MerchantRechargeResourceWithRawResponse(SyncResource):
    """``merchant_recharge`` (raw responses).

    商家充值 — merchant account top-up by bank transfer: apply for the transfer-in account, then
    query the top-up. Paths under `/v3/recharge/bank-transfer-recharges/`.
    """

    __slots__ = ()

    def apply_bank_transfer_recharge(
        self, *, body: RechargeBankTransferApplyRequest | Mapping[str, Any]
    ) -> Response[RechargeBankTransferApplyResponse]:
        """``apply_bank_transfer_recharge`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请银行转账充值
        """
        from ..api.merchant_recharge import apply_bank_transfer_recharge as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_bank_transfer_recharge(self, out_recharge_no: str) -> Response[RechargeBankTransfer]:
        """``query_bank_transfer_recharge`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询银行转账充值结果
        """
        from ..api.merchant_recharge import query_bank_transfer_recharge as _op

        return self._invoker.call(_op.sync_detailed, out_recharge_no=out_recharge_no)


class AsyncMerchantRechargeResourceWithRawResponse(AsyncResource):
    """``merchant_recharge`` (async, raw responses).

    商家充值 — merchant account top-up by bank transfer: apply for the transfer-in account, then
    query the top-up. Paths under `/v3/recharge/bank-transfer-recharges/`.
    """

    __slots__ = ()

    async def apply_bank_transfer_recharge(
        self, *, body: RechargeBankTransferApplyRequest | Mapping[str, Any]
    ) -> Response[RechargeBankTransferApplyResponse]:
        """``apply_bank_transfer_recharge`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请银行转账充值
        """
        from ..api.merchant_recharge import apply_bank_transfer_recharge as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_bank_transfer_recharge(self, out_recharge_no: str) -> Response[RechargeBankTransfer]:
        """``query_bank_transfer_recharge`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询银行转账充值结果
        """
        from ..api.merchant_recharge import query_bank_transfer_recharge as _op

        return await self._invoker.call(_op.asyncio_detailed, out_recharge_no=out_recharge_no)
