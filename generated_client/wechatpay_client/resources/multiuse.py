# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``multiuse`` tag: one method per operation of ``api/multiuse/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.multiuse_coupon_send_request import MultiuseCouponSendRequest
    from ..models.multiuse_coupon_send_response import MultiuseCouponSendResponse
    from ..models.multiuse_stock_flow_response import MultiuseStockFlowResponse
    from ..types import Response, Unset


class MultiuseResource(SyncResource):
    """``multiuse`` (typed results).

    运营工具∙消费金 — consumption credit (issue a credit of a batch to a real-name-checked
    user; get the download links of a batch's send, use and refund details). Paths under
    `/v3/multiuse/`.
    """

    __slots__ = ()

    def query_multiuse_stock_refund_flow_url(self, stock_id: str) -> MultiuseStockFlowResponse:
        """下载批次退款明细

        下载批次退款明细 — returns a link to the file of a batch's refund records (order
        numbers, goods, bank serial numbers), for reconciliation and analysis. Fetch the `url`
        with `download_bill` (token unchanged; the download is unsigned and has no digest).
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539762

        Operation: ``query_multiuse_stock_refund_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/refund-flow); function: ``api.multiuse.query_multiuse_stock_refund_flow_url``.
        """
        from ..api.multiuse import query_multiuse_stock_refund_flow_url as _op

        return self._invoker.call(_op.sync, stock_id=stock_id)

    def query_multiuse_stock_send_flow_url(self, stock_id: str) -> MultiuseStockFlowResponse:
        """下载批次发放明细

        下载批次发放明细 — returns a link to the file of a batch's issue records, for
        reconciliation and analysis. The answer is signed JSON with `url`, a
        `/v3/billdownload/file?token=...` address: fetch the file with `download_bill`, passing
        its `token` unchanged (that download is not signed and no digest is given). Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539756

        Operation: ``query_multiuse_stock_send_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/send-flow); function: ``api.multiuse.query_multiuse_stock_send_flow_url``.
        """
        from ..api.multiuse import query_multiuse_stock_send_flow_url as _op

        return self._invoker.call(_op.sync, stock_id=stock_id)

    def query_multiuse_stock_use_flow_url(self, stock_id: str) -> MultiuseStockFlowResponse:
        """下载核销明细

        下载核销明细 — returns a link to the file of a batch's spending records (order numbers,
        goods, bank serial numbers), for reconciliation and analysis. Fetch the `url` with
        `download_bill` (token unchanged; the download is unsigned and has no digest).
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539758

        Operation: ``query_multiuse_stock_use_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/use-flow); function: ``api.multiuse.query_multiuse_stock_use_flow_url``.
        """
        from ..api.multiuse import query_multiuse_stock_use_flow_url as _op

        return self._invoker.call(_op.sync, stock_id=stock_id)

    def send_multiuse_coupon(
        self, openid: str, *, body: MultiuseCouponSendRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> MultiuseCouponSendResponse:
        """发放指定批次的消费金

        发放指定批次的消费金 — issues one 消费金 (consumption credit) of a batch created in the
        merchant platform to the user `openid` of `appid`. The user is identified by real name
        and ID card (`card_type: ID_CARD`); both are sensitive: pass plaintext, the SDK encrypts
        them and sets `Wechatpay-Serial`. `amount` (fen) sets the face value when the batch
        lets the merchant choose it.

        - The answer is the new `coupon_id`. When the user spends the credit, WeChat Pay sends
          `COUPON.USE` with `business_type: MULTIUSE` (see `MultiuseNotificationResource`).
        - `out_request_no` is the merchant's unique number for this issue. Issuing is not
          documented as idempotent, and no API looks a credit up by `out_request_no`: after an
          unclear outcome, list the user's 消费金 of the batch (the 代金券 family's
          `list_favor_user_coupons` with `business_type=MULTIUSE` and `stock_id`) or check the
          batch's send details (`query_multiuse_stock_send_flow_url`) before issuing again
          with the same `out_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539766

        Operation: ``send_multiuse_coupon`` (POST /v3/multiuse/users/{openid}/coupons); function: ``api.multiuse.send_multiuse_coupon``.
        """
        from ..api.multiuse import send_multiuse_coupon as _op

        return self._invoker.call(_op.sync, openid=openid, body=body, wechatpay_serial=wechatpay_serial)


class AsyncMultiuseResource(AsyncResource):
    """``multiuse`` (async, typed results).

    运营工具∙消费金 — consumption credit (issue a credit of a batch to a real-name-checked
    user; get the download links of a batch's send, use and refund details). Paths under
    `/v3/multiuse/`.
    """

    __slots__ = ()

    async def query_multiuse_stock_refund_flow_url(self, stock_id: str) -> MultiuseStockFlowResponse:
        """下载批次退款明细

        下载批次退款明细 — returns a link to the file of a batch's refund records (order
        numbers, goods, bank serial numbers), for reconciliation and analysis. Fetch the `url`
        with `download_bill` (token unchanged; the download is unsigned and has no digest).
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539762

        Operation: ``query_multiuse_stock_refund_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/refund-flow); function: ``api.multiuse.query_multiuse_stock_refund_flow_url``.
        """
        from ..api.multiuse import query_multiuse_stock_refund_flow_url as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id)

    async def query_multiuse_stock_send_flow_url(self, stock_id: str) -> MultiuseStockFlowResponse:
        """下载批次发放明细

        下载批次发放明细 — returns a link to the file of a batch's issue records, for
        reconciliation and analysis. The answer is signed JSON with `url`, a
        `/v3/billdownload/file?token=...` address: fetch the file with `download_bill`, passing
        its `token` unchanged (that download is not signed and no digest is given). Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539756

        Operation: ``query_multiuse_stock_send_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/send-flow); function: ``api.multiuse.query_multiuse_stock_send_flow_url``.
        """
        from ..api.multiuse import query_multiuse_stock_send_flow_url as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id)

    async def query_multiuse_stock_use_flow_url(self, stock_id: str) -> MultiuseStockFlowResponse:
        """下载核销明细

        下载核销明细 — returns a link to the file of a batch's spending records (order numbers,
        goods, bank serial numbers), for reconciliation and analysis. Fetch the `url` with
        `download_bill` (token unchanged; the download is unsigned and has no digest).
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539758

        Operation: ``query_multiuse_stock_use_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/use-flow); function: ``api.multiuse.query_multiuse_stock_use_flow_url``.
        """
        from ..api.multiuse import query_multiuse_stock_use_flow_url as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id)

    async def send_multiuse_coupon(
        self, openid: str, *, body: MultiuseCouponSendRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> MultiuseCouponSendResponse:
        """发放指定批次的消费金

        发放指定批次的消费金 — issues one 消费金 (consumption credit) of a batch created in the
        merchant platform to the user `openid` of `appid`. The user is identified by real name
        and ID card (`card_type: ID_CARD`); both are sensitive: pass plaintext, the SDK encrypts
        them and sets `Wechatpay-Serial`. `amount` (fen) sets the face value when the batch
        lets the merchant choose it.

        - The answer is the new `coupon_id`. When the user spends the credit, WeChat Pay sends
          `COUPON.USE` with `business_type: MULTIUSE` (see `MultiuseNotificationResource`).
        - `out_request_no` is the merchant's unique number for this issue. Issuing is not
          documented as idempotent, and no API looks a credit up by `out_request_no`: after an
          unclear outcome, list the user's 消费金 of the batch (the 代金券 family's
          `list_favor_user_coupons` with `business_type=MULTIUSE` and `stock_id`) or check the
          batch's send details (`query_multiuse_stock_send_flow_url`) before issuing again
          with the same `out_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539766

        Operation: ``send_multiuse_coupon`` (POST /v3/multiuse/users/{openid}/coupons); function: ``api.multiuse.send_multiuse_coupon``.
        """
        from ..api.multiuse import send_multiuse_coupon as _op

        return await self._invoker.call(_op.asyncio, openid=openid, body=body, wechatpay_serial=wechatpay_serial)


class MultiuseResourceWithRawResponse(SyncResource):
    """``multiuse`` (raw responses).

    运营工具∙消费金 — consumption credit (issue a credit of a batch to a real-name-checked
    user; get the download links of a batch's send, use and refund details). Paths under
    `/v3/multiuse/`.
    """

    __slots__ = ()

    def query_multiuse_stock_refund_flow_url(self, stock_id: str) -> Response[MultiuseStockFlowResponse]:
        """``query_multiuse_stock_refund_flow_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载批次退款明细
        """
        from ..api.multiuse import query_multiuse_stock_refund_flow_url as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id)

    def query_multiuse_stock_send_flow_url(self, stock_id: str) -> Response[MultiuseStockFlowResponse]:
        """``query_multiuse_stock_send_flow_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载批次发放明细
        """
        from ..api.multiuse import query_multiuse_stock_send_flow_url as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id)

    def query_multiuse_stock_use_flow_url(self, stock_id: str) -> Response[MultiuseStockFlowResponse]:
        """``query_multiuse_stock_use_flow_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载核销明细
        """
        from ..api.multiuse import query_multiuse_stock_use_flow_url as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id)

    def send_multiuse_coupon(
        self, openid: str, *, body: MultiuseCouponSendRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[MultiuseCouponSendResponse]:
        """``send_multiuse_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发放指定批次的消费金
        """
        from ..api.multiuse import send_multiuse_coupon as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, body=body, wechatpay_serial=wechatpay_serial)


class AsyncMultiuseResourceWithRawResponse(AsyncResource):
    """``multiuse`` (async, raw responses).

    运营工具∙消费金 — consumption credit (issue a credit of a batch to a real-name-checked
    user; get the download links of a batch's send, use and refund details). Paths under
    `/v3/multiuse/`.
    """

    __slots__ = ()

    async def query_multiuse_stock_refund_flow_url(self, stock_id: str) -> Response[MultiuseStockFlowResponse]:
        """``query_multiuse_stock_refund_flow_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载批次退款明细
        """
        from ..api.multiuse import query_multiuse_stock_refund_flow_url as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id)

    async def query_multiuse_stock_send_flow_url(self, stock_id: str) -> Response[MultiuseStockFlowResponse]:
        """``query_multiuse_stock_send_flow_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载批次发放明细
        """
        from ..api.multiuse import query_multiuse_stock_send_flow_url as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id)

    async def query_multiuse_stock_use_flow_url(self, stock_id: str) -> Response[MultiuseStockFlowResponse]:
        """``query_multiuse_stock_use_flow_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载核销明细
        """
        from ..api.multiuse import query_multiuse_stock_use_flow_url as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id)

    async def send_multiuse_coupon(
        self, openid: str, *, body: MultiuseCouponSendRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[MultiuseCouponSendResponse]:
        """``send_multiuse_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发放指定批次的消费金
        """
        from ..api.multiuse import send_multiuse_coupon as _op

        return await self._invoker.call(
            _op.asyncio_detailed, openid=openid, body=body, wechatpay_serial=wechatpay_serial
        )
