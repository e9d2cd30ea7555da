# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``ebike_papay`` tag: one method per operation of ``api/ebike_papay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.ebike_papay_charging_token_request import EbikePapayChargingTokenRequest
    from ..models.ebike_papay_charging_token_response import EbikePapayChargingTokenResponse
    from ..models.ebike_papay_contract import EbikePapayContract
    from ..models.ebike_papay_preopen_request import EbikePapayPreopenRequest
    from ..models.ebike_papay_preopen_response import EbikePapayPreopenResponse
    from ..models.ebike_papay_transaction import EbikePapayTransaction
    from ..models.ebike_papay_transaction_acceptance import EbikePapayTransactionAcceptance
    from ..models.ebike_papay_transaction_create_request import EbikePapayTransactionCreateRequest
    from ..types import Response, Unset


class EbikePapayResource(SyncResource):
    """``ebike_papay`` (typed results).

    电动自行车行业代扣 — electric-bicycle charging deduction (retired upstream on 2019-12-16, kept
    as documented): pre-open the service, query the user's contract state, create the per-charge
    deduction token, deduct and query orders. Paths under `/v3/ebike/charge/`.
    """

    __slots__ = ()

    def create_ebike_charging_token(
        self, contract_id: str, *, body: EbikePapayChargingTokenRequest | Mapping[str, Any]
    ) -> EbikePapayChargingTokenResponse:
        """创建用户当次充电代扣凭证

        创建用户当次充电代扣凭证 — at the start of a charge, obtains the `charging_token` that the
        later deduction (`create_ebike_transaction`) must carry; WeChat Pay also sends the user a
        message confirming that charging has started.

        Retired upstream on 2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_4.shtml

        Operation: ``create_ebike_charging_token`` (POST /v3/ebike/charge/contracts/{contract_id}/confirm); function: ``api.ebike_papay.create_ebike_charging_token``.
        """
        from ..api.ebike_papay import create_ebike_charging_token as _op

        return self._invoker.call(_op.sync, contract_id=contract_id, body=body)

    def create_ebike_preopen(self, *, body: EbikePapayPreopenRequest | Mapping[str, Any]) -> EbikePapayPreopenResponse:
        """预开通服务

        预开通服务 — uploads what WeChat Pay needs before the user opens automatic charging
        deduction and returns a `preopen_id`; the merchant then opens the signing mini program
        with it, where the user signs.

        Retired upstream on 2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_3.shtml

        Operation: ``create_ebike_preopen`` (POST /v3/ebike/charge/contracts/preopen); function: ``api.ebike_papay.create_ebike_preopen``.
        """
        from ..api.ebike_papay import create_ebike_preopen as _op

        return self._invoker.call(_op.sync, body=body)

    def create_ebike_transaction(
        self, *, body: EbikePapayTransactionCreateRequest | Mapping[str, Any]
    ) -> EbikePapayTransactionAcceptance:
        """充电自行车代扣受理扣款

        充电自行车代扣受理扣款 — after a charge ends, requests the deduction for it with the
        `charging_token` of that charge. The answer (`accept_state`) only says whether the request
        was accepted; the payment result is sent to `notify_url`.

        After a timeout or 5XX, read the order with `query_ebike_transaction_by_out_trade_no`
        before sending again. Retired upstream on 2019-12-16; kept only because the documentation
        still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_5.shtml

        Operation: ``create_ebike_transaction`` (POST /v3/ebike/charge/transactions); function: ``api.ebike_papay.create_ebike_transaction``.
        """
        from ..api.ebike_papay import create_ebike_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def query_ebike_contract(self, contract_id: str, *, sub_mchid: str | Unset = UNSET) -> EbikePapayContract:
        """通过签约号查询用户状态

        通过签约号查询用户状态 — reads the state of a charging deduction contract by its
        `contract_id`. Read-only.

        Retired upstream on 2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_2.shtml

        Operation: ``query_ebike_contract`` (GET /v3/ebike/charge/contracts/{contract_id}); function: ``api.ebike_papay.query_ebike_contract``.
        """
        from ..api.ebike_papay import query_ebike_contract as _op

        return self._invoker.call(_op.sync, contract_id=contract_id, sub_mchid=sub_mchid)

    def query_ebike_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> EbikePapayTransaction:
        """查询订单

        查询订单（微信订单号） — reads a charging deduction order by the WeChat Pay order number.
        Read-only. Retired upstream on 2019-12-16; kept only because the documentation still
        lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_6.shtml

        Operation: ``query_ebike_transaction_by_id`` (GET /v3/ebike/charge/transactions/id/{transaction_id}); function: ``api.ebike_papay.query_ebike_transaction_by_id``.
        """
        from ..api.ebike_papay import query_ebike_transaction_by_id as _op

        return self._invoker.call(_op.sync, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def query_ebike_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> EbikePapayTransaction:
        """查询订单

        查询订单（商户订单号） — reads a charging deduction order by the merchant order number; the
        lookup for an unclear outcome of `create_ebike_transaction`. Read-only. Retired upstream on
        2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_6.shtml

        Operation: ``query_ebike_transaction_by_out_trade_no`` (GET /v3/ebike/charge/transactions/out-trade-no/{out_trade_no}); function: ``api.ebike_papay.query_ebike_transaction_by_out_trade_no``.
        """
        from ..api.ebike_papay import query_ebike_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def query_ebike_user_contract(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, trade_scene: str
    ) -> EbikePapayContract:
        """通过用户标识查询用户状态

        通过用户标识查询用户状态 — reads, by the user's OpenID and the trade scene, whether the user
        has the charging deduction contract and in which state (`contract_state`). Read-only.

        Retired upstream on 2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_1.shtml

        Operation: ``query_ebike_user_contract`` (GET /v3/ebike/charge/users/{openid}/contract); function: ``api.ebike_papay.query_ebike_user_contract``.
        """
        from ..api.ebike_papay import query_ebike_user_contract as _op

        return self._invoker.call(_op.sync, openid=openid, sub_mchid=sub_mchid, trade_scene=trade_scene)


class AsyncEbikePapayResource(AsyncResource):
    """``ebike_papay`` (async, typed results).

    电动自行车行业代扣 — electric-bicycle charging deduction (retired upstream on 2019-12-16, kept
    as documented): pre-open the service, query the user's contract state, create the per-charge
    deduction token, deduct and query orders. Paths under `/v3/ebike/charge/`.
    """

    __slots__ = ()

    async def create_ebike_charging_token(
        self, contract_id: str, *, body: EbikePapayChargingTokenRequest | Mapping[str, Any]
    ) -> EbikePapayChargingTokenResponse:
        """创建用户当次充电代扣凭证

        创建用户当次充电代扣凭证 — at the start of a charge, obtains the `charging_token` that the
        later deduction (`create_ebike_transaction`) must carry; WeChat Pay also sends the user a
        message confirming that charging has started.

        Retired upstream on 2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_4.shtml

        Operation: ``create_ebike_charging_token`` (POST /v3/ebike/charge/contracts/{contract_id}/confirm); function: ``api.ebike_papay.create_ebike_charging_token``.
        """
        from ..api.ebike_papay import create_ebike_charging_token as _op

        return await self._invoker.call(_op.asyncio, contract_id=contract_id, body=body)

    async def create_ebike_preopen(
        self, *, body: EbikePapayPreopenRequest | Mapping[str, Any]
    ) -> EbikePapayPreopenResponse:
        """预开通服务

        预开通服务 — uploads what WeChat Pay needs before the user opens automatic charging
        deduction and returns a `preopen_id`; the merchant then opens the signing mini program
        with it, where the user signs.

        Retired upstream on 2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_3.shtml

        Operation: ``create_ebike_preopen`` (POST /v3/ebike/charge/contracts/preopen); function: ``api.ebike_papay.create_ebike_preopen``.
        """
        from ..api.ebike_papay import create_ebike_preopen as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_ebike_transaction(
        self, *, body: EbikePapayTransactionCreateRequest | Mapping[str, Any]
    ) -> EbikePapayTransactionAcceptance:
        """充电自行车代扣受理扣款

        充电自行车代扣受理扣款 — after a charge ends, requests the deduction for it with the
        `charging_token` of that charge. The answer (`accept_state`) only says whether the request
        was accepted; the payment result is sent to `notify_url`.

        After a timeout or 5XX, read the order with `query_ebike_transaction_by_out_trade_no`
        before sending again. Retired upstream on 2019-12-16; kept only because the documentation
        still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_5.shtml

        Operation: ``create_ebike_transaction`` (POST /v3/ebike/charge/transactions); function: ``api.ebike_papay.create_ebike_transaction``.
        """
        from ..api.ebike_papay import create_ebike_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_ebike_contract(self, contract_id: str, *, sub_mchid: str | Unset = UNSET) -> EbikePapayContract:
        """通过签约号查询用户状态

        通过签约号查询用户状态 — reads the state of a charging deduction contract by its
        `contract_id`. Read-only.

        Retired upstream on 2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_2.shtml

        Operation: ``query_ebike_contract`` (GET /v3/ebike/charge/contracts/{contract_id}); function: ``api.ebike_papay.query_ebike_contract``.
        """
        from ..api.ebike_papay import query_ebike_contract as _op

        return await self._invoker.call(_op.asyncio, contract_id=contract_id, sub_mchid=sub_mchid)

    async def query_ebike_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> EbikePapayTransaction:
        """查询订单

        查询订单（微信订单号） — reads a charging deduction order by the WeChat Pay order number.
        Read-only. Retired upstream on 2019-12-16; kept only because the documentation still
        lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_6.shtml

        Operation: ``query_ebike_transaction_by_id`` (GET /v3/ebike/charge/transactions/id/{transaction_id}); function: ``api.ebike_papay.query_ebike_transaction_by_id``.
        """
        from ..api.ebike_papay import query_ebike_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def query_ebike_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> EbikePapayTransaction:
        """查询订单

        查询订单（商户订单号） — reads a charging deduction order by the merchant order number; the
        lookup for an unclear outcome of `create_ebike_transaction`. Read-only. Retired upstream on
        2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_6.shtml

        Operation: ``query_ebike_transaction_by_out_trade_no`` (GET /v3/ebike/charge/transactions/out-trade-no/{out_trade_no}); function: ``api.ebike_papay.query_ebike_transaction_by_out_trade_no``.
        """
        from ..api.ebike_papay import query_ebike_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def query_ebike_user_contract(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, trade_scene: str
    ) -> EbikePapayContract:
        """通过用户标识查询用户状态

        通过用户标识查询用户状态 — reads, by the user's OpenID and the trade scene, whether the user
        has the charging deduction contract and in which state (`contract_state`). Read-only.

        Retired upstream on 2019-12-16; kept only because the documentation still lists it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_1.shtml

        Operation: ``query_ebike_user_contract`` (GET /v3/ebike/charge/users/{openid}/contract); function: ``api.ebike_papay.query_ebike_user_contract``.
        """
        from ..api.ebike_papay import query_ebike_user_contract as _op

        return await self._invoker.call(_op.asyncio, openid=openid, sub_mchid=sub_mchid, trade_scene=trade_scene)


class EbikePapayResourceWithRawResponse(SyncResource):
    """``ebike_papay`` (raw responses).

    电动自行车行业代扣 — electric-bicycle charging deduction (retired upstream on 2019-12-16, kept
    as documented): pre-open the service, query the user's contract state, create the per-charge
    deduction token, deduct and query orders. Paths under `/v3/ebike/charge/`.
    """

    __slots__ = ()

    def create_ebike_charging_token(
        self, contract_id: str, *, body: EbikePapayChargingTokenRequest | Mapping[str, Any]
    ) -> Response[EbikePapayChargingTokenResponse]:
        """``create_ebike_charging_token`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建用户当次充电代扣凭证
        """
        from ..api.ebike_papay import create_ebike_charging_token as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)

    def create_ebike_preopen(
        self, *, body: EbikePapayPreopenRequest | Mapping[str, Any]
    ) -> Response[EbikePapayPreopenResponse]:
        """``create_ebike_preopen`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        预开通服务
        """
        from ..api.ebike_papay import create_ebike_preopen as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_ebike_transaction(
        self, *, body: EbikePapayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[EbikePapayTransactionAcceptance]:
        """``create_ebike_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        充电自行车代扣受理扣款
        """
        from ..api.ebike_papay import create_ebike_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_ebike_contract(self, contract_id: str, *, sub_mchid: str | Unset = UNSET) -> Response[EbikePapayContract]:
        """``query_ebike_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过签约号查询用户状态
        """
        from ..api.ebike_papay import query_ebike_contract as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id, sub_mchid=sub_mchid)

    def query_ebike_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EbikePapayTransaction]:
        """``query_ebike_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单
        """
        from ..api.ebike_papay import query_ebike_transaction_by_id as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def query_ebike_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EbikePapayTransaction]:
        """``query_ebike_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单
        """
        from ..api.ebike_papay import query_ebike_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def query_ebike_user_contract(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, trade_scene: str
    ) -> Response[EbikePapayContract]:
        """``query_ebike_user_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过用户标识查询用户状态
        """
        from ..api.ebike_papay import query_ebike_user_contract as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, sub_mchid=sub_mchid, trade_scene=trade_scene)


class AsyncEbikePapayResourceWithRawResponse(AsyncResource):
    """``ebike_papay`` (async, raw responses).

    电动自行车行业代扣 — electric-bicycle charging deduction (retired upstream on 2019-12-16, kept
    as documented): pre-open the service, query the user's contract state, create the per-charge
    deduction token, deduct and query orders. Paths under `/v3/ebike/charge/`.
    """

    __slots__ = ()

    async def create_ebike_charging_token(
        self, contract_id: str, *, body: EbikePapayChargingTokenRequest | Mapping[str, Any]
    ) -> Response[EbikePapayChargingTokenResponse]:
        """``create_ebike_charging_token`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建用户当次充电代扣凭证
        """
        from ..api.ebike_papay import create_ebike_charging_token as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)

    async def create_ebike_preopen(
        self, *, body: EbikePapayPreopenRequest | Mapping[str, Any]
    ) -> Response[EbikePapayPreopenResponse]:
        """``create_ebike_preopen`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        预开通服务
        """
        from ..api.ebike_papay import create_ebike_preopen as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_ebike_transaction(
        self, *, body: EbikePapayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[EbikePapayTransactionAcceptance]:
        """``create_ebike_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        充电自行车代扣受理扣款
        """
        from ..api.ebike_papay import create_ebike_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_ebike_contract(
        self, contract_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EbikePapayContract]:
        """``query_ebike_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过签约号查询用户状态
        """
        from ..api.ebike_papay import query_ebike_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, sub_mchid=sub_mchid)

    async def query_ebike_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EbikePapayTransaction]:
        """``query_ebike_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单
        """
        from ..api.ebike_papay import query_ebike_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def query_ebike_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EbikePapayTransaction]:
        """``query_ebike_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单
        """
        from ..api.ebike_papay import query_ebike_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def query_ebike_user_contract(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, trade_scene: str
    ) -> Response[EbikePapayContract]:
        """``query_ebike_user_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过用户标识查询用户状态
        """
        from ..api.ebike_papay import query_ebike_user_contract as _op

        return await self._invoker.call(
            _op.asyncio_detailed, openid=openid, sub_mchid=sub_mchid, trade_scene=trade_scene
        )
