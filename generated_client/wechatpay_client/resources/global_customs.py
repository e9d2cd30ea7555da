# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``global_customs`` tag: one method per operation of ``api/global_customs/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.global_customs_order import GlobalCustomsOrder
    from ..models.global_customs_order_create_request import GlobalCustomsOrderCreateRequest
    from ..models.global_customs_order_list import GlobalCustomsOrderList
    from ..models.global_customs_order_modify_request import GlobalCustomsOrderModifyRequest
    from ..models.global_customs_redeclare_request import GlobalCustomsRedeclareRequest
    from ..models.global_customs_redeclare_response import GlobalCustomsRedeclareResponse
    from ..models.global_customs_verify_certificate_request import GlobalCustomsVerifyCertificateRequest
    from ..models.global_customs_verify_certificate_response import GlobalCustomsVerifyCertificateResponse
    from ..models.query_global_customs_orders_customs import QueryGlobalCustomsOrdersCustoms
    from ..models.query_global_customs_orders_order_type import QueryGlobalCustomsOrdersOrderType
    from ..types import Response, Unset


class GlobalCustomsResource(SyncResource):
    """``global_customs`` (typed results).

    跨境∙报关 — cross-border customs declaration: declare an order's payment to Chinese customs,
    query, modify and re-push the declaration, and check the buyer's identity. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/customs/`.
    """

    __slots__ = ()

    def create_global_customs_order(
        self, *, body: GlobalCustomsOrderCreateRequest | Mapping[str, Any]
    ) -> GlobalCustomsOrder:
        """报关

        报关 — sends the payment details of a paid order (`out_trade_no` / `transaction_id`) to a
        Chinese customs office (`customs`) under the merchant's customs registration
        (`merchant_customs_no`). For an order split into several customs sub-orders, send one
        request per `sub_order_no` with its fees. Fees are integers in the smallest unit of
        `fee_type`.

        - The answer gives the declaration `state` (`PROCESSING` at first) and the verifying
          body; follow it with `query_global_customs_orders`.
        - Not documented as idempotent. After a timeout or 5XX, query the declaration before
          resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025127

        Operation: ``create_global_customs_order`` (POST /v3/global/customs/orders); function: ``api.global_customs.create_global_customs_order``.
        """
        from ..api.global_customs import create_global_customs_order as _op

        return self._invoker.call(_op.sync, body=body)

    def modify_global_customs_order(
        self, *, body: GlobalCustomsOrderModifyRequest | Mapping[str, Any]
    ) -> GlobalCustomsOrder:
        """报关信息修改

        报关信息修改 — corrects the fees or registration of a declaration that was already sent
        (same order, customs office and, for split orders, `sub_order_no`). The answer gives the
        declaration's new `state`. Not documented as idempotent; after a timeout or 5XX, check
        with `query_global_customs_orders` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025136

        Operation: ``modify_global_customs_order`` (PATCH /v3/global/customs/orders); function: ``api.global_customs.modify_global_customs_order``.
        """
        from ..api.global_customs import modify_global_customs_order as _op

        return self._invoker.call(_op.sync, body=body)

    def query_global_customs_orders(
        self,
        *,
        appid: str,
        mchid: str,
        order_type: QueryGlobalCustomsOrdersOrderType,
        order_no: str,
        customs: QueryGlobalCustomsOrdersCustoms,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GlobalCustomsOrderList:
        """报关查询

        报关查询 — lists the customs declarations of one order at one customs office. Name the
        order by `order_type` (`out_trade_no`, `transaction_id`, `sub_order_no` or
        `sub_order_id`) and `order_no`; page with `offset`/`limit`. Each entry in `data` has the
        declaration `state` and, for a failure, `explanation`. This settles an unclear outcome of
        declaring, modifying or re-pushing. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025131

        Operation: ``query_global_customs_orders`` (GET /v3/global/customs/orders); function: ``api.global_customs.query_global_customs_orders``.
        """
        from ..api.global_customs import query_global_customs_orders as _op

        return self._invoker.call(
            _op.sync,
            appid=appid,
            mchid=mchid,
            order_type=order_type,
            order_no=order_no,
            customs=customs,
            offset=offset,
            limit=limit,
        )

    def redeclare_global_customs_order(
        self, *, body: GlobalCustomsRedeclareRequest | Mapping[str, Any]
    ) -> GlobalCustomsRedeclareResponse:
        """报关重推

        报关重推 — pushes a declaration to customs again when the electronic port lost it. The
        declaration must already have been sent (its state must allow a re-push); name the order
        by one of `out_trade_no`, `transaction_id`, `sub_order_no`, `sub_order_id`. Not
        documented as idempotent; after a timeout or 5XX, check with
        `query_global_customs_orders` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025133

        Operation: ``redeclare_global_customs_order`` (POST /v3/global/customs/redeclare); function: ``api.global_customs.redeclare_global_customs_order``.
        """
        from ..api.global_customs import redeclare_global_customs_order as _op

        return self._invoker.call(_op.sync, body=body)

    def verify_global_customs_certificate(
        self, *, body: GlobalCustomsVerifyCertificateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> GlobalCustomsVerifyCertificateResponse:
        """身份信息校验

        身份信息校验 — sends the buyer's identity (ID card number and name) for a declared order;
        WeChat Pay checks it against the payer and answers `SAME` or `DIFFERENT`, so that the
        merchant can correct the declaration.

        - `certificate_id` and `certificate_name` are sensitive: give the plaintext; the SDK
          encrypts them and fills `Wechatpay-Serial`.
        - The result is only in the answer; nothing reads it back. A resend repeats the check.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025128

        Operation: ``verify_global_customs_certificate`` (POST /v3/global/customs/verify-certificate); function: ``api.global_customs.verify_global_customs_certificate``.
        """
        from ..api.global_customs import verify_global_customs_certificate as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)


class AsyncGlobalCustomsResource(AsyncResource):
    """``global_customs`` (async, typed results).

    跨境∙报关 — cross-border customs declaration: declare an order's payment to Chinese customs,
    query, modify and re-push the declaration, and check the buyer's identity. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/customs/`.
    """

    __slots__ = ()

    async def create_global_customs_order(
        self, *, body: GlobalCustomsOrderCreateRequest | Mapping[str, Any]
    ) -> GlobalCustomsOrder:
        """报关

        报关 — sends the payment details of a paid order (`out_trade_no` / `transaction_id`) to a
        Chinese customs office (`customs`) under the merchant's customs registration
        (`merchant_customs_no`). For an order split into several customs sub-orders, send one
        request per `sub_order_no` with its fees. Fees are integers in the smallest unit of
        `fee_type`.

        - The answer gives the declaration `state` (`PROCESSING` at first) and the verifying
          body; follow it with `query_global_customs_orders`.
        - Not documented as idempotent. After a timeout or 5XX, query the declaration before
          resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025127

        Operation: ``create_global_customs_order`` (POST /v3/global/customs/orders); function: ``api.global_customs.create_global_customs_order``.
        """
        from ..api.global_customs import create_global_customs_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def modify_global_customs_order(
        self, *, body: GlobalCustomsOrderModifyRequest | Mapping[str, Any]
    ) -> GlobalCustomsOrder:
        """报关信息修改

        报关信息修改 — corrects the fees or registration of a declaration that was already sent
        (same order, customs office and, for split orders, `sub_order_no`). The answer gives the
        declaration's new `state`. Not documented as idempotent; after a timeout or 5XX, check
        with `query_global_customs_orders` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025136

        Operation: ``modify_global_customs_order`` (PATCH /v3/global/customs/orders); function: ``api.global_customs.modify_global_customs_order``.
        """
        from ..api.global_customs import modify_global_customs_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_global_customs_orders(
        self,
        *,
        appid: str,
        mchid: str,
        order_type: QueryGlobalCustomsOrdersOrderType,
        order_no: str,
        customs: QueryGlobalCustomsOrdersCustoms,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GlobalCustomsOrderList:
        """报关查询

        报关查询 — lists the customs declarations of one order at one customs office. Name the
        order by `order_type` (`out_trade_no`, `transaction_id`, `sub_order_no` or
        `sub_order_id`) and `order_no`; page with `offset`/`limit`. Each entry in `data` has the
        declaration `state` and, for a failure, `explanation`. This settles an unclear outcome of
        declaring, modifying or re-pushing. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025131

        Operation: ``query_global_customs_orders`` (GET /v3/global/customs/orders); function: ``api.global_customs.query_global_customs_orders``.
        """
        from ..api.global_customs import query_global_customs_orders as _op

        return await self._invoker.call(
            _op.asyncio,
            appid=appid,
            mchid=mchid,
            order_type=order_type,
            order_no=order_no,
            customs=customs,
            offset=offset,
            limit=limit,
        )

    async def redeclare_global_customs_order(
        self, *, body: GlobalCustomsRedeclareRequest | Mapping[str, Any]
    ) -> GlobalCustomsRedeclareResponse:
        """报关重推

        报关重推 — pushes a declaration to customs again when the electronic port lost it. The
        declaration must already have been sent (its state must allow a re-push); name the order
        by one of `out_trade_no`, `transaction_id`, `sub_order_no`, `sub_order_id`. Not
        documented as idempotent; after a timeout or 5XX, check with
        `query_global_customs_orders` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025133

        Operation: ``redeclare_global_customs_order`` (POST /v3/global/customs/redeclare); function: ``api.global_customs.redeclare_global_customs_order``.
        """
        from ..api.global_customs import redeclare_global_customs_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def verify_global_customs_certificate(
        self, *, body: GlobalCustomsVerifyCertificateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> GlobalCustomsVerifyCertificateResponse:
        """身份信息校验

        身份信息校验 — sends the buyer's identity (ID card number and name) for a declared order;
        WeChat Pay checks it against the payer and answers `SAME` or `DIFFERENT`, so that the
        merchant can correct the declaration.

        - `certificate_id` and `certificate_name` are sensitive: give the plaintext; the SDK
          encrypts them and fills `Wechatpay-Serial`.
        - The result is only in the answer; nothing reads it back. A resend repeats the check.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025128

        Operation: ``verify_global_customs_certificate`` (POST /v3/global/customs/verify-certificate); function: ``api.global_customs.verify_global_customs_certificate``.
        """
        from ..api.global_customs import verify_global_customs_certificate as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)


class GlobalCustomsResourceWithRawResponse(SyncResource):
    """``global_customs`` (raw responses).

    跨境∙报关 — cross-border customs declaration: declare an order's payment to Chinese customs,
    query, modify and re-push the declaration, and check the buyer's identity. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/customs/`.
    """

    __slots__ = ()

    def create_global_customs_order(
        self, *, body: GlobalCustomsOrderCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalCustomsOrder]:
        """``create_global_customs_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        报关
        """
        from ..api.global_customs import create_global_customs_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def modify_global_customs_order(
        self, *, body: GlobalCustomsOrderModifyRequest | Mapping[str, Any]
    ) -> Response[GlobalCustomsOrder]:
        """``modify_global_customs_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        报关信息修改
        """
        from ..api.global_customs import modify_global_customs_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_global_customs_orders(
        self,
        *,
        appid: str,
        mchid: str,
        order_type: QueryGlobalCustomsOrdersOrderType,
        order_no: str,
        customs: QueryGlobalCustomsOrdersCustoms,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> Response[GlobalCustomsOrderList]:
        """``query_global_customs_orders`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        报关查询
        """
        from ..api.global_customs import query_global_customs_orders as _op

        return self._invoker.call(
            _op.sync_detailed,
            appid=appid,
            mchid=mchid,
            order_type=order_type,
            order_no=order_no,
            customs=customs,
            offset=offset,
            limit=limit,
        )

    def redeclare_global_customs_order(
        self, *, body: GlobalCustomsRedeclareRequest | Mapping[str, Any]
    ) -> Response[GlobalCustomsRedeclareResponse]:
        """``redeclare_global_customs_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        报关重推
        """
        from ..api.global_customs import redeclare_global_customs_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def verify_global_customs_certificate(
        self, *, body: GlobalCustomsVerifyCertificateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[GlobalCustomsVerifyCertificateResponse]:
        """``verify_global_customs_certificate`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        身份信息校验
        """
        from ..api.global_customs import verify_global_customs_certificate as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)


class AsyncGlobalCustomsResourceWithRawResponse(AsyncResource):
    """``global_customs`` (async, raw responses).

    跨境∙报关 — cross-border customs declaration: declare an order's payment to Chinese customs,
    query, modify and re-push the declaration, and check the buyer's identity. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/customs/`.
    """

    __slots__ = ()

    async def create_global_customs_order(
        self, *, body: GlobalCustomsOrderCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalCustomsOrder]:
        """``create_global_customs_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        报关
        """
        from ..api.global_customs import create_global_customs_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def modify_global_customs_order(
        self, *, body: GlobalCustomsOrderModifyRequest | Mapping[str, Any]
    ) -> Response[GlobalCustomsOrder]:
        """``modify_global_customs_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        报关信息修改
        """
        from ..api.global_customs import modify_global_customs_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_global_customs_orders(
        self,
        *,
        appid: str,
        mchid: str,
        order_type: QueryGlobalCustomsOrdersOrderType,
        order_no: str,
        customs: QueryGlobalCustomsOrdersCustoms,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> Response[GlobalCustomsOrderList]:
        """``query_global_customs_orders`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        报关查询
        """
        from ..api.global_customs import query_global_customs_orders as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            appid=appid,
            mchid=mchid,
            order_type=order_type,
            order_no=order_no,
            customs=customs,
            offset=offset,
            limit=limit,
        )

    async def redeclare_global_customs_order(
        self, *, body: GlobalCustomsRedeclareRequest | Mapping[str, Any]
    ) -> Response[GlobalCustomsRedeclareResponse]:
        """``redeclare_global_customs_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        报关重推
        """
        from ..api.global_customs import redeclare_global_customs_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def verify_global_customs_certificate(
        self, *, body: GlobalCustomsVerifyCertificateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[GlobalCustomsVerifyCertificateResponse]:
        """``verify_global_customs_certificate`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        身份信息校验
        """
        from ..api.global_customs import verify_global_customs_certificate as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)
