# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggracct_channel_info_update_result_request import AggracctChannelInfoUpdateResultRequest
from ...models.aggracct_channel_info_update_result_response import AggracctChannelInfoUpdateResultResponse
from ...types import Response

OPERATION_ID = "notify_aggracct_channel_info_update_result"


def _get_kwargs(
    *,
    body: AggracctChannelInfoUpdateResultRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, AggracctChannelInfoUpdateResultRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggracctChannelInfoUpdateResultResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, AggracctChannelInfoUpdateResultResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AggracctChannelInfoUpdateResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelInfoUpdateResultRequest,
) -> Response[AggracctChannelInfoUpdateResultResponse]:
    """资料更新请求审核结果回调通知

    资料更新请求审核结果回调通知 — despite its name, a call the channel (WeBank side) makes TO
    WeChat Pay: after WeChat Pay submitted a data-update request to the channel, the channel
    reports here whether it approved (`PASS`) or rejected (`REJECT`, with `fail_code` and
    `fail_msg`) that request. About 200 calls per minute.

    No API reads a reported result back. Not documented as idempotent; after an unclear
    outcome send the same result again with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016080141

    Operation: ``notify_aggracct_channel_info_update_result`` (POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify)

    Args:
        body (AggracctChannelInfoUpdateResultRequest): 资料更新审核结果 — the channel's verdict on a data-
            update request of WeChat Pay.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelInfoUpdateResultResponse]
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
    body: AggracctChannelInfoUpdateResultRequest,
) -> AggracctChannelInfoUpdateResultResponse:
    """资料更新请求审核结果回调通知

    资料更新请求审核结果回调通知 — despite its name, a call the channel (WeBank side) makes TO
    WeChat Pay: after WeChat Pay submitted a data-update request to the channel, the channel
    reports here whether it approved (`PASS`) or rejected (`REJECT`, with `fail_code` and
    `fail_msg`) that request. About 200 calls per minute.

    No API reads a reported result back. Not documented as idempotent; after an unclear
    outcome send the same result again with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016080141

    Operation: ``notify_aggracct_channel_info_update_result`` (POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify)

    Args:
        body (AggracctChannelInfoUpdateResultRequest): 资料更新审核结果 — the channel's verdict on a data-
            update request of WeChat Pay.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelInfoUpdateResultResponse
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
    body: AggracctChannelInfoUpdateResultRequest,
) -> Response[AggracctChannelInfoUpdateResultResponse]:
    """资料更新请求审核结果回调通知

    资料更新请求审核结果回调通知 — despite its name, a call the channel (WeBank side) makes TO
    WeChat Pay: after WeChat Pay submitted a data-update request to the channel, the channel
    reports here whether it approved (`PASS`) or rejected (`REJECT`, with `fail_code` and
    `fail_msg`) that request. About 200 calls per minute.

    No API reads a reported result back. Not documented as idempotent; after an unclear
    outcome send the same result again with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016080141

    Operation: ``notify_aggracct_channel_info_update_result`` (POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify)

    Args:
        body (AggracctChannelInfoUpdateResultRequest): 资料更新审核结果 — the channel's verdict on a data-
            update request of WeChat Pay.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelInfoUpdateResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelInfoUpdateResultRequest,
) -> AggracctChannelInfoUpdateResultResponse:
    """资料更新请求审核结果回调通知

    资料更新请求审核结果回调通知 — despite its name, a call the channel (WeBank side) makes TO
    WeChat Pay: after WeChat Pay submitted a data-update request to the channel, the channel
    reports here whether it approved (`PASS`) or rejected (`REJECT`, with `fail_code` and
    `fail_msg`) that request. About 200 calls per minute.

    No API reads a reported result back. Not documented as idempotent; after an unclear
    outcome send the same result again with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016080141

    Operation: ``notify_aggracct_channel_info_update_result`` (POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify)

    Args:
        body (AggracctChannelInfoUpdateResultRequest): 资料更新审核结果 — the channel's verdict on a data-
            update request of WeChat Pay.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelInfoUpdateResultResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
