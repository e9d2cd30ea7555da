# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``global_common`` tag: one method per operation of ``api/global_common/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.global_certificate_list import GlobalCertificateList
    from ..models.global_recharge_refund_balance import GlobalRechargeRefundBalance
    from ..models.global_settlement_list import GlobalSettlementList
    from ..models.list_global_settlements_settle_state import ListGlobalSettlementsSettleState
    from ..types import File, Response, Unset


class GlobalCommonResource(SyncResource):
    """``global_common`` (typed results).

    跨境 — cross-border common APIs for direct merchants: the cross-border platform
    certificates, the recharge-refund balance, settlement details and the daily statement
    download (unsigned file). Served from `https://apihk.mch.weixin.qq.com`. Paths
    `/v3/global/certificates`, `/v3/global/refund/recharge-balance`,
    `/v3/global/settle/settlements` and `/v3/global/statements`.
    """

    __slots__ = ()

    def download_global_statement(self, *, date: str, mchid: str) -> File:
        """下载对账单

        下载对账单 — download the merchant's cross-border transaction statement of one day
        (`date`, `yyyyMMdd`, within the last 180 days) to reconcile orders and refunds, e.g.
        after a lost notification. The answer is the file itself: CSV-like text whose first
        line is the header and whose values are each prefixed with a backquote; gzip-compressed
        when the request asks for it (`Accept-Encoding: gzip`).

        - **Not verified by the SDK** (`x-wechatpay-signed-response: false`): WeChat Pay does
          not sign this answer the usual way. It sends the file's SHA-1 in the
          `Wechatpay-Statement-Sha1` header (the older pages describe a signature over
          timestamp, nonce and that SHA-1 instead of the body). Compute the SHA-1 of the
          downloaded file and compare it with that header before using the file.
        - Amounts in the file are in the minor unit of their currency.
        - Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013869

        Operation: ``download_global_statement`` (GET /v3/global/statements); function: ``api.global_common.download_global_statement``.
        """
        from ..api.global_common import download_global_statement as _op

        return self._invoker.call(_op.sync, date=date, mchid=mchid)

    def list_global_certificates(self) -> GlobalCertificateList:
        """获取平台证书列表

        获取平台证书列表 (跨境) — list the WeChat Pay platform certificates of the cross-border
        system that the merchant can currently use, so that certificates can be rotated
        without downtime. Each entry is encrypted with AEAD_AES_256_GCM under the merchant's
        APIv3 key (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and
        `associated_data` (`certificate`) gives the PEM certificate.

        - Cross-border merchants have their own certificates and APIv3 key, separate from the
          mainland system: the answers and notifications of the cross-border APIs are signed by
          the certificates listed here, not by those of `download_certificates`.
        - Refresh the list regularly and whenever an unknown `Wechatpay-Serial` appears.
        - Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013878

        Operation: ``list_global_certificates`` (GET /v3/global/certificates); function: ``api.global_common.list_global_certificates``.
        """
        from ..api.global_common import list_global_certificates as _op

        return self._invoker.call(_op.sync)

    def list_global_settlements(
        self,
        *,
        settle_state: ListGlobalSettlementsSettleState,
        settle_start_date: str | Unset = UNSET,
        settle_end_date: str | Unset = UNSET,
        limit: int,
        offset: int,
    ) -> GlobalSettlementList:
        """查询结算资金明细

        查询结算资金明细 — list the merchant's settlement records after trading: settled funds
        (`settle_state` `SETTLED`, by settlement date range `settle_start_date` ..
        `settle_end_date`, both required then) or funds not yet settled (`UNSETTLE`, the dates
        are ignored). Paged with `offset` and `limit` (at most 30, 10 or fewer recommended).
        Amounts are integers in the minor unit of the settlement `currency`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013893

        Operation: ``list_global_settlements`` (GET /v3/global/settle/settlements); function: ``api.global_common.list_global_settlements``.
        """
        from ..api.global_common import list_global_settlements as _op

        return self._invoker.call(
            _op.sync,
            settle_state=settle_state,
            settle_start_date=settle_start_date,
            settle_end_date=settle_end_date,
            limit=limit,
            offset=offset,
        )

    def query_global_recharge_refund_balance(self) -> GlobalRechargeRefundBalance:
        """商家充值退款余额查询

        商家充值退款余额查询 — read the current available balance of the merchant's own
        foreign-currency account for refunds funded by top-up (充值退款), and its currency.
        `remaining_amount` is an integer in the minor unit of `currency`. Direct mode only.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013068962

        Operation: ``query_global_recharge_refund_balance`` (GET /v3/global/refund/recharge-balance); function: ``api.global_common.query_global_recharge_refund_balance``.
        """
        from ..api.global_common import query_global_recharge_refund_balance as _op

        return self._invoker.call(_op.sync)


class AsyncGlobalCommonResource(AsyncResource):
    """``global_common`` (async, typed results).

    跨境 — cross-border common APIs for direct merchants: the cross-border platform
    certificates, the recharge-refund balance, settlement details and the daily statement
    download (unsigned file). Served from `https://apihk.mch.weixin.qq.com`. Paths
    `/v3/global/certificates`, `/v3/global/refund/recharge-balance`,
    `/v3/global/settle/settlements` and `/v3/global/statements`.
    """

    __slots__ = ()

    async def download_global_statement(self, *, date: str, mchid: str) -> File:
        """下载对账单

        下载对账单 — download the merchant's cross-border transaction statement of one day
        (`date`, `yyyyMMdd`, within the last 180 days) to reconcile orders and refunds, e.g.
        after a lost notification. The answer is the file itself: CSV-like text whose first
        line is the header and whose values are each prefixed with a backquote; gzip-compressed
        when the request asks for it (`Accept-Encoding: gzip`).

        - **Not verified by the SDK** (`x-wechatpay-signed-response: false`): WeChat Pay does
          not sign this answer the usual way. It sends the file's SHA-1 in the
          `Wechatpay-Statement-Sha1` header (the older pages describe a signature over
          timestamp, nonce and that SHA-1 instead of the body). Compute the SHA-1 of the
          downloaded file and compare it with that header before using the file.
        - Amounts in the file are in the minor unit of their currency.
        - Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013869

        Operation: ``download_global_statement`` (GET /v3/global/statements); function: ``api.global_common.download_global_statement``.
        """
        from ..api.global_common import download_global_statement as _op

        return await self._invoker.call(_op.asyncio, date=date, mchid=mchid)

    async def list_global_certificates(self) -> GlobalCertificateList:
        """获取平台证书列表

        获取平台证书列表 (跨境) — list the WeChat Pay platform certificates of the cross-border
        system that the merchant can currently use, so that certificates can be rotated
        without downtime. Each entry is encrypted with AEAD_AES_256_GCM under the merchant's
        APIv3 key (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and
        `associated_data` (`certificate`) gives the PEM certificate.

        - Cross-border merchants have their own certificates and APIv3 key, separate from the
          mainland system: the answers and notifications of the cross-border APIs are signed by
          the certificates listed here, not by those of `download_certificates`.
        - Refresh the list regularly and whenever an unknown `Wechatpay-Serial` appears.
        - Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013878

        Operation: ``list_global_certificates`` (GET /v3/global/certificates); function: ``api.global_common.list_global_certificates``.
        """
        from ..api.global_common import list_global_certificates as _op

        return await self._invoker.call(_op.asyncio)

    async def list_global_settlements(
        self,
        *,
        settle_state: ListGlobalSettlementsSettleState,
        settle_start_date: str | Unset = UNSET,
        settle_end_date: str | Unset = UNSET,
        limit: int,
        offset: int,
    ) -> GlobalSettlementList:
        """查询结算资金明细

        查询结算资金明细 — list the merchant's settlement records after trading: settled funds
        (`settle_state` `SETTLED`, by settlement date range `settle_start_date` ..
        `settle_end_date`, both required then) or funds not yet settled (`UNSETTLE`, the dates
        are ignored). Paged with `offset` and `limit` (at most 30, 10 or fewer recommended).
        Amounts are integers in the minor unit of the settlement `currency`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013893

        Operation: ``list_global_settlements`` (GET /v3/global/settle/settlements); function: ``api.global_common.list_global_settlements``.
        """
        from ..api.global_common import list_global_settlements as _op

        return await self._invoker.call(
            _op.asyncio,
            settle_state=settle_state,
            settle_start_date=settle_start_date,
            settle_end_date=settle_end_date,
            limit=limit,
            offset=offset,
        )

    async def query_global_recharge_refund_balance(self) -> GlobalRechargeRefundBalance:
        """商家充值退款余额查询

        商家充值退款余额查询 — read the current available balance of the merchant's own
        foreign-currency account for refunds funded by top-up (充值退款), and its currency.
        `remaining_amount` is an integer in the minor unit of `currency`. Direct mode only.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013068962

        Operation: ``query_global_recharge_refund_balance`` (GET /v3/global/refund/recharge-balance); function: ``api.global_common.query_global_recharge_refund_balance``.
        """
        from ..api.global_common import query_global_recharge_refund_balance as _op

        return await self._invoker.call(_op.asyncio)


class GlobalCommonResourceWithRawResponse(SyncResource):
    """``global_common`` (raw responses).

    跨境 — cross-border common APIs for direct merchants: the cross-border platform
    certificates, the recharge-refund balance, settlement details and the daily statement
    download (unsigned file). Served from `https://apihk.mch.weixin.qq.com`. Paths
    `/v3/global/certificates`, `/v3/global/refund/recharge-balance`,
    `/v3/global/settle/settlements` and `/v3/global/statements`.
    """

    __slots__ = ()

    def download_global_statement(self, *, date: str, mchid: str) -> Response[File]:
        """``download_global_statement`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载对账单
        """
        from ..api.global_common import download_global_statement as _op

        return self._invoker.call(_op.sync_detailed, date=date, mchid=mchid)

    def list_global_certificates(self) -> Response[GlobalCertificateList]:
        """``list_global_certificates`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取平台证书列表
        """
        from ..api.global_common import list_global_certificates as _op

        return self._invoker.call(_op.sync_detailed)

    def list_global_settlements(
        self,
        *,
        settle_state: ListGlobalSettlementsSettleState,
        settle_start_date: str | Unset = UNSET,
        settle_end_date: str | Unset = UNSET,
        limit: int,
        offset: int,
    ) -> Response[GlobalSettlementList]:
        """``list_global_settlements`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询结算资金明细
        """
        from ..api.global_common import list_global_settlements as _op

        return self._invoker.call(
            _op.sync_detailed,
            settle_state=settle_state,
            settle_start_date=settle_start_date,
            settle_end_date=settle_end_date,
            limit=limit,
            offset=offset,
        )

    def query_global_recharge_refund_balance(self) -> Response[GlobalRechargeRefundBalance]:
        """``query_global_recharge_refund_balance`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家充值退款余额查询
        """
        from ..api.global_common import query_global_recharge_refund_balance as _op

        return self._invoker.call(_op.sync_detailed)


class AsyncGlobalCommonResourceWithRawResponse(AsyncResource):
    """``global_common`` (async, raw responses).

    跨境 — cross-border common APIs for direct merchants: the cross-border platform
    certificates, the recharge-refund balance, settlement details and the daily statement
    download (unsigned file). Served from `https://apihk.mch.weixin.qq.com`. Paths
    `/v3/global/certificates`, `/v3/global/refund/recharge-balance`,
    `/v3/global/settle/settlements` and `/v3/global/statements`.
    """

    __slots__ = ()

    async def download_global_statement(self, *, date: str, mchid: str) -> Response[File]:
        """``download_global_statement`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载对账单
        """
        from ..api.global_common import download_global_statement as _op

        return await self._invoker.call(_op.asyncio_detailed, date=date, mchid=mchid)

    async def list_global_certificates(self) -> Response[GlobalCertificateList]:
        """``list_global_certificates`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取平台证书列表
        """
        from ..api.global_common import list_global_certificates as _op

        return await self._invoker.call(_op.asyncio_detailed)

    async def list_global_settlements(
        self,
        *,
        settle_state: ListGlobalSettlementsSettleState,
        settle_start_date: str | Unset = UNSET,
        settle_end_date: str | Unset = UNSET,
        limit: int,
        offset: int,
    ) -> Response[GlobalSettlementList]:
        """``list_global_settlements`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询结算资金明细
        """
        from ..api.global_common import list_global_settlements as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            settle_state=settle_state,
            settle_start_date=settle_start_date,
            settle_end_date=settle_end_date,
            limit=limit,
            offset=offset,
        )

    async def query_global_recharge_refund_balance(self) -> Response[GlobalRechargeRefundBalance]:
        """``query_global_recharge_refund_balance`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家充值退款余额查询
        """
        from ..api.global_common import query_global_recharge_refund_balance as _op

        return await self._invoker.call(_op.asyncio_detailed)
