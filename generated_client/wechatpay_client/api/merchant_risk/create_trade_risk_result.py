# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.risk_trade_result import RiskTradeResult
from ...models.risk_trade_result_request import RiskTradeResultRequest
from ...types import Response

OPERATION_ID = "create_trade_risk_result"


def _get_kwargs(
    *,
    body: RiskTradeResultRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-risk-manage/trade-risk-result",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, RiskTradeResultRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RiskTradeResult:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, RiskTradeResult)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RiskTradeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RiskTradeResultRequest,
) -> Response[RiskTradeResult]:
    """处置结果回传

    处置结果回传 — after checking an order's risk (`query_trade_risk_information`), tell WeChat
    Pay what the merchant found and did about the order or the seller: the risk type and the
    handling (`punish_type`, with details in `additional_punish_type`).

    - No operation reads a sent result back. After an unclear outcome the same result may be
      sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384516

    Operation: ``create_trade_risk_result`` (POST /v3/merchant-risk-manage/trade-risk-result)

    Args:
        body (RiskTradeResultRequest): 处置结果回传请求 — the merchant's handling of a risky order.
            `sp_mchid`,
            `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers, institutions
            and channels only.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskTradeResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RiskTradeResultRequest,
) -> RiskTradeResult:
    """处置结果回传

    处置结果回传 — after checking an order's risk (`query_trade_risk_information`), tell WeChat
    Pay what the merchant found and did about the order or the seller: the risk type and the
    handling (`punish_type`, with details in `additional_punish_type`).

    - No operation reads a sent result back. After an unclear outcome the same result may be
      sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384516

    Operation: ``create_trade_risk_result`` (POST /v3/merchant-risk-manage/trade-risk-result)

    Args:
        body (RiskTradeResultRequest): 处置结果回传请求 — the merchant's handling of a risky order.
            `sp_mchid`,
            `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers, institutions
            and channels only.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskTradeResult
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RiskTradeResultRequest,
) -> Response[RiskTradeResult]:
    """处置结果回传

    处置结果回传 — after checking an order's risk (`query_trade_risk_information`), tell WeChat
    Pay what the merchant found and did about the order or the seller: the risk type and the
    handling (`punish_type`, with details in `additional_punish_type`).

    - No operation reads a sent result back. After an unclear outcome the same result may be
      sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384516

    Operation: ``create_trade_risk_result`` (POST /v3/merchant-risk-manage/trade-risk-result)

    Args:
        body (RiskTradeResultRequest): 处置结果回传请求 — the merchant's handling of a risky order.
            `sp_mchid`,
            `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers, institutions
            and channels only.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskTradeResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RiskTradeResultRequest,
) -> RiskTradeResult:
    """处置结果回传

    处置结果回传 — after checking an order's risk (`query_trade_risk_information`), tell WeChat
    Pay what the merchant found and did about the order or the seller: the risk type and the
    handling (`punish_type`, with details in `additional_punish_type`).

    - No operation reads a sent result back. After an unclear outcome the same result may be
      sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384516

    Operation: ``create_trade_risk_result`` (POST /v3/merchant-risk-manage/trade-risk-result)

    Args:
        body (RiskTradeResultRequest): 处置结果回传请求 — the merchant's handling of a risky order.
            `sp_mchid`,
            `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers, institutions
            and channels only.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskTradeResult
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
