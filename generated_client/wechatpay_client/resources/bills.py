# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``bills`` tag: one method per operation of ``api/bills/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    import datetime

    from ..models.apply_fund_flow_bill_account_type import ApplyFundFlowBillAccountType
    from ..models.apply_fund_flow_bill_tar_type import ApplyFundFlowBillTarType
    from ..models.apply_trade_bill_bill_type import ApplyTradeBillBillType
    from ..models.apply_trade_bill_tar_type import ApplyTradeBillTarType
    from ..models.bill_apply_response import BillApplyResponse
    from ..types import File, Response, Unset


class BillsResource(SyncResource):
    """``bills`` (typed results).

    基础支付∙账单 — trade and fund-flow bills (apply for a bill, then download the file).
    Paths `/v3/bill/` and `/v3/billdownload/file`.
    """

    __slots__ = ()

    def apply_fund_flow_bill(
        self,
        *,
        bill_date: datetime.date,
        sub_mchid: str | Unset = UNSET,
        account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
        tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
    ) -> BillApplyResponse:
        """申请资金账单

        申请资金账单API — get the download address of the daily fund-flow bill (the account's
        money movements) for `bill_date` and `account_type`.

        As for `apply_trade_bill`, the signed response carries `hash_value`, which is the only
        integrity check of the file fetched with `download_bill`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791867

        Operation: ``apply_fund_flow_bill`` (GET /v3/bill/fundflowbill); function: ``api.bills.apply_fund_flow_bill``.
        """
        from ..api.bills import apply_fund_flow_bill as _op

        return self._invoker.call(
            _op.sync, bill_date=bill_date, sub_mchid=sub_mchid, account_type=account_type, tar_type=tar_type
        )

    def apply_trade_bill(
        self,
        *,
        bill_date: datetime.date,
        sub_mchid: str | Unset = UNSET,
        bill_type: ApplyTradeBillBillType | Unset = UNSET,
        tar_type: ApplyTradeBillTarType | Unset = UNSET,
    ) -> BillApplyResponse:
        """申请交易账单

        申请交易账单API — get the download address of the daily trade bill (orders, refunds,
        promotions) for `bill_date`. The bill of day D is generated from about 9:00 on D+1.

        The response is signed and carries the file's digest (`hash_type` = `SHA1`,
        `hash_value`) and `download_url`. Download the file with `download_bill` within 30
        seconds, then compare the SHA-1 of the file (after gunzip when `tar_type=GZIP`) with
        `hash_value`: the download itself is not signed. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791866

        Operation: ``apply_trade_bill`` (GET /v3/bill/tradebill); function: ``api.bills.apply_trade_bill``.
        """
        from ..api.bills import apply_trade_bill as _op

        return self._invoker.call(
            _op.sync, bill_date=bill_date, sub_mchid=sub_mchid, bill_type=bill_type, tar_type=tar_type
        )

    def download_bill(self, *, token: str, tartype: str | Unset = UNSET) -> File:
        """下载账单

        下载账单API — download a bill file from the `download_url` returned by
        `apply_trade_bill`, `apply_fund_flow_bill` or `apply_profitsharing_bill`: pass its
        `token` (and `tartype`, if present) query values unchanged.

        - The request is signed like any GET (the signed URL includes the query string).
        - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
          false`): its integrity comes from the signed apply response. Compute the SHA-1 of the
          (decompressed, when `tar_type=GZIP`) file and compare it, case-insensitively, with
          `hash_value` before using the file.
        - The body is a file stream: `text/plain` (CSV-like text) or `application/x-gzip`; it
          is modelled as binary.
        - `download_url` is valid for 30 seconds; after that, apply again. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791868

        Operation: ``download_bill`` (GET /v3/billdownload/file); function: ``api.bills.download_bill``.
        """
        from ..api.bills import download_bill as _op

        return self._invoker.call(_op.sync, token=token, tartype=tartype)


class AsyncBillsResource(AsyncResource):
    """``bills`` (async, typed results).

    基础支付∙账单 — trade and fund-flow bills (apply for a bill, then download the file).
    Paths `/v3/bill/` and `/v3/billdownload/file`.
    """

    __slots__ = ()

    async def apply_fund_flow_bill(
        self,
        *,
        bill_date: datetime.date,
        sub_mchid: str | Unset = UNSET,
        account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
        tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
    ) -> BillApplyResponse:
        """申请资金账单

        申请资金账单API — get the download address of the daily fund-flow bill (the account's
        money movements) for `bill_date` and `account_type`.

        As for `apply_trade_bill`, the signed response carries `hash_value`, which is the only
        integrity check of the file fetched with `download_bill`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791867

        Operation: ``apply_fund_flow_bill`` (GET /v3/bill/fundflowbill); function: ``api.bills.apply_fund_flow_bill``.
        """
        from ..api.bills import apply_fund_flow_bill as _op

        return await self._invoker.call(
            _op.asyncio, bill_date=bill_date, sub_mchid=sub_mchid, account_type=account_type, tar_type=tar_type
        )

    async def apply_trade_bill(
        self,
        *,
        bill_date: datetime.date,
        sub_mchid: str | Unset = UNSET,
        bill_type: ApplyTradeBillBillType | Unset = UNSET,
        tar_type: ApplyTradeBillTarType | Unset = UNSET,
    ) -> BillApplyResponse:
        """申请交易账单

        申请交易账单API — get the download address of the daily trade bill (orders, refunds,
        promotions) for `bill_date`. The bill of day D is generated from about 9:00 on D+1.

        The response is signed and carries the file's digest (`hash_type` = `SHA1`,
        `hash_value`) and `download_url`. Download the file with `download_bill` within 30
        seconds, then compare the SHA-1 of the file (after gunzip when `tar_type=GZIP`) with
        `hash_value`: the download itself is not signed. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791866

        Operation: ``apply_trade_bill`` (GET /v3/bill/tradebill); function: ``api.bills.apply_trade_bill``.
        """
        from ..api.bills import apply_trade_bill as _op

        return await self._invoker.call(
            _op.asyncio, bill_date=bill_date, sub_mchid=sub_mchid, bill_type=bill_type, tar_type=tar_type
        )

    async def download_bill(self, *, token: str, tartype: str | Unset = UNSET) -> File:
        """下载账单

        下载账单API — download a bill file from the `download_url` returned by
        `apply_trade_bill`, `apply_fund_flow_bill` or `apply_profitsharing_bill`: pass its
        `token` (and `tartype`, if present) query values unchanged.

        - The request is signed like any GET (the signed URL includes the query string).
        - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
          false`): its integrity comes from the signed apply response. Compute the SHA-1 of the
          (decompressed, when `tar_type=GZIP`) file and compare it, case-insensitively, with
          `hash_value` before using the file.
        - The body is a file stream: `text/plain` (CSV-like text) or `application/x-gzip`; it
          is modelled as binary.
        - `download_url` is valid for 30 seconds; after that, apply again. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791868

        Operation: ``download_bill`` (GET /v3/billdownload/file); function: ``api.bills.download_bill``.
        """
        from ..api.bills import download_bill as _op

        return await self._invoker.call(_op.asyncio, token=token, tartype=tartype)


class BillsResourceWithRawResponse(SyncResource):
    """``bills`` (raw responses).

    基础支付∙账单 — trade and fund-flow bills (apply for a bill, then download the file).
    Paths `/v3/bill/` and `/v3/billdownload/file`.
    """

    __slots__ = ()

    def apply_fund_flow_bill(
        self,
        *,
        bill_date: datetime.date,
        sub_mchid: str | Unset = UNSET,
        account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
        tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
    ) -> Response[BillApplyResponse]:
        """``apply_fund_flow_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请资金账单
        """
        from ..api.bills import apply_fund_flow_bill as _op

        return self._invoker.call(
            _op.sync_detailed, bill_date=bill_date, sub_mchid=sub_mchid, account_type=account_type, tar_type=tar_type
        )

    def apply_trade_bill(
        self,
        *,
        bill_date: datetime.date,
        sub_mchid: str | Unset = UNSET,
        bill_type: ApplyTradeBillBillType | Unset = UNSET,
        tar_type: ApplyTradeBillTarType | Unset = UNSET,
    ) -> Response[BillApplyResponse]:
        """``apply_trade_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请交易账单
        """
        from ..api.bills import apply_trade_bill as _op

        return self._invoker.call(
            _op.sync_detailed, bill_date=bill_date, sub_mchid=sub_mchid, bill_type=bill_type, tar_type=tar_type
        )

    def download_bill(self, *, token: str, tartype: str | Unset = UNSET) -> Response[File]:
        """``download_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载账单
        """
        from ..api.bills import download_bill as _op

        return self._invoker.call(_op.sync_detailed, token=token, tartype=tartype)


class AsyncBillsResourceWithRawResponse(AsyncResource):
    """``bills`` (async, raw responses).

    基础支付∙账单 — trade and fund-flow bills (apply for a bill, then download the file).
    Paths `/v3/bill/` and `/v3/billdownload/file`.
    """

    __slots__ = ()

    async def apply_fund_flow_bill(
        self,
        *,
        bill_date: datetime.date,
        sub_mchid: str | Unset = UNSET,
        account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
        tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
    ) -> Response[BillApplyResponse]:
        """``apply_fund_flow_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请资金账单
        """
        from ..api.bills import apply_fund_flow_bill as _op

        return await self._invoker.call(
            _op.asyncio_detailed, bill_date=bill_date, sub_mchid=sub_mchid, account_type=account_type, tar_type=tar_type
        )

    async def apply_trade_bill(
        self,
        *,
        bill_date: datetime.date,
        sub_mchid: str | Unset = UNSET,
        bill_type: ApplyTradeBillBillType | Unset = UNSET,
        tar_type: ApplyTradeBillTarType | Unset = UNSET,
    ) -> Response[BillApplyResponse]:
        """``apply_trade_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请交易账单
        """
        from ..api.bills import apply_trade_bill as _op

        return await self._invoker.call(
            _op.asyncio_detailed, bill_date=bill_date, sub_mchid=sub_mchid, bill_type=bill_type, tar_type=tar_type
        )

    async def download_bill(self, *, token: str, tartype: str | Unset = UNSET) -> Response[File]:
        """``download_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载账单
        """
        from ..api.bills import download_bill as _op

        return await self._invoker.call(_op.asyncio_detailed, token=token, tartype=tartype)
