# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_membercard_activities_activity_status import (
    ListMembercardActivitiesActivityStatus,
)
from ...models.list_membercard_activities_activity_type import (
    ListMembercardActivitiesActivityType,
)
from ...models.membercard_activity_list_response import MembercardActivityListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_membercard_activities"


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    activity_type: ListMembercardActivitiesActivityType,
    card_id: str | Unset = UNSET,
    activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_activity_type: str = activity_type
    params["activity_type"] = json_activity_type

    params["card_id"] = card_id

    json_activity_status: str | Unset = UNSET
    if not isinstance(activity_status, Unset):
        json_activity_status = activity_status

    params["activity_status"] = json_activity_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-activity/activities",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MembercardActivityListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardActivityListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardActivityListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    activity_type: ListMembercardActivitiesActivityType,
    card_id: str | Unset = UNSET,
    activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
) -> Response[MembercardActivityListResponse]:
    """查询活动列表

    查询会员有礼活动列表 — pages through the merchant's member-gift activities of one kind
    (`activity_type`, required), optionally narrowed to one membership card and one status.
    Each entry is a full activity, including the `out_request_no` it was created with, so this
    is the lookup that settles an unclear `create_membercard_activity`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553261

    Operation: ``list_membercard_activities`` (GET /v3/marketing/membercard-activity/activities)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        activity_type (ListMembercardActivitiesActivityType):
        card_id (str | Unset):
        activity_status (ListMembercardActivitiesActivityStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardActivityListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        activity_type=activity_type,
        card_id=card_id,
        activity_status=activity_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    activity_type: ListMembercardActivitiesActivityType,
    card_id: str | Unset = UNSET,
    activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
) -> MembercardActivityListResponse:
    """查询活动列表

    查询会员有礼活动列表 — pages through the merchant's member-gift activities of one kind
    (`activity_type`, required), optionally narrowed to one membership card and one status.
    Each entry is a full activity, including the `out_request_no` it was created with, so this
    is the lookup that settles an unclear `create_membercard_activity`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553261

    Operation: ``list_membercard_activities`` (GET /v3/marketing/membercard-activity/activities)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        activity_type (ListMembercardActivitiesActivityType):
        card_id (str | Unset):
        activity_status (ListMembercardActivitiesActivityStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardActivityListResponse
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        activity_type=activity_type,
        card_id=card_id,
        activity_status=activity_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    activity_type: ListMembercardActivitiesActivityType,
    card_id: str | Unset = UNSET,
    activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
) -> Response[MembercardActivityListResponse]:
    """查询活动列表

    查询会员有礼活动列表 — pages through the merchant's member-gift activities of one kind
    (`activity_type`, required), optionally narrowed to one membership card and one status.
    Each entry is a full activity, including the `out_request_no` it was created with, so this
    is the lookup that settles an unclear `create_membercard_activity`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553261

    Operation: ``list_membercard_activities`` (GET /v3/marketing/membercard-activity/activities)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        activity_type (ListMembercardActivitiesActivityType):
        card_id (str | Unset):
        activity_status (ListMembercardActivitiesActivityStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardActivityListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        activity_type=activity_type,
        card_id=card_id,
        activity_status=activity_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    activity_type: ListMembercardActivitiesActivityType,
    card_id: str | Unset = UNSET,
    activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
) -> MembercardActivityListResponse:
    """查询活动列表

    查询会员有礼活动列表 — pages through the merchant's member-gift activities of one kind
    (`activity_type`, required), optionally narrowed to one membership card and one status.
    Each entry is a full activity, including the `out_request_no` it was created with, so this
    is the lookup that settles an unclear `create_membercard_activity`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553261

    Operation: ``list_membercard_activities`` (GET /v3/marketing/membercard-activity/activities)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        activity_type (ListMembercardActivitiesActivityType):
        card_id (str | Unset):
        activity_status (ListMembercardActivitiesActivityStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardActivityListResponse
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        activity_type=activity_type,
        card_id=card_id,
        activity_status=activity_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
