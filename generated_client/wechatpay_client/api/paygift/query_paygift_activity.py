# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paygift_activity import PaygiftActivity
from ...types import Response

OPERATION_ID = "query_paygift_activity"


def _get_kwargs(
    activity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/paygiftactivity/activities/{activity_id}".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaygiftActivity:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PaygiftActivity)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaygiftActivity]:
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
) -> Response[PaygiftActivity]:
    """查询活动详情接口

    查询活动详情接口 — reads one 支付有礼 activity: its settings as created, its type and
    status, who created it and who owns it, and when it was paused, resumed, created and
    last updated. `activity_status: TERMINATE_ACT_STATUS` confirms
    `terminate_paygift_activity`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487971

    Operation: ``query_paygift_activity`` (GET /v3/marketing/paygiftactivity/activities/{activity_id})

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
        Response[PaygiftActivity]
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
) -> PaygiftActivity:
    """查询活动详情接口

    查询活动详情接口 — reads one 支付有礼 activity: its settings as created, its type and
    status, who created it and who owns it, and when it was paused, resumed, created and
    last updated. `activity_status: TERMINATE_ACT_STATUS` confirms
    `terminate_paygift_activity`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487971

    Operation: ``query_paygift_activity`` (GET /v3/marketing/paygiftactivity/activities/{activity_id})

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
        PaygiftActivity
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
) -> Response[PaygiftActivity]:
    """查询活动详情接口

    查询活动详情接口 — reads one 支付有礼 activity: its settings as created, its type and
    status, who created it and who owns it, and when it was paused, resumed, created and
    last updated. `activity_status: TERMINATE_ACT_STATUS` confirms
    `terminate_paygift_activity`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487971

    Operation: ``query_paygift_activity`` (GET /v3/marketing/paygiftactivity/activities/{activity_id})

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
        Response[PaygiftActivity]
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
) -> PaygiftActivity:
    """查询活动详情接口

    查询活动详情接口 — reads one 支付有礼 activity: its settings as created, its type and
    status, who created it and who owns it, and when it was paused, resumed, created and
    last updated. `activity_status: TERMINATE_ACT_STATUS` confirms
    `terminate_paygift_activity`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487971

    Operation: ``query_paygift_activity`` (GET /v3/marketing/paygiftactivity/activities/{activity_id})

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
        PaygiftActivity
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
