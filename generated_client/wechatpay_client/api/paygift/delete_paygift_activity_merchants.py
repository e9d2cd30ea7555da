# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paygift_activity_merchant_delete_request import PaygiftActivityMerchantDeleteRequest
from ...models.paygift_activity_merchant_delete_response import PaygiftActivityMerchantDeleteResponse
from ...types import Response

OPERATION_ID = "delete_paygift_activity_merchants"


def _get_kwargs(
    activity_id: str,
    *,
    body: PaygiftActivityMerchantDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PaygiftActivityMerchantDeleteRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaygiftActivityMerchantDeleteResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PaygiftActivityMerchantDeleteResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaygiftActivityMerchantDeleteResponse]:
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
    body: PaygiftActivityMerchantDeleteRequest,
) -> Response[PaygiftActivityMerchantDeleteResponse]:
    """删除活动发券商户号

    删除活动发券商户号 — removes issuing merchant IDs (1 to 500 per call) from an activity.
    `delete_request_no` is the merchant's unique number for this change. Not documented as
    idempotent: after an unclear outcome, check the remaining merchants with
    `list_paygift_activity_merchants`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466787

    Operation: ``delete_paygift_activity_merchants`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete)

    Args:
        activity_id (str):
        body (PaygiftActivityMerchantDeleteRequest): 删除活动发券商户号请求 — merchants to remove and the
            request number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityMerchantDeleteResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PaygiftActivityMerchantDeleteRequest,
) -> PaygiftActivityMerchantDeleteResponse:
    """删除活动发券商户号

    删除活动发券商户号 — removes issuing merchant IDs (1 to 500 per call) from an activity.
    `delete_request_no` is the merchant's unique number for this change. Not documented as
    idempotent: after an unclear outcome, check the remaining merchants with
    `list_paygift_activity_merchants`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466787

    Operation: ``delete_paygift_activity_merchants`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete)

    Args:
        activity_id (str):
        body (PaygiftActivityMerchantDeleteRequest): 删除活动发券商户号请求 — merchants to remove and the
            request number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityMerchantDeleteResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PaygiftActivityMerchantDeleteRequest,
) -> Response[PaygiftActivityMerchantDeleteResponse]:
    """删除活动发券商户号

    删除活动发券商户号 — removes issuing merchant IDs (1 to 500 per call) from an activity.
    `delete_request_no` is the merchant's unique number for this change. Not documented as
    idempotent: after an unclear outcome, check the remaining merchants with
    `list_paygift_activity_merchants`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466787

    Operation: ``delete_paygift_activity_merchants`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete)

    Args:
        activity_id (str):
        body (PaygiftActivityMerchantDeleteRequest): 删除活动发券商户号请求 — merchants to remove and the
            request number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityMerchantDeleteResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PaygiftActivityMerchantDeleteRequest,
) -> PaygiftActivityMerchantDeleteResponse:
    """删除活动发券商户号

    删除活动发券商户号 — removes issuing merchant IDs (1 to 500 per call) from an activity.
    `delete_request_no` is the merchant's unique number for this change. Not documented as
    idempotent: after an unclear outcome, check the remaining merchants with
    `list_paygift_activity_merchants`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466787

    Operation: ``delete_paygift_activity_merchants`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete)

    Args:
        activity_id (str):
        body (PaygiftActivityMerchantDeleteRequest): 删除活动发券商户号请求 — merchants to remove and the
            request number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityMerchantDeleteResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
