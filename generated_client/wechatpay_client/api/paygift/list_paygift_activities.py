# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_paygift_activities_activity_status import (
    ListPaygiftActivitiesActivityStatus,
)
from ...models.list_paygift_activities_award_type import (
    ListPaygiftActivitiesAwardType,
)
from ...models.paygift_activity_list_response import PaygiftActivityListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_paygift_activities"


def _get_kwargs(
    *,
    offset: int,
    limit: int,
    activity_name: str | Unset = UNSET,
    activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
    award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["activity_name"] = activity_name

    json_activity_status: str | Unset = UNSET
    if not isinstance(activity_status, Unset):
        json_activity_status = activity_status

    params["activity_status"] = json_activity_status

    json_award_type: str | Unset = UNSET
    if not isinstance(award_type, Unset):
        json_award_type = award_type

    params["award_type"] = json_award_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/paygiftactivity/activities",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaygiftActivityListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PaygiftActivityListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaygiftActivityListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
    activity_name: str | Unset = UNSET,
    activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
    award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
) -> Response[PaygiftActivityListResponse]:
    """获取支付有礼活动列表

    获取支付有礼活动列表 — pages through the 支付有礼 activities the merchant has created,
    optionally filtered by name (fuzzy match), status and prize type. `offset` and `limit`
    (1 to 100) are required. Each entry repeats the activity's settings, including
    `activity_base_info.out_request_no`, so this list is how an unclear outcome of
    `create_paygift_unique_threshold_activity` is settled. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489126

    Operation: ``list_paygift_activities`` (GET /v3/marketing/paygiftactivity/activities)

    Args:
        offset (int):
        limit (int):
        activity_name (str | Unset):
        activity_status (ListPaygiftActivitiesActivityStatus | Unset):
        award_type (ListPaygiftActivitiesAwardType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        activity_name=activity_name,
        activity_status=activity_status,
        award_type=award_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
    activity_name: str | Unset = UNSET,
    activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
    award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
) -> PaygiftActivityListResponse:
    """获取支付有礼活动列表

    获取支付有礼活动列表 — pages through the 支付有礼 activities the merchant has created,
    optionally filtered by name (fuzzy match), status and prize type. `offset` and `limit`
    (1 to 100) are required. Each entry repeats the activity's settings, including
    `activity_base_info.out_request_no`, so this list is how an unclear outcome of
    `create_paygift_unique_threshold_activity` is settled. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489126

    Operation: ``list_paygift_activities`` (GET /v3/marketing/paygiftactivity/activities)

    Args:
        offset (int):
        limit (int):
        activity_name (str | Unset):
        activity_status (ListPaygiftActivitiesActivityStatus | Unset):
        award_type (ListPaygiftActivitiesAwardType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityListResponse
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        activity_name=activity_name,
        activity_status=activity_status,
        award_type=award_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
    activity_name: str | Unset = UNSET,
    activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
    award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
) -> Response[PaygiftActivityListResponse]:
    """获取支付有礼活动列表

    获取支付有礼活动列表 — pages through the 支付有礼 activities the merchant has created,
    optionally filtered by name (fuzzy match), status and prize type. `offset` and `limit`
    (1 to 100) are required. Each entry repeats the activity's settings, including
    `activity_base_info.out_request_no`, so this list is how an unclear outcome of
    `create_paygift_unique_threshold_activity` is settled. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489126

    Operation: ``list_paygift_activities`` (GET /v3/marketing/paygiftactivity/activities)

    Args:
        offset (int):
        limit (int):
        activity_name (str | Unset):
        activity_status (ListPaygiftActivitiesActivityStatus | Unset):
        award_type (ListPaygiftActivitiesAwardType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        activity_name=activity_name,
        activity_status=activity_status,
        award_type=award_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
    activity_name: str | Unset = UNSET,
    activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
    award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
) -> PaygiftActivityListResponse:
    """获取支付有礼活动列表

    获取支付有礼活动列表 — pages through the 支付有礼 activities the merchant has created,
    optionally filtered by name (fuzzy match), status and prize type. `offset` and `limit`
    (1 to 100) are required. Each entry repeats the activity's settings, including
    `activity_base_info.out_request_no`, so this list is how an unclear outcome of
    `create_paygift_unique_threshold_activity` is settled. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489126

    Operation: ``list_paygift_activities`` (GET /v3/marketing/paygiftactivity/activities)

    Args:
        offset (int):
        limit (int):
        activity_name (str | Unset):
        activity_status (ListPaygiftActivitiesActivityStatus | Unset):
        award_type (ListPaygiftActivitiesAwardType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityListResponse
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        activity_name=activity_name,
        activity_status=activity_status,
        award_type=award_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
