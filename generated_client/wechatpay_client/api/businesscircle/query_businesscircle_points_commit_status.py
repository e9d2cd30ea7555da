# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_businesscircle_points_commit_status"


def _get_kwargs(
    openid: str,
    *,
    sub_mchid: str | Unset = UNSET,
    brandid: int,
    appid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["brandid"] = brandid

    params["appid"] = appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/businesscircle/users/{openid}/points/commit_status".format(
            openid=quote(str(openid), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    brandid: int,
    appid: str,
) -> Response[None]:
    """商圈会员待积分状态查询

    商圈会员待积分状态查询 — checks whether a member who authorised the points service has
    payments in the mall today that still wait for a points claim, so the mall mini program
    can lead the member to the points plug-in to submit them. `brandid` is the caller's
    brand and `appid` must be bound to it. Note the underscore in `commit_status`.

    OA and IM document the success answer as `204` without a body; the spec follows them
    (the official page's answer section was not available). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534994

    Operation: ``query_businesscircle_points_commit_status`` (GET /v3/businesscircle/users/{openid}/points/commit_status)

    Args:
        openid (str):
        sub_mchid (str | Unset):
        brandid (int):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        brandid=brandid,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    brandid: int,
    appid: str,
) -> Response[None]:
    """商圈会员待积分状态查询

    商圈会员待积分状态查询 — checks whether a member who authorised the points service has
    payments in the mall today that still wait for a points claim, so the mall mini program
    can lead the member to the points plug-in to submit them. `brandid` is the caller's
    brand and `appid` must be bound to it. Note the underscore in `commit_status`.

    OA and IM document the success answer as `204` without a body; the spec follows them
    (the official page's answer section was not available). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534994

    Operation: ``query_businesscircle_points_commit_status`` (GET /v3/businesscircle/users/{openid}/points/commit_status)

    Args:
        openid (str):
        sub_mchid (str | Unset):
        brandid (int):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        brandid=brandid,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
