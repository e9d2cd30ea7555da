# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``qrcode_ride`` tag: one method per operation of ``api/qrcode_ride/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.qrcode_ride_transaction import QrcodeRideTransaction
    from ..models.qrcode_ride_transaction_create_request import QrcodeRideTransactionCreateRequest
    from ..models.qrcode_ride_user_service import QrcodeRideUserService
    from ..types import Response, Unset


class QrcodeRideResource(SyncResource):
    """``qrcode_ride`` (typed results).

    乘车服务 — bus and metro ride deduction (公共出行 ride code): check that the user's deduction
    service is usable, accept a fare deduction and query it. Paths under `/v3/qrcode/`.
    """

    __slots__ = ()

    def create_qrcode_ride_transaction(
        self, *, body: QrcodeRideTransactionCreateRequest | Mapping[str, Any]
    ) -> QrcodeRideTransaction:
        """扣费受理

        扣费受理 — submits the fare of one bus (`trade_scene: BUS`, with `bus_info`) or metro
        (`METRO`, with `metro_info`) ride for deduction under the user's contract (`contract_id`).
        WeChat Pay accepts the order and deducts asynchronously; the result goes to `notify_url`.
        The answer is the order as accepted (`trade_state` usually `ACCEPTED`). When WeChat Pay
        advances the fare, `bank_type` is `BPA` and `user_repay_state` tells whether the user has
        repaid.

        Not documented as idempotent. After a timeout or 5XX, read the order with
        `query_qrcode_ride_transaction` before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

        Operation: ``create_qrcode_ride_transaction`` (POST /v3/qrcode/transactions); function: ``api.qrcode_ride.create_qrcode_ride_transaction``.
        """
        from ..api.qrcode_ride import create_qrcode_ride_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def query_qrcode_ride_transaction(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> QrcodeRideTransaction:
        """查询订单

        查询订单 — reads a ride deduction order by the merchant order number: its state
        (`SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND`), the payment and, for an advanced fare, the
        user's repayment. This is the lookup that settles an unclear outcome of
        `create_qrcode_ride_transaction`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

        Operation: ``query_qrcode_ride_transaction`` (GET /v3/qrcode/transactions/out-trade-no/{out_trade_no}); function: ``api.qrcode_ride.query_qrcode_ride_transaction``.
        """
        from ..api.qrcode_ride import query_qrcode_ride_transaction as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def query_qrcode_ride_user_service(
        self, contract_id: str, *, appid: str, sub_appid: str | Unset = UNSET, sub_mchid: str | Unset = UNSET
    ) -> QrcodeRideUserService:
        """查询用户服务可用信息

        查询用户服务可用信息 — before generating a ride code, checks whether the user's public
        transport deduction service can be used: `user_service_state` is `NORMAL` or `BLOCKED`,
        and for a blocked user `block_reason` says why (known: `DELETED`, `ACCOUNT_FROZEN`,
        `OVERDUE`). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

        Operation: ``query_qrcode_ride_user_service`` (GET /v3/qrcode/user-services/contract-id/{contract_id}); function: ``api.qrcode_ride.query_qrcode_ride_user_service``.
        """
        from ..api.qrcode_ride import query_qrcode_ride_user_service as _op

        return self._invoker.call(
            _op.sync, contract_id=contract_id, appid=appid, sub_appid=sub_appid, sub_mchid=sub_mchid
        )


class AsyncQrcodeRideResource(AsyncResource):
    """``qrcode_ride`` (async, typed results).

    乘车服务 — bus and metro ride deduction (公共出行 ride code): check that the user's deduction
    service is usable, accept a fare deduction and query it. Paths under `/v3/qrcode/`.
    """

    __slots__ = ()

    async def create_qrcode_ride_transaction(
        self, *, body: QrcodeRideTransactionCreateRequest | Mapping[str, Any]
    ) -> QrcodeRideTransaction:
        """扣费受理

        扣费受理 — submits the fare of one bus (`trade_scene: BUS`, with `bus_info`) or metro
        (`METRO`, with `metro_info`) ride for deduction under the user's contract (`contract_id`).
        WeChat Pay accepts the order and deducts asynchronously; the result goes to `notify_url`.
        The answer is the order as accepted (`trade_state` usually `ACCEPTED`). When WeChat Pay
        advances the fare, `bank_type` is `BPA` and `user_repay_state` tells whether the user has
        repaid.

        Not documented as idempotent. After a timeout or 5XX, read the order with
        `query_qrcode_ride_transaction` before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

        Operation: ``create_qrcode_ride_transaction`` (POST /v3/qrcode/transactions); function: ``api.qrcode_ride.create_qrcode_ride_transaction``.
        """
        from ..api.qrcode_ride import create_qrcode_ride_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_qrcode_ride_transaction(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> QrcodeRideTransaction:
        """查询订单

        查询订单 — reads a ride deduction order by the merchant order number: its state
        (`SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND`), the payment and, for an advanced fare, the
        user's repayment. This is the lookup that settles an unclear outcome of
        `create_qrcode_ride_transaction`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

        Operation: ``query_qrcode_ride_transaction`` (GET /v3/qrcode/transactions/out-trade-no/{out_trade_no}); function: ``api.qrcode_ride.query_qrcode_ride_transaction``.
        """
        from ..api.qrcode_ride import query_qrcode_ride_transaction as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def query_qrcode_ride_user_service(
        self, contract_id: str, *, appid: str, sub_appid: str | Unset = UNSET, sub_mchid: str | Unset = UNSET
    ) -> QrcodeRideUserService:
        """查询用户服务可用信息

        查询用户服务可用信息 — before generating a ride code, checks whether the user's public
        transport deduction service can be used: `user_service_state` is `NORMAL` or `BLOCKED`,
        and for a blocked user `block_reason` says why (known: `DELETED`, `ACCOUNT_FROZEN`,
        `OVERDUE`). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

        Operation: ``query_qrcode_ride_user_service`` (GET /v3/qrcode/user-services/contract-id/{contract_id}); function: ``api.qrcode_ride.query_qrcode_ride_user_service``.
        """
        from ..api.qrcode_ride import query_qrcode_ride_user_service as _op

        return await self._invoker.call(
            _op.asyncio, contract_id=contract_id, appid=appid, sub_appid=sub_appid, sub_mchid=sub_mchid
        )


class QrcodeRideResourceWithRawResponse(SyncResource):
    """``qrcode_ride`` (raw responses).

    乘车服务 — bus and metro ride deduction (公共出行 ride code): check that the user's deduction
    service is usable, accept a fare deduction and query it. Paths under `/v3/qrcode/`.
    """

    __slots__ = ()

    def create_qrcode_ride_transaction(
        self, *, body: QrcodeRideTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[QrcodeRideTransaction]:
        """``create_qrcode_ride_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        扣费受理
        """
        from ..api.qrcode_ride import create_qrcode_ride_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_qrcode_ride_transaction(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[QrcodeRideTransaction]:
        """``query_qrcode_ride_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单
        """
        from ..api.qrcode_ride import query_qrcode_ride_transaction as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def query_qrcode_ride_user_service(
        self, contract_id: str, *, appid: str, sub_appid: str | Unset = UNSET, sub_mchid: str | Unset = UNSET
    ) -> Response[QrcodeRideUserService]:
        """``query_qrcode_ride_user_service`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户服务可用信息
        """
        from ..api.qrcode_ride import query_qrcode_ride_user_service as _op

        return self._invoker.call(
            _op.sync_detailed, contract_id=contract_id, appid=appid, sub_appid=sub_appid, sub_mchid=sub_mchid
        )


class AsyncQrcodeRideResourceWithRawResponse(AsyncResource):
    """``qrcode_ride`` (async, raw responses).

    乘车服务 — bus and metro ride deduction (公共出行 ride code): check that the user's deduction
    service is usable, accept a fare deduction and query it. Paths under `/v3/qrcode/`.
    """

    __slots__ = ()

    async def create_qrcode_ride_transaction(
        self, *, body: QrcodeRideTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[QrcodeRideTransaction]:
        """``create_qrcode_ride_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        扣费受理
        """
        from ..api.qrcode_ride import create_qrcode_ride_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_qrcode_ride_transaction(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[QrcodeRideTransaction]:
        """``query_qrcode_ride_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单
        """
        from ..api.qrcode_ride import query_qrcode_ride_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def query_qrcode_ride_user_service(
        self, contract_id: str, *, appid: str, sub_appid: str | Unset = UNSET, sub_mchid: str | Unset = UNSET
    ) -> Response[QrcodeRideUserService]:
        """``query_qrcode_ride_user_service`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户服务可用信息
        """
        from ..api.qrcode_ride import query_qrcode_ride_user_service as _op

        return await self._invoker.call(
            _op.asyncio_detailed, contract_id=contract_id, appid=appid, sub_appid=sub_appid, sub_mchid=sub_mchid
        )
