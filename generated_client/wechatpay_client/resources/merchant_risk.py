# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``merchant_risk`` tag: one method per operation of ``api/merchant_risk/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.risk_dispose_result_request import RiskDisposeResultRequest
    from ..models.risk_dispose_result_response import RiskDisposeResultResponse
    from ..models.risk_trade_information import RiskTradeInformation
    from ..models.risk_trade_result import RiskTradeResult
    from ..models.risk_trade_result_request import RiskTradeResultRequest
    from ..models.risk_trade_union_information_request import RiskTradeUnionInformationRequest
    from ..models.risk_trade_union_information_response import RiskTradeUnionInformationResponse
    from ..models.risk_trades_query_request import RiskTradesQueryRequest
    from ..models.risk_trades_query_response import RiskTradesQueryResponse
    from ..types import Response, Unset


class MerchantRiskResource(SyncResource):
    """``merchant_risk`` (typed results).

    风险管理 — trade risk management: report order-related information before payment, query
    the risk of a paid order or the list of risk orders, and send back how the merchant handled
    them. Paths under `/v3/merchant-risk-manage/`.
    """

    __slots__ = ()

    def create_trade_risk_result(self, *, body: RiskTradeResultRequest | Mapping[str, Any]) -> RiskTradeResult:
        """处置结果回传

        处置结果回传 — after checking an order's risk (`query_trade_risk_information`), tell WeChat
        Pay what the merchant found and did about the order or the seller: the risk type and the
        handling (`punish_type`, with details in `additional_punish_type`).

        - No operation reads a sent result back. After an unclear outcome the same result may be
          sent again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384516

        Operation: ``create_trade_risk_result`` (POST /v3/merchant-risk-manage/trade-risk-result); function: ``api.merchant_risk.create_trade_risk_result``.
        """
        from ..api.merchant_risk import create_trade_risk_result as _op

        return self._invoker.call(_op.sync, body=body)

    def query_risk_trades(self, *, body: RiskTradesQueryRequest | Mapping[str, Any]) -> RiskTradesQueryResponse:
        """查询风险订单

        查询风险订单 — list, page by page, the orders WeChat Pay has flagged as risky in a time
        window, with the risk type and level of each. The same orders are pushed as
        `RISKTRADE.IDENTIFICATION` notifications (decrypted resource:
        `RiskTradeNotificationResource`). A read-only query sent as POST: safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894247

        Operation: ``query_risk_trades`` (POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades); function: ``api.merchant_risk.query_risk_trades``.
        """
        from ..api.merchant_risk import query_risk_trades as _op

        return self._invoker.call(_op.sync, body=body)

    def query_trade_risk_information(
        self,
        *,
        out_trade_no: str,
        complaints_information: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        acquiring_bank_id: str | Unset = UNSET,
        channel_id: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
    ) -> RiskTradeInformation:
        """查询风险信息

        查询风险信息 — after an order has been paid, ask WeChat Pay how risky it is: a risk score
        (`risk_score`), the risk type and the handling WeChat Pay suggests or applied
        (`punish_type`, `punish_description`). A user complaint can be passed along in
        `complaints_information`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526198

        Operation: ``query_trade_risk_information`` (GET /v3/merchant-risk-manage/trade-risk-information); function: ``api.merchant_risk.query_trade_risk_information``.
        """
        from ..api.merchant_risk import query_trade_risk_information as _op

        return self._invoker.call(
            _op.sync,
            out_trade_no=out_trade_no,
            complaints_information=complaints_information,
            sp_mchid=sp_mchid,
            acquiring_bank_id=acquiring_bank_id,
            channel_id=channel_id,
            sub_mchid=sub_mchid,
        )

    def report_trade_union_information(
        self, *, body: RiskTradeUnionInformationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> RiskTradeUnionInformationResponse:
        """上报订单关联信息

        上报订单关联信息 — after an order is placed and before it is paid, send WeChat Pay what the
        merchant knows about the order and the user (device, delivery, goods category, the
        merchant's own risk rating, ...) so the payment step can apply risk control. Every field
        is optional; send what applies to the business scene (`scene`, `recharge_fields`,
        `living_expenses_fields`). For a combined order, report `combine_out_trade_no` with its
        `sub_orders`.

        - `phone` and `certificates_number` are sensitive: pass plaintext, the SDK encrypts them
          and sets `Wechatpay-Serial`.
        - No operation reads reported information back. The report only feeds risk control, so
          after an unclear outcome the same report may simply be sent again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529250

        Operation: ``report_trade_union_information`` (POST /v3/merchant-risk-manage/report-trade-union-information); function: ``api.merchant_risk.report_trade_union_information``.
        """
        from ..api.merchant_risk import report_trade_union_information as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def submit_risk_dispose_result(
        self, *, body: RiskDisposeResultRequest | Mapping[str, Any]
    ) -> RiskDisposeResultResponse:
        """回传处置结果

        回传处置结果 — for a risk order found with `query_risk_trades` (or a
        `RISKTRADE.IDENTIFICATION` notification), send back the merchant's investigation and
        handling: the final risk conclusion and type, what was done (`disp_conclusion`), whether
        there was a complaint and any refund.

        - No operation reads a sent result back. After an unclear outcome the same result may be
          sent again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894250

        Operation: ``submit_risk_dispose_result`` (POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result); function: ``api.merchant_risk.submit_risk_dispose_result``.
        """
        from ..api.merchant_risk import submit_risk_dispose_result as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncMerchantRiskResource(AsyncResource):
    """``merchant_risk`` (async, typed results).

    风险管理 — trade risk management: report order-related information before payment, query
    the risk of a paid order or the list of risk orders, and send back how the merchant handled
    them. Paths under `/v3/merchant-risk-manage/`.
    """

    __slots__ = ()

    async def create_trade_risk_result(self, *, body: RiskTradeResultRequest | Mapping[str, Any]) -> RiskTradeResult:
        """处置结果回传

        处置结果回传 — after checking an order's risk (`query_trade_risk_information`), tell WeChat
        Pay what the merchant found and did about the order or the seller: the risk type and the
        handling (`punish_type`, with details in `additional_punish_type`).

        - No operation reads a sent result back. After an unclear outcome the same result may be
          sent again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384516

        Operation: ``create_trade_risk_result`` (POST /v3/merchant-risk-manage/trade-risk-result); function: ``api.merchant_risk.create_trade_risk_result``.
        """
        from ..api.merchant_risk import create_trade_risk_result as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_risk_trades(self, *, body: RiskTradesQueryRequest | Mapping[str, Any]) -> RiskTradesQueryResponse:
        """查询风险订单

        查询风险订单 — list, page by page, the orders WeChat Pay has flagged as risky in a time
        window, with the risk type and level of each. The same orders are pushed as
        `RISKTRADE.IDENTIFICATION` notifications (decrypted resource:
        `RiskTradeNotificationResource`). A read-only query sent as POST: safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894247

        Operation: ``query_risk_trades`` (POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades); function: ``api.merchant_risk.query_risk_trades``.
        """
        from ..api.merchant_risk import query_risk_trades as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_trade_risk_information(
        self,
        *,
        out_trade_no: str,
        complaints_information: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        acquiring_bank_id: str | Unset = UNSET,
        channel_id: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
    ) -> RiskTradeInformation:
        """查询风险信息

        查询风险信息 — after an order has been paid, ask WeChat Pay how risky it is: a risk score
        (`risk_score`), the risk type and the handling WeChat Pay suggests or applied
        (`punish_type`, `punish_description`). A user complaint can be passed along in
        `complaints_information`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526198

        Operation: ``query_trade_risk_information`` (GET /v3/merchant-risk-manage/trade-risk-information); function: ``api.merchant_risk.query_trade_risk_information``.
        """
        from ..api.merchant_risk import query_trade_risk_information as _op

        return await self._invoker.call(
            _op.asyncio,
            out_trade_no=out_trade_no,
            complaints_information=complaints_information,
            sp_mchid=sp_mchid,
            acquiring_bank_id=acquiring_bank_id,
            channel_id=channel_id,
            sub_mchid=sub_mchid,
        )

    async def report_trade_union_information(
        self, *, body: RiskTradeUnionInformationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> RiskTradeUnionInformationResponse:
        """上报订单关联信息

        上报订单关联信息 — after an order is placed and before it is paid, send WeChat Pay what the
        merchant knows about the order and the user (device, delivery, goods category, the
        merchant's own risk rating, ...) so the payment step can apply risk control. Every field
        is optional; send what applies to the business scene (`scene`, `recharge_fields`,
        `living_expenses_fields`). For a combined order, report `combine_out_trade_no` with its
        `sub_orders`.

        - `phone` and `certificates_number` are sensitive: pass plaintext, the SDK encrypts them
          and sets `Wechatpay-Serial`.
        - No operation reads reported information back. The report only feeds risk control, so
          after an unclear outcome the same report may simply be sent again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529250

        Operation: ``report_trade_union_information`` (POST /v3/merchant-risk-manage/report-trade-union-information); function: ``api.merchant_risk.report_trade_union_information``.
        """
        from ..api.merchant_risk import report_trade_union_information as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def submit_risk_dispose_result(
        self, *, body: RiskDisposeResultRequest | Mapping[str, Any]
    ) -> RiskDisposeResultResponse:
        """回传处置结果

        回传处置结果 — for a risk order found with `query_risk_trades` (or a
        `RISKTRADE.IDENTIFICATION` notification), send back the merchant's investigation and
        handling: the final risk conclusion and type, what was done (`disp_conclusion`), whether
        there was a complaint and any refund.

        - No operation reads a sent result back. After an unclear outcome the same result may be
          sent again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894250

        Operation: ``submit_risk_dispose_result`` (POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result); function: ``api.merchant_risk.submit_risk_dispose_result``.
        """
        from ..api.merchant_risk import submit_risk_dispose_result as _op

        return await self._invoker.call(_op.asyncio, body=body)


class MerchantRiskResourceWithRawResponse(SyncResource):
    """``merchant_risk`` (raw responses).

    风险管理 — trade risk management: report order-related information before payment, query
    the risk of a paid order or the list of risk orders, and send back how the merchant handled
    them. Paths under `/v3/merchant-risk-manage/`.
    """

    __slots__ = ()

    def create_trade_risk_result(
        self, *, body: RiskTradeResultRequest | Mapping[str, Any]
    ) -> Response[RiskTradeResult]:
        """``create_trade_risk_result`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        处置结果回传
        """
        from ..api.merchant_risk import create_trade_risk_result as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_risk_trades(
        self, *, body: RiskTradesQueryRequest | Mapping[str, Any]
    ) -> Response[RiskTradesQueryResponse]:
        """``query_risk_trades`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询风险订单
        """
        from ..api.merchant_risk import query_risk_trades as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_trade_risk_information(
        self,
        *,
        out_trade_no: str,
        complaints_information: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        acquiring_bank_id: str | Unset = UNSET,
        channel_id: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
    ) -> Response[RiskTradeInformation]:
        """``query_trade_risk_information`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询风险信息
        """
        from ..api.merchant_risk import query_trade_risk_information as _op

        return self._invoker.call(
            _op.sync_detailed,
            out_trade_no=out_trade_no,
            complaints_information=complaints_information,
            sp_mchid=sp_mchid,
            acquiring_bank_id=acquiring_bank_id,
            channel_id=channel_id,
            sub_mchid=sub_mchid,
        )

    def report_trade_union_information(
        self, *, body: RiskTradeUnionInformationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[RiskTradeUnionInformationResponse]:
        """``report_trade_union_information`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上报订单关联信息
        """
        from ..api.merchant_risk import report_trade_union_information as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def submit_risk_dispose_result(
        self, *, body: RiskDisposeResultRequest | Mapping[str, Any]
    ) -> Response[RiskDisposeResultResponse]:
        """``submit_risk_dispose_result`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        回传处置结果
        """
        from ..api.merchant_risk import submit_risk_dispose_result as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncMerchantRiskResourceWithRawResponse(AsyncResource):
    """``merchant_risk`` (async, raw responses).

    风险管理 — trade risk management: report order-related information before payment, query
    the risk of a paid order or the list of risk orders, and send back how the merchant handled
    them. Paths under `/v3/merchant-risk-manage/`.
    """

    __slots__ = ()

    async def create_trade_risk_result(
        self, *, body: RiskTradeResultRequest | Mapping[str, Any]
    ) -> Response[RiskTradeResult]:
        """``create_trade_risk_result`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        处置结果回传
        """
        from ..api.merchant_risk import create_trade_risk_result as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_risk_trades(
        self, *, body: RiskTradesQueryRequest | Mapping[str, Any]
    ) -> Response[RiskTradesQueryResponse]:
        """``query_risk_trades`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询风险订单
        """
        from ..api.merchant_risk import query_risk_trades as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_trade_risk_information(
        self,
        *,
        out_trade_no: str,
        complaints_information: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        acquiring_bank_id: str | Unset = UNSET,
        channel_id: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
    ) -> Response[RiskTradeInformation]:
        """``query_trade_risk_information`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询风险信息
        """
        from ..api.merchant_risk import query_trade_risk_information as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            out_trade_no=out_trade_no,
            complaints_information=complaints_information,
            sp_mchid=sp_mchid,
            acquiring_bank_id=acquiring_bank_id,
            channel_id=channel_id,
            sub_mchid=sub_mchid,
        )

    async def report_trade_union_information(
        self, *, body: RiskTradeUnionInformationRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[RiskTradeUnionInformationResponse]:
        """``report_trade_union_information`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上报订单关联信息
        """
        from ..api.merchant_risk import report_trade_union_information as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def submit_risk_dispose_result(
        self, *, body: RiskDisposeResultRequest | Mapping[str, Any]
    ) -> Response[RiskDisposeResultResponse]:
        """``submit_risk_dispose_result`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        回传处置结果
        """
        from ..api.merchant_risk import submit_risk_dispose_result as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
