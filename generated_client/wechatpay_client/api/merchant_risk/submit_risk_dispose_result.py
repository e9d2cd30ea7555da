# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.risk_dispose_result_request import RiskDisposeResultRequest
from ...models.risk_dispose_result_response import RiskDisposeResultResponse
from ...types import Response

OPERATION_ID = "submit_risk_dispose_result"


def _get_kwargs(
    *,
    body: RiskDisposeResultRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, RiskDisposeResultRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RiskDisposeResultResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, RiskDisposeResultResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RiskDisposeResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RiskDisposeResultRequest,
) -> Response[RiskDisposeResultResponse]:
    """回传处置结果

    回传处置结果 — for a risk order found with `query_risk_trades` (or a
    `RISKTRADE.IDENTIFICATION` notification), send back the merchant's investigation and
    handling: the final risk conclusion and type, what was done (`disp_conclusion`), whether
    there was a complaint and any refund.

    - No operation reads a sent result back. After an unclear outcome the same result may be
      sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894250

    Operation: ``submit_risk_dispose_result`` (POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result)

    Args:
        body (RiskDisposeResultRequest): 回传处置结果请求 — the merchant's findings on one risk order.
            `sp_mchid`/`sub_mchid` are
            service-provider fields; a direct merchant sends `mchid`. The numeric codes are closed
            sets whose meanings are given on the official page.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskDisposeResultResponse]
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
    body: RiskDisposeResultRequest,
) -> RiskDisposeResultResponse:
    """回传处置结果

    回传处置结果 — for a risk order found with `query_risk_trades` (or a
    `RISKTRADE.IDENTIFICATION` notification), send back the merchant's investigation and
    handling: the final risk conclusion and type, what was done (`disp_conclusion`), whether
    there was a complaint and any refund.

    - No operation reads a sent result back. After an unclear outcome the same result may be
      sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894250

    Operation: ``submit_risk_dispose_result`` (POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result)

    Args:
        body (RiskDisposeResultRequest): 回传处置结果请求 — the merchant's findings on one risk order.
            `sp_mchid`/`sub_mchid` are
            service-provider fields; a direct merchant sends `mchid`. The numeric codes are closed
            sets whose meanings are given on the official page.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskDisposeResultResponse
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
    body: RiskDisposeResultRequest,
) -> Response[RiskDisposeResultResponse]:
    """回传处置结果

    回传处置结果 — for a risk order found with `query_risk_trades` (or a
    `RISKTRADE.IDENTIFICATION` notification), send back the merchant's investigation and
    handling: the final risk conclusion and type, what was done (`disp_conclusion`), whether
    there was a complaint and any refund.

    - No operation reads a sent result back. After an unclear outcome the same result may be
      sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894250

    Operation: ``submit_risk_dispose_result`` (POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result)

    Args:
        body (RiskDisposeResultRequest): 回传处置结果请求 — the merchant's findings on one risk order.
            `sp_mchid`/`sub_mchid` are
            service-provider fields; a direct merchant sends `mchid`. The numeric codes are closed
            sets whose meanings are given on the official page.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskDisposeResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RiskDisposeResultRequest,
) -> RiskDisposeResultResponse:
    """回传处置结果

    回传处置结果 — for a risk order found with `query_risk_trades` (or a
    `RISKTRADE.IDENTIFICATION` notification), send back the merchant's investigation and
    handling: the final risk conclusion and type, what was done (`disp_conclusion`), whether
    there was a complaint and any refund.

    - No operation reads a sent result back. After an unclear outcome the same result may be
      sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894250

    Operation: ``submit_risk_dispose_result`` (POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result)

    Args:
        body (RiskDisposeResultRequest): 回传处置结果请求 — the merchant's findings on one risk order.
            `sp_mchid`/`sub_mchid` are
            service-provider fields; a direct merchant sends `mchid`. The numeric codes are closed
            sets whose meanings are given on the official page.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskDisposeResultResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
