# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``brand_redpacket`` tag: one method per operation of ``api/brand_redpacket/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.brand_redpacket_batch import BrandRedpacketBatch
    from ..models.brand_redpacket_batch_create_request import BrandRedpacketBatchCreateRequest
    from ..models.brand_redpacket_batch_create_response import BrandRedpacketBatchCreateResponse
    from ..models.brand_redpacket_detail import BrandRedpacketDetail
    from ..models.query_brand_redpacket_batch_by_batch_no_detail_state import (
        QueryBrandRedpacketBatchByBatchNoDetailState,
    )
    from ..models.query_brand_redpacket_batch_by_out_batch_no_detail_state import (
        QueryBrandRedpacketBatchByOutBatchNoDetailState,
    )
    from ..types import Response, Unset


class BrandRedpacketResource(SyncResource):
    """``brand_redpacket`` (typed results).

    品牌红包 — brand red packets: send a batch of up to 10 brand red packets and look the batch
    and each red packet up by WeChat Pay's or the merchant's numbers. Paths under
    `/v3/fund-app/brand-redpacket/`.
    """

    __slots__ = ()

    def create_brand_redpacket_batch(
        self, *, body: BrandRedpacketBatchCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> BrandRedpacketBatchCreateResponse:
        """品牌商户发放红包

        品牌商户发放红包 — sends brand red packets to 1 to 10 users in one batch, from the brand
        merchant's funds, using a red-packet template configured in the merchant platform
        (`template_id`) and the brand's AppID (`brand_appid`, bound to `brand_id`). A sent batch
        cannot be cancelled. The caller's IP must be on the merchant's API allow-list.

        - `total_amount` and `total_num` must equal the sum and the count of `detail_list`;
          amounts are in fen.
        - `user_name` is sensitive: pass plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. A name is needed for a detail of 2,000 yuan or more, and either
          every detail of a batch carries one or none does.
        - The answer only says the batch was accepted (`batch_state`, often `ACCEPTED`; a batch
          that needs a merchant employee's confirmation is `WAIT_PAY`). WeChat Pay pays the
          details within about an hour; a batch not confirmed or not funded within 24 hours is
          closed. No callback is sent: poll `query_brand_redpacket_batch_by_out_batch_no` (at
          least a minute apart), then read the details once the batch is `FINISHED`.
        - WeChat Pay treats each new `out_batch_no` of the merchant as a new batch. After an
          error, a timeout or a 5XX, never switch to a new `out_batch_no`: look the batch up with
          `query_brand_redpacket_batch_by_out_batch_no` and resend only with the same
          `out_batch_no` and identical parameters, or change the number only once the batch is
          confirmed closed. The documented rate limit is 50 requests per second per merchant.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310358

        Operation: ``create_brand_redpacket_batch`` (POST /v3/fund-app/brand-redpacket/brand-merchant-batches); function: ``api.brand_redpacket.create_brand_redpacket_batch``.
        """
        from ..api.brand_redpacket import create_brand_redpacket_batch as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def query_brand_redpacket_batch_by_batch_no(
        self,
        batch_no: str,
        *,
        need_query_detail: bool | Unset = UNSET,
        detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
    ) -> BrandRedpacketBatch:
        """微信支付批次单号查询批次单

        微信支付批次单号查询批次单 — reads a brand red-packet batch by WeChat Pay's batch number
        (`batch_no` from `create_brand_redpacket_batch`): its state, totals, and the amounts and
        counts sent and failed so far. With `need_query_detail=true`, a batch in state
        `FINISHED` also lists its details, filtered by `detail_state`.

        `success_*` and `fail_*` can still change while the batch is `PROCESSING`. A batch
        still `ACCEPTED` half an hour after sending may lack funds. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310369

        Operation: ``query_brand_redpacket_batch_by_batch_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}); function: ``api.brand_redpacket.query_brand_redpacket_batch_by_batch_no``.
        """
        from ..api.brand_redpacket import query_brand_redpacket_batch_by_batch_no as _op

        return self._invoker.call(
            _op.sync, batch_no=batch_no, need_query_detail=need_query_detail, detail_state=detail_state
        )

    def query_brand_redpacket_batch_by_out_batch_no(
        self,
        out_batch_no: str,
        *,
        need_query_detail: bool | Unset = UNSET,
        detail_state: QueryBrandRedpacketBatchByOutBatchNoDetailState | Unset = UNSET,
    ) -> BrandRedpacketBatch:
        """商家批次单号查询批次单

        商家批次单号查询批次单 — reads a brand red-packet batch by the merchant's batch number:
        the same answer as `query_brand_redpacket_batch_by_batch_no`, details included with
        `need_query_detail=true` once the batch is `FINISHED`.

        This is the lookup that settles an unclear outcome of `create_brand_redpacket_batch`:
        a batch that does not exist was not created. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310378

        Operation: ``query_brand_redpacket_batch_by_out_batch_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}); function: ``api.brand_redpacket.query_brand_redpacket_batch_by_out_batch_no``.
        """
        from ..api.brand_redpacket import query_brand_redpacket_batch_by_out_batch_no as _op

        return self._invoker.call(
            _op.sync, out_batch_no=out_batch_no, need_query_detail=need_query_detail, detail_state=detail_state
        )

    def query_brand_redpacket_detail_by_detail_no(self, batch_no: str, detail_no: str) -> BrandRedpacketDetail:
        """微信支付明细单号查询明细单

        微信支付明细单号查询明细单 — reads one red packet of a batch by WeChat Pay's numbers
        (`batch_no`, and `detail_no` as listed in the batch query's `transfer_detail_no`): its
        state, amount, recipient and, for a failed packet, the reason.

        Query at least a minute after sending. `user_name` arrives encrypted with the merchant
        API certificate's public key; the SDK decrypts it after verifying the answer.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310384

        Operation: ``query_brand_redpacket_detail_by_detail_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}); function: ``api.brand_redpacket.query_brand_redpacket_detail_by_detail_no``.
        """
        from ..api.brand_redpacket import query_brand_redpacket_detail_by_detail_no as _op

        return self._invoker.call(_op.sync, batch_no=batch_no, detail_no=detail_no)

    def query_brand_redpacket_detail_by_out_detail_no(
        self, out_batch_no: str, out_detail_no: str
    ) -> BrandRedpacketDetail:
        """商家明细单号查询明细单

        商家明细单号查询明细单 — reads one red packet by the merchant's batch and detail
        numbers: the same answer as `query_brand_redpacket_detail_by_detail_no`. Query at least
        a minute after sending; `user_name` is decrypted by the SDK. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310391

        Operation: ``query_brand_redpacket_detail_by_out_detail_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}); function: ``api.brand_redpacket.query_brand_redpacket_detail_by_out_detail_no``.
        """
        from ..api.brand_redpacket import query_brand_redpacket_detail_by_out_detail_no as _op

        return self._invoker.call(_op.sync, out_batch_no=out_batch_no, out_detail_no=out_detail_no)


class AsyncBrandRedpacketResource(AsyncResource):
    """``brand_redpacket`` (async, typed results).

    品牌红包 — brand red packets: send a batch of up to 10 brand red packets and look the batch
    and each red packet up by WeChat Pay's or the merchant's numbers. Paths under
    `/v3/fund-app/brand-redpacket/`.
    """

    __slots__ = ()

    async def create_brand_redpacket_batch(
        self, *, body: BrandRedpacketBatchCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> BrandRedpacketBatchCreateResponse:
        """品牌商户发放红包

        品牌商户发放红包 — sends brand red packets to 1 to 10 users in one batch, from the brand
        merchant's funds, using a red-packet template configured in the merchant platform
        (`template_id`) and the brand's AppID (`brand_appid`, bound to `brand_id`). A sent batch
        cannot be cancelled. The caller's IP must be on the merchant's API allow-list.

        - `total_amount` and `total_num` must equal the sum and the count of `detail_list`;
          amounts are in fen.
        - `user_name` is sensitive: pass plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. A name is needed for a detail of 2,000 yuan or more, and either
          every detail of a batch carries one or none does.
        - The answer only says the batch was accepted (`batch_state`, often `ACCEPTED`; a batch
          that needs a merchant employee's confirmation is `WAIT_PAY`). WeChat Pay pays the
          details within about an hour; a batch not confirmed or not funded within 24 hours is
          closed. No callback is sent: poll `query_brand_redpacket_batch_by_out_batch_no` (at
          least a minute apart), then read the details once the batch is `FINISHED`.
        - WeChat Pay treats each new `out_batch_no` of the merchant as a new batch. After an
          error, a timeout or a 5XX, never switch to a new `out_batch_no`: look the batch up with
          `query_brand_redpacket_batch_by_out_batch_no` and resend only with the same
          `out_batch_no` and identical parameters, or change the number only once the batch is
          confirmed closed. The documented rate limit is 50 requests per second per merchant.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310358

        Operation: ``create_brand_redpacket_batch`` (POST /v3/fund-app/brand-redpacket/brand-merchant-batches); function: ``api.brand_redpacket.create_brand_redpacket_batch``.
        """
        from ..api.brand_redpacket import create_brand_redpacket_batch as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def query_brand_redpacket_batch_by_batch_no(
        self,
        batch_no: str,
        *,
        need_query_detail: bool | Unset = UNSET,
        detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
    ) -> BrandRedpacketBatch:
        """微信支付批次单号查询批次单

        微信支付批次单号查询批次单 — reads a brand red-packet batch by WeChat Pay's batch number
        (`batch_no` from `create_brand_redpacket_batch`): its state, totals, and the amounts and
        counts sent and failed so far. With `need_query_detail=true`, a batch in state
        `FINISHED` also lists its details, filtered by `detail_state`.

        `success_*` and `fail_*` can still change while the batch is `PROCESSING`. A batch
        still `ACCEPTED` half an hour after sending may lack funds. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310369

        Operation: ``query_brand_redpacket_batch_by_batch_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}); function: ``api.brand_redpacket.query_brand_redpacket_batch_by_batch_no``.
        """
        from ..api.brand_redpacket import query_brand_redpacket_batch_by_batch_no as _op

        return await self._invoker.call(
            _op.asyncio, batch_no=batch_no, need_query_detail=need_query_detail, detail_state=detail_state
        )

    async def query_brand_redpacket_batch_by_out_batch_no(
        self,
        out_batch_no: str,
        *,
        need_query_detail: bool | Unset = UNSET,
        detail_state: QueryBrandRedpacketBatchByOutBatchNoDetailState | Unset = UNSET,
    ) -> BrandRedpacketBatch:
        """商家批次单号查询批次单

        商家批次单号查询批次单 — reads a brand red-packet batch by the merchant's batch number:
        the same answer as `query_brand_redpacket_batch_by_batch_no`, details included with
        `need_query_detail=true` once the batch is `FINISHED`.

        This is the lookup that settles an unclear outcome of `create_brand_redpacket_batch`:
        a batch that does not exist was not created. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310378

        Operation: ``query_brand_redpacket_batch_by_out_batch_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}); function: ``api.brand_redpacket.query_brand_redpacket_batch_by_out_batch_no``.
        """
        from ..api.brand_redpacket import query_brand_redpacket_batch_by_out_batch_no as _op

        return await self._invoker.call(
            _op.asyncio, out_batch_no=out_batch_no, need_query_detail=need_query_detail, detail_state=detail_state
        )

    async def query_brand_redpacket_detail_by_detail_no(self, batch_no: str, detail_no: str) -> BrandRedpacketDetail:
        """微信支付明细单号查询明细单

        微信支付明细单号查询明细单 — reads one red packet of a batch by WeChat Pay's numbers
        (`batch_no`, and `detail_no` as listed in the batch query's `transfer_detail_no`): its
        state, amount, recipient and, for a failed packet, the reason.

        Query at least a minute after sending. `user_name` arrives encrypted with the merchant
        API certificate's public key; the SDK decrypts it after verifying the answer.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310384

        Operation: ``query_brand_redpacket_detail_by_detail_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}); function: ``api.brand_redpacket.query_brand_redpacket_detail_by_detail_no``.
        """
        from ..api.brand_redpacket import query_brand_redpacket_detail_by_detail_no as _op

        return await self._invoker.call(_op.asyncio, batch_no=batch_no, detail_no=detail_no)

    async def query_brand_redpacket_detail_by_out_detail_no(
        self, out_batch_no: str, out_detail_no: str
    ) -> BrandRedpacketDetail:
        """商家明细单号查询明细单

        商家明细单号查询明细单 — reads one red packet by the merchant's batch and detail
        numbers: the same answer as `query_brand_redpacket_detail_by_detail_no`. Query at least
        a minute after sending; `user_name` is decrypted by the SDK. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310391

        Operation: ``query_brand_redpacket_detail_by_out_detail_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}); function: ``api.brand_redpacket.query_brand_redpacket_detail_by_out_detail_no``.
        """
        from ..api.brand_redpacket import query_brand_redpacket_detail_by_out_detail_no as _op

        return await self._invoker.call(_op.asyncio, out_batch_no=out_batch_no, out_detail_no=out_detail_no)


class BrandRedpacketResourceWithRawResponse(SyncResource):
    """``brand_redpacket`` (raw responses).

    品牌红包 — brand red packets: send a batch of up to 10 brand red packets and look the batch
    and each red packet up by WeChat Pay's or the merchant's numbers. Paths under
    `/v3/fund-app/brand-redpacket/`.
    """

    __slots__ = ()

    def create_brand_redpacket_batch(
        self, *, body: BrandRedpacketBatchCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[BrandRedpacketBatchCreateResponse]:
        """``create_brand_redpacket_batch`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        品牌商户发放红包
        """
        from ..api.brand_redpacket import create_brand_redpacket_batch as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def query_brand_redpacket_batch_by_batch_no(
        self,
        batch_no: str,
        *,
        need_query_detail: bool | Unset = UNSET,
        detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
    ) -> Response[BrandRedpacketBatch]:
        """``query_brand_redpacket_batch_by_batch_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信支付批次单号查询批次单
        """
        from ..api.brand_redpacket import query_brand_redpacket_batch_by_batch_no as _op

        return self._invoker.call(
            _op.sync_detailed, batch_no=batch_no, need_query_detail=need_query_detail, detail_state=detail_state
        )

    def query_brand_redpacket_batch_by_out_batch_no(
        self,
        out_batch_no: str,
        *,
        need_query_detail: bool | Unset = UNSET,
        detail_state: QueryBrandRedpacketBatchByOutBatchNoDetailState | Unset = UNSET,
    ) -> Response[BrandRedpacketBatch]:
        """``query_brand_redpacket_batch_by_out_batch_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家批次单号查询批次单
        """
        from ..api.brand_redpacket import query_brand_redpacket_batch_by_out_batch_no as _op

        return self._invoker.call(
            _op.sync_detailed, out_batch_no=out_batch_no, need_query_detail=need_query_detail, detail_state=detail_state
        )

    def query_brand_redpacket_detail_by_detail_no(
        self, batch_no: str, detail_no: str
    ) -> Response[BrandRedpacketDetail]:
        """``query_brand_redpacket_detail_by_detail_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信支付明细单号查询明细单
        """
        from ..api.brand_redpacket import query_brand_redpacket_detail_by_detail_no as _op

        return self._invoker.call(_op.sync_detailed, batch_no=batch_no, detail_no=detail_no)

    def query_brand_redpacket_detail_by_out_detail_no(
        self, out_batch_no: str, out_detail_no: str
    ) -> Response[BrandRedpacketDetail]:
        """``query_brand_redpacket_detail_by_out_detail_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家明细单号查询明细单
        """
        from ..api.brand_redpacket import query_brand_redpacket_detail_by_out_detail_no as _op

        return self._invoker.call(_op.sync_detailed, out_batch_no=out_batch_no, out_detail_no=out_detail_no)


class AsyncBrandRedpacketResourceWithRawResponse(AsyncResource):
    """``brand_redpacket`` (async, raw responses).

    品牌红包 — brand red packets: send a batch of up to 10 brand red packets and look the batch
    and each red packet up by WeChat Pay's or the merchant's numbers. Paths under
    `/v3/fund-app/brand-redpacket/`.
    """

    __slots__ = ()

    async def create_brand_redpacket_batch(
        self, *, body: BrandRedpacketBatchCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[BrandRedpacketBatchCreateResponse]:
        """``create_brand_redpacket_batch`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        品牌商户发放红包
        """
        from ..api.brand_redpacket import create_brand_redpacket_batch as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def query_brand_redpacket_batch_by_batch_no(
        self,
        batch_no: str,
        *,
        need_query_detail: bool | Unset = UNSET,
        detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
    ) -> Response[BrandRedpacketBatch]:
        """``query_brand_redpacket_batch_by_batch_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信支付批次单号查询批次单
        """
        from ..api.brand_redpacket import query_brand_redpacket_batch_by_batch_no as _op

        return await self._invoker.call(
            _op.asyncio_detailed, batch_no=batch_no, need_query_detail=need_query_detail, detail_state=detail_state
        )

    async def query_brand_redpacket_batch_by_out_batch_no(
        self,
        out_batch_no: str,
        *,
        need_query_detail: bool | Unset = UNSET,
        detail_state: QueryBrandRedpacketBatchByOutBatchNoDetailState | Unset = UNSET,
    ) -> Response[BrandRedpacketBatch]:
        """``query_brand_redpacket_batch_by_out_batch_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家批次单号查询批次单
        """
        from ..api.brand_redpacket import query_brand_redpacket_batch_by_out_batch_no as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            out_batch_no=out_batch_no,
            need_query_detail=need_query_detail,
            detail_state=detail_state,
        )

    async def query_brand_redpacket_detail_by_detail_no(
        self, batch_no: str, detail_no: str
    ) -> Response[BrandRedpacketDetail]:
        """``query_brand_redpacket_detail_by_detail_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信支付明细单号查询明细单
        """
        from ..api.brand_redpacket import query_brand_redpacket_detail_by_detail_no as _op

        return await self._invoker.call(_op.asyncio_detailed, batch_no=batch_no, detail_no=detail_no)

    async def query_brand_redpacket_detail_by_out_detail_no(
        self, out_batch_no: str, out_detail_no: str
    ) -> Response[BrandRedpacketDetail]:
        """``query_brand_redpacket_detail_by_out_detail_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家明细单号查询明细单
        """
        from ..api.brand_redpacket import query_brand_redpacket_detail_by_out_detail_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_batch_no=out_batch_no, out_detail_no=out_detail_no)
