# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``transfer_batches`` tag: one method per operation of ``api/transfer_batches/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.query_transfer_batch_by_batch_id_detail_status import QueryTransferBatchByBatchIdDetailStatus
    from ..models.query_transfer_batch_by_out_batch_no_detail_status import QueryTransferBatchByOutBatchNoDetailStatus
    from ..models.query_transfer_detail_receipt_accept_type import QueryTransferDetailReceiptAcceptType
    from ..models.transfer_batch_create_request import TransferBatchCreateRequest
    from ..models.transfer_batch_create_response import TransferBatchCreateResponse
    from ..models.transfer_batch_detail import TransferBatchDetail
    from ..models.transfer_batch_entity import TransferBatchEntity
    from ..models.transfer_batch_receipt import TransferBatchReceipt
    from ..models.transfer_batch_receipt_apply_request import TransferBatchReceiptApplyRequest
    from ..models.transfer_detail_receipt import TransferDetailReceipt
    from ..models.transfer_detail_receipt_apply_request import TransferDetailReceiptApplyRequest
    from ..types import File, Response, Unset


class TransferBatchesResource(SyncResource):
    """``transfer_batches`` (typed results).

    资金应用∙转账 — the older batch transfer to users' WeChat balance (商家转账到零钱): create and
    query batches and details, batch and detail electronic receipts and the receipt download.
    Paths under `/v3/transfer/`, `/v3/transfer-detail/` and `/v3/transferdownload/signfile`.
    """

    __slots__ = ()

    def apply_transfer_batch_receipt(
        self, *, body: TransferBatchReceiptApplyRequest | Mapping[str, Any]
    ) -> TransferBatchReceipt:
        """转账电子回单申请受理API

        转账电子回单申请受理API — asks for the electronic receipt of a whole transfer batch (by
        `out_batch_no`). The receipt is produced in the background; follow it with
        `query_transfer_batch_receipt`, which also settles an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458946

        Operation: ``apply_transfer_batch_receipt`` (POST /v3/transfer/bill-receipt); function: ``api.transfer_batches.apply_transfer_batch_receipt``.
        """
        from ..api.transfer_batches import apply_transfer_batch_receipt as _op

        return self._invoker.call(_op.sync, body=body)

    def apply_transfer_detail_receipt(
        self, *, body: TransferDetailReceiptApplyRequest | Mapping[str, Any]
    ) -> TransferDetailReceipt:
        """转账明细电子回单受理API

        转账明细电子回单受理API — asks for the electronic receipt of one transfer detail (for a
        batch transfer: `accept_type=BATCH_TRANSFER` with `out_batch_no` and `out_detail_no`). The
        receipt is produced in the background; follow it with `query_transfer_detail_receipt`,
        which also settles an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458967

        Operation: ``apply_transfer_detail_receipt`` (POST /v3/transfer-detail/electronic-receipts); function: ``api.transfer_batches.apply_transfer_detail_receipt``.
        """
        from ..api.transfer_batches import apply_transfer_detail_receipt as _op

        return self._invoker.call(_op.sync, body=body)

    def create_transfer_batch(
        self, *, body: TransferBatchCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferBatchCreateResponse:
        """发起批量转账API

        发起批量转账API — pays up to 1,000 users' WeChat balances in one batch. The answer only
        says the batch was accepted; details are paid later (those above the merchant's
        password-free amount wait for a merchant employee to confirm in 商家助手). Merchants that
        have moved to the newer transfer product get `NO_AUTH` here and use
        `create_transfer_bill` instead.

        - `total_amount` and `total_num` must equal the sum and count of `transfer_detail_list`.
        - `user_name` and `user_id_card` are sensitive: pass plaintext; the SDK encrypts them
          and sets `Wechatpay-Serial`. A name must not be sent for details below 0.3 yuan, is
          needed from 2,000 yuan upwards, and either all details of a batch carry one or none.
        - The final state goes to `notify_url` as `MCHTRANSFER.BATCH.FINISHED` or
          `MCHTRANSFER.BATCH.CLOSED` (see `TransferBatchNotificationResource`).
        - WeChat Pay treats a new `out_batch_no` as a new batch. After an error, a timeout or a
          5XX, keep the same `out_batch_no`: look the batch up with
          `query_transfer_batch_by_out_batch_no`, and resend only with identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458841

        Operation: ``create_transfer_batch`` (POST /v3/transfer/batches); function: ``api.transfer_batches.create_transfer_batch``.
        """
        from ..api.transfer_batches import create_transfer_batch as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def download_transfer_receipt(self, *, token: str) -> File:
        """下载电子回单API

        下载电子回单API — fetches a batch or detail receipt file (PDF) from the `download_url` of
        `query_transfer_batch_receipt` or `query_transfer_detail_receipt`: pass its `token`
        query value unchanged.

        - The request is signed like any GET.
        - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
          false`): compute the digest named by `hash_type` of the file and compare it with the
          signed `hash_value` before using the file.
        - Safe to repeat.

        Official doc: https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html

        Operation: ``download_transfer_receipt`` (GET /v3/transferdownload/signfile); function: ``api.transfer_batches.download_transfer_receipt``.
        """
        from ..api.transfer_batches import download_transfer_receipt as _op

        return self._invoker.call(_op.sync, token=token)

    def query_transfer_batch_by_batch_id(
        self,
        batch_id: str,
        *,
        need_query_detail: bool,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        detail_status: QueryTransferBatchByBatchIdDetailStatus | Unset = UNSET,
    ) -> TransferBatchEntity:
        """微信批次单号查询批次单API

        微信批次单号查询批次单API — reads a transfer batch by WeChat Pay's `batch_id`, and, with
        `need_query_detail=true` once the batch is `FINISHED`, a page of its details
        (`offset`/`limit`, filtered by `detail_status`). Check every detail: a finished batch can
        hold both successful and failed details. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458868

        Operation: ``query_transfer_batch_by_batch_id`` (GET /v3/transfer/batches/batch-id/{batch_id}); function: ``api.transfer_batches.query_transfer_batch_by_batch_id``.
        """
        from ..api.transfer_batches import query_transfer_batch_by_batch_id as _op

        return self._invoker.call(
            _op.sync,
            batch_id=batch_id,
            need_query_detail=need_query_detail,
            offset=offset,
            limit=limit,
            detail_status=detail_status,
        )

    def query_transfer_batch_by_out_batch_no(
        self,
        out_batch_no: str,
        *,
        need_query_detail: bool,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
    ) -> TransferBatchEntity:
        """商家批次单号查询批次单API

        商家批次单号查询批次单API — reads a transfer batch by the merchant's `out_batch_no`, with
        an optional page of details as in `query_transfer_batch_by_batch_id`. This is the lookup
        that settles an unclear outcome of `create_transfer_batch`. Query at intervals of at least
        a minute. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458877

        Operation: ``query_transfer_batch_by_out_batch_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no}); function: ``api.transfer_batches.query_transfer_batch_by_out_batch_no``.
        """
        from ..api.transfer_batches import query_transfer_batch_by_out_batch_no as _op

        return self._invoker.call(
            _op.sync,
            out_batch_no=out_batch_no,
            need_query_detail=need_query_detail,
            offset=offset,
            limit=limit,
            detail_status=detail_status,
        )

    def query_transfer_batch_receipt(self, out_batch_no: str) -> TransferBatchReceipt:
        """查询转账电子回单API

        查询转账电子回单API — reads the receipt request of a batch: its state and, once ready, the
        file's `download_url` and digest (`hash_type`, `hash_value`). Fetch the file with
        `download_transfer_receipt` and compare its digest with `hash_value`, because the
        download is not signed. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458950

        Operation: ``query_transfer_batch_receipt`` (GET /v3/transfer/bill-receipt/{out_batch_no}); function: ``api.transfer_batches.query_transfer_batch_receipt``.
        """
        from ..api.transfer_batches import query_transfer_batch_receipt as _op

        return self._invoker.call(_op.sync, out_batch_no=out_batch_no)

    def query_transfer_detail_by_detail_id(self, batch_id: str, detail_id: str) -> TransferBatchDetail:
        """微信明细单号查询明细单API

        微信明细单号查询明细单API — reads one transfer detail by WeChat Pay's `batch_id` and
        `detail_id`: its state, amount and failure reason. `user_name`, when present, is
        encrypted with the merchant's own key. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458886

        Operation: ``query_transfer_detail_by_detail_id`` (GET /v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}); function: ``api.transfer_batches.query_transfer_detail_by_detail_id``.
        """
        from ..api.transfer_batches import query_transfer_detail_by_detail_id as _op

        return self._invoker.call(_op.sync, batch_id=batch_id, detail_id=detail_id)

    def query_transfer_detail_by_out_detail_no(self, out_batch_no: str, out_detail_no: str) -> TransferBatchDetail:
        """商家明细单号查询明细单API

        商家明细单号查询明细单API — reads one transfer detail by the merchant's `out_batch_no` and
        `out_detail_no`; same answer as `query_transfer_detail_by_detail_id`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458902

        Operation: ``query_transfer_detail_by_out_detail_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}); function: ``api.transfer_batches.query_transfer_detail_by_out_detail_no``.
        """
        from ..api.transfer_batches import query_transfer_detail_by_out_detail_no as _op

        return self._invoker.call(_op.sync, out_batch_no=out_batch_no, out_detail_no=out_detail_no)

    def query_transfer_detail_receipt(
        self,
        *,
        accept_type: QueryTransferDetailReceiptAcceptType,
        out_batch_no: str | Unset = UNSET,
        out_detail_no: str,
    ) -> TransferDetailReceipt:
        """查询转账明细电子回单受理结果API

        查询转账明细电子回单受理结果API — reads the receipt request of one transfer detail, with the
        same three keys as the request (`accept_type`, `out_batch_no`, `out_detail_no`): its state
        and, once ready, `download_url` and the digest to check the downloaded file against
        (`download_transfer_receipt`; the download is not signed). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458972

        Operation: ``query_transfer_detail_receipt`` (GET /v3/transfer-detail/electronic-receipts); function: ``api.transfer_batches.query_transfer_detail_receipt``.
        """
        from ..api.transfer_batches import query_transfer_detail_receipt as _op

        return self._invoker.call(
            _op.sync, accept_type=accept_type, out_batch_no=out_batch_no, out_detail_no=out_detail_no
        )


class AsyncTransferBatchesResource(AsyncResource):
    """``transfer_batches`` (async, typed results).

    资金应用∙转账 — the older batch transfer to users' WeChat balance (商家转账到零钱): create and
    query batches and details, batch and detail electronic receipts and the receipt download.
    Paths under `/v3/transfer/`, `/v3/transfer-detail/` and `/v3/transferdownload/signfile`.
    """

    __slots__ = ()

    async def apply_transfer_batch_receipt(
        self, *, body: TransferBatchReceiptApplyRequest | Mapping[str, Any]
    ) -> TransferBatchReceipt:
        """转账电子回单申请受理API

        转账电子回单申请受理API — asks for the electronic receipt of a whole transfer batch (by
        `out_batch_no`). The receipt is produced in the background; follow it with
        `query_transfer_batch_receipt`, which also settles an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458946

        Operation: ``apply_transfer_batch_receipt`` (POST /v3/transfer/bill-receipt); function: ``api.transfer_batches.apply_transfer_batch_receipt``.
        """
        from ..api.transfer_batches import apply_transfer_batch_receipt as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def apply_transfer_detail_receipt(
        self, *, body: TransferDetailReceiptApplyRequest | Mapping[str, Any]
    ) -> TransferDetailReceipt:
        """转账明细电子回单受理API

        转账明细电子回单受理API — asks for the electronic receipt of one transfer detail (for a
        batch transfer: `accept_type=BATCH_TRANSFER` with `out_batch_no` and `out_detail_no`). The
        receipt is produced in the background; follow it with `query_transfer_detail_receipt`,
        which also settles an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458967

        Operation: ``apply_transfer_detail_receipt`` (POST /v3/transfer-detail/electronic-receipts); function: ``api.transfer_batches.apply_transfer_detail_receipt``.
        """
        from ..api.transfer_batches import apply_transfer_detail_receipt as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_transfer_batch(
        self, *, body: TransferBatchCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> TransferBatchCreateResponse:
        """发起批量转账API

        发起批量转账API — pays up to 1,000 users' WeChat balances in one batch. The answer only
        says the batch was accepted; details are paid later (those above the merchant's
        password-free amount wait for a merchant employee to confirm in 商家助手). Merchants that
        have moved to the newer transfer product get `NO_AUTH` here and use
        `create_transfer_bill` instead.

        - `total_amount` and `total_num` must equal the sum and count of `transfer_detail_list`.
        - `user_name` and `user_id_card` are sensitive: pass plaintext; the SDK encrypts them
          and sets `Wechatpay-Serial`. A name must not be sent for details below 0.3 yuan, is
          needed from 2,000 yuan upwards, and either all details of a batch carry one or none.
        - The final state goes to `notify_url` as `MCHTRANSFER.BATCH.FINISHED` or
          `MCHTRANSFER.BATCH.CLOSED` (see `TransferBatchNotificationResource`).
        - WeChat Pay treats a new `out_batch_no` as a new batch. After an error, a timeout or a
          5XX, keep the same `out_batch_no`: look the batch up with
          `query_transfer_batch_by_out_batch_no`, and resend only with identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458841

        Operation: ``create_transfer_batch`` (POST /v3/transfer/batches); function: ``api.transfer_batches.create_transfer_batch``.
        """
        from ..api.transfer_batches import create_transfer_batch as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def download_transfer_receipt(self, *, token: str) -> File:
        """下载电子回单API

        下载电子回单API — fetches a batch or detail receipt file (PDF) from the `download_url` of
        `query_transfer_batch_receipt` or `query_transfer_detail_receipt`: pass its `token`
        query value unchanged.

        - The request is signed like any GET.
        - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
          false`): compute the digest named by `hash_type` of the file and compare it with the
          signed `hash_value` before using the file.
        - Safe to repeat.

        Official doc: https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html

        Operation: ``download_transfer_receipt`` (GET /v3/transferdownload/signfile); function: ``api.transfer_batches.download_transfer_receipt``.
        """
        from ..api.transfer_batches import download_transfer_receipt as _op

        return await self._invoker.call(_op.asyncio, token=token)

    async def query_transfer_batch_by_batch_id(
        self,
        batch_id: str,
        *,
        need_query_detail: bool,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        detail_status: QueryTransferBatchByBatchIdDetailStatus | Unset = UNSET,
    ) -> TransferBatchEntity:
        """微信批次单号查询批次单API

        微信批次单号查询批次单API — reads a transfer batch by WeChat Pay's `batch_id`, and, with
        `need_query_detail=true` once the batch is `FINISHED`, a page of its details
        (`offset`/`limit`, filtered by `detail_status`). Check every detail: a finished batch can
        hold both successful and failed details. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458868

        Operation: ``query_transfer_batch_by_batch_id`` (GET /v3/transfer/batches/batch-id/{batch_id}); function: ``api.transfer_batches.query_transfer_batch_by_batch_id``.
        """
        from ..api.transfer_batches import query_transfer_batch_by_batch_id as _op

        return await self._invoker.call(
            _op.asyncio,
            batch_id=batch_id,
            need_query_detail=need_query_detail,
            offset=offset,
            limit=limit,
            detail_status=detail_status,
        )

    async def query_transfer_batch_by_out_batch_no(
        self,
        out_batch_no: str,
        *,
        need_query_detail: bool,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
    ) -> TransferBatchEntity:
        """商家批次单号查询批次单API

        商家批次单号查询批次单API — reads a transfer batch by the merchant's `out_batch_no`, with
        an optional page of details as in `query_transfer_batch_by_batch_id`. This is the lookup
        that settles an unclear outcome of `create_transfer_batch`. Query at intervals of at least
        a minute. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458877

        Operation: ``query_transfer_batch_by_out_batch_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no}); function: ``api.transfer_batches.query_transfer_batch_by_out_batch_no``.
        """
        from ..api.transfer_batches import query_transfer_batch_by_out_batch_no as _op

        return await self._invoker.call(
            _op.asyncio,
            out_batch_no=out_batch_no,
            need_query_detail=need_query_detail,
            offset=offset,
            limit=limit,
            detail_status=detail_status,
        )

    async def query_transfer_batch_receipt(self, out_batch_no: str) -> TransferBatchReceipt:
        """查询转账电子回单API

        查询转账电子回单API — reads the receipt request of a batch: its state and, once ready, the
        file's `download_url` and digest (`hash_type`, `hash_value`). Fetch the file with
        `download_transfer_receipt` and compare its digest with `hash_value`, because the
        download is not signed. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458950

        Operation: ``query_transfer_batch_receipt`` (GET /v3/transfer/bill-receipt/{out_batch_no}); function: ``api.transfer_batches.query_transfer_batch_receipt``.
        """
        from ..api.transfer_batches import query_transfer_batch_receipt as _op

        return await self._invoker.call(_op.asyncio, out_batch_no=out_batch_no)

    async def query_transfer_detail_by_detail_id(self, batch_id: str, detail_id: str) -> TransferBatchDetail:
        """微信明细单号查询明细单API

        微信明细单号查询明细单API — reads one transfer detail by WeChat Pay's `batch_id` and
        `detail_id`: its state, amount and failure reason. `user_name`, when present, is
        encrypted with the merchant's own key. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458886

        Operation: ``query_transfer_detail_by_detail_id`` (GET /v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}); function: ``api.transfer_batches.query_transfer_detail_by_detail_id``.
        """
        from ..api.transfer_batches import query_transfer_detail_by_detail_id as _op

        return await self._invoker.call(_op.asyncio, batch_id=batch_id, detail_id=detail_id)

    async def query_transfer_detail_by_out_detail_no(
        self, out_batch_no: str, out_detail_no: str
    ) -> TransferBatchDetail:
        """商家明细单号查询明细单API

        商家明细单号查询明细单API — reads one transfer detail by the merchant's `out_batch_no` and
        `out_detail_no`; same answer as `query_transfer_detail_by_detail_id`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458902

        Operation: ``query_transfer_detail_by_out_detail_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}); function: ``api.transfer_batches.query_transfer_detail_by_out_detail_no``.
        """
        from ..api.transfer_batches import query_transfer_detail_by_out_detail_no as _op

        return await self._invoker.call(_op.asyncio, out_batch_no=out_batch_no, out_detail_no=out_detail_no)

    async def query_transfer_detail_receipt(
        self,
        *,
        accept_type: QueryTransferDetailReceiptAcceptType,
        out_batch_no: str | Unset = UNSET,
        out_detail_no: str,
    ) -> TransferDetailReceipt:
        """查询转账明细电子回单受理结果API

        查询转账明细电子回单受理结果API — reads the receipt request of one transfer detail, with the
        same three keys as the request (`accept_type`, `out_batch_no`, `out_detail_no`): its state
        and, once ready, `download_url` and the digest to check the downloaded file against
        (`download_transfer_receipt`; the download is not signed). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458972

        Operation: ``query_transfer_detail_receipt`` (GET /v3/transfer-detail/electronic-receipts); function: ``api.transfer_batches.query_transfer_detail_receipt``.
        """
        from ..api.transfer_batches import query_transfer_detail_receipt as _op

        return await self._invoker.call(
            _op.asyncio, accept_type=accept_type, out_batch_no=out_batch_no, out_detail_no=out_detail_no
        )


class TransferBatchesResourceWithRawResponse(SyncResource):
    """``transfer_batches`` (raw responses).

    资金应用∙转账 — the older batch transfer to users' WeChat balance (商家转账到零钱): create and
    query batches and details, batch and detail electronic receipts and the receipt download.
    Paths under `/v3/transfer/`, `/v3/transfer-detail/` and `/v3/transferdownload/signfile`.
    """

    __slots__ = ()

    def apply_transfer_batch_receipt(
        self, *, body: TransferBatchReceiptApplyRequest | Mapping[str, Any]
    ) -> Response[TransferBatchReceipt]:
        """``apply_transfer_batch_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        转账电子回单申请受理API
        """
        from ..api.transfer_batches import apply_transfer_batch_receipt as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def apply_transfer_detail_receipt(
        self, *, body: TransferDetailReceiptApplyRequest | Mapping[str, Any]
    ) -> Response[TransferDetailReceipt]:
        """``apply_transfer_detail_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        转账明细电子回单受理API
        """
        from ..api.transfer_batches import apply_transfer_detail_receipt as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_transfer_batch(
        self, *, body: TransferBatchCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferBatchCreateResponse]:
        """``create_transfer_batch`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起批量转账API
        """
        from ..api.transfer_batches import create_transfer_batch as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def download_transfer_receipt(self, *, token: str) -> Response[File]:
        """``download_transfer_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载电子回单API
        """
        from ..api.transfer_batches import download_transfer_receipt as _op

        return self._invoker.call(_op.sync_detailed, token=token)

    def query_transfer_batch_by_batch_id(
        self,
        batch_id: str,
        *,
        need_query_detail: bool,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        detail_status: QueryTransferBatchByBatchIdDetailStatus | Unset = UNSET,
    ) -> Response[TransferBatchEntity]:
        """``query_transfer_batch_by_batch_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信批次单号查询批次单API
        """
        from ..api.transfer_batches import query_transfer_batch_by_batch_id as _op

        return self._invoker.call(
            _op.sync_detailed,
            batch_id=batch_id,
            need_query_detail=need_query_detail,
            offset=offset,
            limit=limit,
            detail_status=detail_status,
        )

    def query_transfer_batch_by_out_batch_no(
        self,
        out_batch_no: str,
        *,
        need_query_detail: bool,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
    ) -> Response[TransferBatchEntity]:
        """``query_transfer_batch_by_out_batch_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家批次单号查询批次单API
        """
        from ..api.transfer_batches import query_transfer_batch_by_out_batch_no as _op

        return self._invoker.call(
            _op.sync_detailed,
            out_batch_no=out_batch_no,
            need_query_detail=need_query_detail,
            offset=offset,
            limit=limit,
            detail_status=detail_status,
        )

    def query_transfer_batch_receipt(self, out_batch_no: str) -> Response[TransferBatchReceipt]:
        """``query_transfer_batch_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询转账电子回单API
        """
        from ..api.transfer_batches import query_transfer_batch_receipt as _op

        return self._invoker.call(_op.sync_detailed, out_batch_no=out_batch_no)

    def query_transfer_detail_by_detail_id(self, batch_id: str, detail_id: str) -> Response[TransferBatchDetail]:
        """``query_transfer_detail_by_detail_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信明细单号查询明细单API
        """
        from ..api.transfer_batches import query_transfer_detail_by_detail_id as _op

        return self._invoker.call(_op.sync_detailed, batch_id=batch_id, detail_id=detail_id)

    def query_transfer_detail_by_out_detail_no(
        self, out_batch_no: str, out_detail_no: str
    ) -> Response[TransferBatchDetail]:
        """``query_transfer_detail_by_out_detail_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家明细单号查询明细单API
        """
        from ..api.transfer_batches import query_transfer_detail_by_out_detail_no as _op

        return self._invoker.call(_op.sync_detailed, out_batch_no=out_batch_no, out_detail_no=out_detail_no)

    def query_transfer_detail_receipt(
        self,
        *,
        accept_type: QueryTransferDetailReceiptAcceptType,
        out_batch_no: str | Unset = UNSET,
        out_detail_no: str,
    ) -> Response[TransferDetailReceipt]:
        """``query_transfer_detail_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询转账明细电子回单受理结果API
        """
        from ..api.transfer_batches import query_transfer_detail_receipt as _op

        return self._invoker.call(
            _op.sync_detailed, accept_type=accept_type, out_batch_no=out_batch_no, out_detail_no=out_detail_no
        )


class AsyncTransferBatchesResourceWithRawResponse(AsyncResource):
    """``transfer_batches`` (async, raw responses).

    资金应用∙转账 — the older batch transfer to users' WeChat balance (商家转账到零钱): create and
    query batches and details, batch and detail electronic receipts and the receipt download.
    Paths under `/v3/transfer/`, `/v3/transfer-detail/` and `/v3/transferdownload/signfile`.
    """

    __slots__ = ()

    async def apply_transfer_batch_receipt(
        self, *, body: TransferBatchReceiptApplyRequest | Mapping[str, Any]
    ) -> Response[TransferBatchReceipt]:
        """``apply_transfer_batch_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        转账电子回单申请受理API
        """
        from ..api.transfer_batches import apply_transfer_batch_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def apply_transfer_detail_receipt(
        self, *, body: TransferDetailReceiptApplyRequest | Mapping[str, Any]
    ) -> Response[TransferDetailReceipt]:
        """``apply_transfer_detail_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        转账明细电子回单受理API
        """
        from ..api.transfer_batches import apply_transfer_detail_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_transfer_batch(
        self, *, body: TransferBatchCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[TransferBatchCreateResponse]:
        """``create_transfer_batch`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起批量转账API
        """
        from ..api.transfer_batches import create_transfer_batch as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def download_transfer_receipt(self, *, token: str) -> Response[File]:
        """``download_transfer_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载电子回单API
        """
        from ..api.transfer_batches import download_transfer_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, token=token)

    async def query_transfer_batch_by_batch_id(
        self,
        batch_id: str,
        *,
        need_query_detail: bool,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        detail_status: QueryTransferBatchByBatchIdDetailStatus | Unset = UNSET,
    ) -> Response[TransferBatchEntity]:
        """``query_transfer_batch_by_batch_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信批次单号查询批次单API
        """
        from ..api.transfer_batches import query_transfer_batch_by_batch_id as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            batch_id=batch_id,
            need_query_detail=need_query_detail,
            offset=offset,
            limit=limit,
            detail_status=detail_status,
        )

    async def query_transfer_batch_by_out_batch_no(
        self,
        out_batch_no: str,
        *,
        need_query_detail: bool,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
    ) -> Response[TransferBatchEntity]:
        """``query_transfer_batch_by_out_batch_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家批次单号查询批次单API
        """
        from ..api.transfer_batches import query_transfer_batch_by_out_batch_no as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            out_batch_no=out_batch_no,
            need_query_detail=need_query_detail,
            offset=offset,
            limit=limit,
            detail_status=detail_status,
        )

    async def query_transfer_batch_receipt(self, out_batch_no: str) -> Response[TransferBatchReceipt]:
        """``query_transfer_batch_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询转账电子回单API
        """
        from ..api.transfer_batches import query_transfer_batch_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, out_batch_no=out_batch_no)

    async def query_transfer_detail_by_detail_id(self, batch_id: str, detail_id: str) -> Response[TransferBatchDetail]:
        """``query_transfer_detail_by_detail_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信明细单号查询明细单API
        """
        from ..api.transfer_batches import query_transfer_detail_by_detail_id as _op

        return await self._invoker.call(_op.asyncio_detailed, batch_id=batch_id, detail_id=detail_id)

    async def query_transfer_detail_by_out_detail_no(
        self, out_batch_no: str, out_detail_no: str
    ) -> Response[TransferBatchDetail]:
        """``query_transfer_detail_by_out_detail_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商家明细单号查询明细单API
        """
        from ..api.transfer_batches import query_transfer_detail_by_out_detail_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_batch_no=out_batch_no, out_detail_no=out_detail_no)

    async def query_transfer_detail_receipt(
        self,
        *,
        accept_type: QueryTransferDetailReceiptAcceptType,
        out_batch_no: str | Unset = UNSET,
        out_detail_no: str,
    ) -> Response[TransferDetailReceipt]:
        """``query_transfer_detail_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询转账明细电子回单受理结果API
        """
        from ..api.transfer_batches import query_transfer_detail_receipt as _op

        return await self._invoker.call(
            _op.asyncio_detailed, accept_type=accept_type, out_batch_no=out_batch_no, out_detail_no=out_detail_no
        )
