# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paygift_activity_terminate_response import PaygiftActivityTerminateResponse
from ...types import Response

OPERATION_ID = "terminate_paygift_activity"


def _get_kwargs(
    activity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/paygiftactivity/activities/{activity_id}/terminate".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaygiftActivityTerminateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PaygiftActivityTerminateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaygiftActivityTerminateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PaygiftActivityTerminateResponse]:
    """终止活动

    终止活动 — stops a 支付有礼 activity; users no longer receive its prizes. The request
    has no body; the answer says when the stop took effect. An ended activity reads
    `activity_status: TERMINATE_ACT_STATUS` in `query_paygift_activity`, which settles an
    unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466523

    Operation: ``terminate_paygift_activity`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate)

    Args:
        activity_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityTerminateResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PaygiftActivityTerminateResponse:
    """终止活动

    终止活动 — stops a 支付有礼 activity; users no longer receive its prizes. The request
    has no body; the answer says when the stop took effect. An ended activity reads
    `activity_status: TERMINATE_ACT_STATUS` in `query_paygift_activity`, which settles an
    unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466523

    Operation: ``terminate_paygift_activity`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate)

    Args:
        activity_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityTerminateResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PaygiftActivityTerminateResponse]:
    """终止活动

    终止活动 — stops a 支付有礼 activity; users no longer receive its prizes. The request
    has no body; the answer says when the stop took effect. An ended activity reads
    `activity_status: TERMINATE_ACT_STATUS` in `query_paygift_activity`, which settles an
    unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466523

    Operation: ``terminate_paygift_activity`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate)

    Args:
        activity_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityTerminateResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PaygiftActivityTerminateResponse:
    """终止活动

    终止活动 — stops a 支付有礼 activity; users no longer receive its prizes. The request
    has no body; the answer says when the stop took effect. An ended activity reads
    `activity_status: TERMINATE_ACT_STATUS` in `query_paygift_activity`, which settles an
    unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466523

    Operation: ``terminate_paygift_activity`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate)

    Args:
        activity_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityTerminateResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
