# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_bank_multi_activity_enroll_request import FavorBankMultiActivityEnrollRequest
from ...models.favor_bank_multi_activity_enroll_response import FavorBankMultiActivityEnrollResponse
from ...types import Response

OPERATION_ID = "enroll_favor_bank_multi_activity"


def _get_kwargs(
    openid: str,
    *,
    body: FavorBankMultiActivityEnrollRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/bank-favor/users/{openid}/bank-multi-activity".format(
            openid=quote(str(openid), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FavorBankMultiActivityEnrollRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FavorBankMultiActivityEnrollResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorBankMultiActivityEnrollResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavorBankMultiActivityEnrollResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorBankMultiActivityEnrollRequest,
) -> Response[FavorBankMultiActivityEnrollResponse]:
    """给指定用户报名多笔立减活动

    给指定用户报名多笔立减活动 — enrols a user in a multi-use instant-discount activity
    (多笔立减, created beforehand on the merchant platform) and returns the `coupon_id` that
    carries the user's uses. Read it with `query_favor_bank_multi_activity_coupon`. Direct
    merchants only.

    `out_request_no` (发券凭证) is the merchant's number for this enrolment. No lookup by it
    exists and the coupon lookup needs the `coupon_id` of the lost answer, so an unclear
    outcome cannot be settled by a query; resend with the same `out_request_no`, never a
    new one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569793

    Operation: ``enroll_favor_bank_multi_activity`` (POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity)

    Args:
        openid (str):
        body (FavorBankMultiActivityEnrollRequest): 报名多笔立减活动请求 — the enrolment (the user is the
            path's `openid`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorBankMultiActivityEnrollResponse]
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorBankMultiActivityEnrollRequest,
) -> FavorBankMultiActivityEnrollResponse:
    """给指定用户报名多笔立减活动

    给指定用户报名多笔立减活动 — enrols a user in a multi-use instant-discount activity
    (多笔立减, created beforehand on the merchant platform) and returns the `coupon_id` that
    carries the user's uses. Read it with `query_favor_bank_multi_activity_coupon`. Direct
    merchants only.

    `out_request_no` (发券凭证) is the merchant's number for this enrolment. No lookup by it
    exists and the coupon lookup needs the `coupon_id` of the lost answer, so an unclear
    outcome cannot be settled by a query; resend with the same `out_request_no`, never a
    new one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569793

    Operation: ``enroll_favor_bank_multi_activity`` (POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity)

    Args:
        openid (str):
        body (FavorBankMultiActivityEnrollRequest): 报名多笔立减活动请求 — the enrolment (the user is the
            path's `openid`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorBankMultiActivityEnrollResponse
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorBankMultiActivityEnrollRequest,
) -> Response[FavorBankMultiActivityEnrollResponse]:
    """给指定用户报名多笔立减活动

    给指定用户报名多笔立减活动 — enrols a user in a multi-use instant-discount activity
    (多笔立减, created beforehand on the merchant platform) and returns the `coupon_id` that
    carries the user's uses. Read it with `query_favor_bank_multi_activity_coupon`. Direct
    merchants only.

    `out_request_no` (发券凭证) is the merchant's number for this enrolment. No lookup by it
    exists and the coupon lookup needs the `coupon_id` of the lost answer, so an unclear
    outcome cannot be settled by a query; resend with the same `out_request_no`, never a
    new one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569793

    Operation: ``enroll_favor_bank_multi_activity`` (POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity)

    Args:
        openid (str):
        body (FavorBankMultiActivityEnrollRequest): 报名多笔立减活动请求 — the enrolment (the user is the
            path's `openid`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorBankMultiActivityEnrollResponse]
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorBankMultiActivityEnrollRequest,
) -> FavorBankMultiActivityEnrollResponse:
    """给指定用户报名多笔立减活动

    给指定用户报名多笔立减活动 — enrols a user in a multi-use instant-discount activity
    (多笔立减, created beforehand on the merchant platform) and returns the `coupon_id` that
    carries the user's uses. Read it with `query_favor_bank_multi_activity_coupon`. Direct
    merchants only.

    `out_request_no` (发券凭证) is the merchant's number for this enrolment. No lookup by it
    exists and the coupon lookup needs the `coupon_id` of the lost answer, so an unclear
    outcome cannot be settled by a query; resend with the same `out_request_no`, never a
    new one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569793

    Operation: ``enroll_favor_bank_multi_activity`` (POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity)

    Args:
        openid (str):
        body (FavorBankMultiActivityEnrollRequest): 报名多笔立减活动请求 — the enrolment (the user is the
            path's `openid`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorBankMultiActivityEnrollResponse
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
