# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_activity import MembercardActivity
from ...types import Response

OPERATION_ID = "query_membercard_activity"


def _get_kwargs(
    activity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-activity/activities/{activity_id}".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardActivity:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardActivity)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MembercardActivity]:
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
) -> Response[MembercardActivity]:
    """查询活动详情

    查询会员有礼活动详情 — reads one member-gift activity by the `activity_id` that
    `create_membercard_activity` returned: its settings, gifts and current status. It is how an
    unclear `terminate_membercard_activity` is settled (status `TERMINATED`). Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553365

    Operation: ``query_membercard_activity`` (GET /v3/marketing/membercard-activity/activities/{activity_id})

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
        Response[MembercardActivity]
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
) -> MembercardActivity:
    """查询活动详情

    查询会员有礼活动详情 — reads one member-gift activity by the `activity_id` that
    `create_membercard_activity` returned: its settings, gifts and current status. It is how an
    unclear `terminate_membercard_activity` is settled (status `TERMINATED`). Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553365

    Operation: ``query_membercard_activity`` (GET /v3/marketing/membercard-activity/activities/{activity_id})

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
        MembercardActivity
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
) -> Response[MembercardActivity]:
    """查询活动详情

    查询会员有礼活动详情 — reads one member-gift activity by the `activity_id` that
    `create_membercard_activity` returned: its settings, gifts and current status. It is how an
    unclear `terminate_membercard_activity` is settled (status `TERMINATED`). Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553365

    Operation: ``query_membercard_activity`` (GET /v3/marketing/membercard-activity/activities/{activity_id})

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
        Response[MembercardActivity]
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
) -> MembercardActivity:
    """查询活动详情

    查询会员有礼活动详情 — reads one member-gift activity by the `activity_id` that
    `create_membercard_activity` returned: its settings, gifts and current status. It is how an
    unclear `terminate_membercard_activity` is settled (status `TERMINATED`). Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553365

    Operation: ``query_membercard_activity`` (GET /v3/marketing/membercard-activity/activities/{activity_id})

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
        MembercardActivity
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
