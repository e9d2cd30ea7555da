# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebike_papay_contract import EbikePapayContract
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_ebike_user_contract"


def _get_kwargs(
    openid: str,
    *,
    sub_mchid: str | Unset = UNSET,
    trade_scene: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["trade_scene"] = trade_scene

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/ebike/charge/users/{openid}/contract".format(
            openid=quote(str(openid), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EbikePapayContract:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EbikePapayContract)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EbikePapayContract]:
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
    sub_mchid: str | Unset = UNSET,
    trade_scene: str,
) -> Response[EbikePapayContract]:
    """通过用户标识查询用户状态

    通过用户标识查询用户状态 — reads, by the user's OpenID and the trade scene, whether the user
    has the charging deduction contract and in which state (`contract_state`). Read-only.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_1.shtml

    Operation: ``query_ebike_user_contract`` (GET /v3/ebike/charge/users/{openid}/contract)

    Args:
        openid (str):
        sub_mchid (str | Unset):
        trade_scene (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EbikePapayContract]
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        trade_scene=trade_scene,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    trade_scene: str,
) -> EbikePapayContract:
    """通过用户标识查询用户状态

    通过用户标识查询用户状态 — reads, by the user's OpenID and the trade scene, whether the user
    has the charging deduction contract and in which state (`contract_state`). Read-only.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_1.shtml

    Operation: ``query_ebike_user_contract`` (GET /v3/ebike/charge/users/{openid}/contract)

    Args:
        openid (str):
        sub_mchid (str | Unset):
        trade_scene (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EbikePapayContract
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        trade_scene=trade_scene,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    trade_scene: str,
) -> Response[EbikePapayContract]:
    """通过用户标识查询用户状态

    通过用户标识查询用户状态 — reads, by the user's OpenID and the trade scene, whether the user
    has the charging deduction contract and in which state (`contract_state`). Read-only.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_1.shtml

    Operation: ``query_ebike_user_contract`` (GET /v3/ebike/charge/users/{openid}/contract)

    Args:
        openid (str):
        sub_mchid (str | Unset):
        trade_scene (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EbikePapayContract]
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        trade_scene=trade_scene,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    trade_scene: str,
) -> EbikePapayContract:
    """通过用户标识查询用户状态

    通过用户标识查询用户状态 — reads, by the user's OpenID and the trade scene, whether the user
    has the charging deduction contract and in which state (`contract_state`). Read-only.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_1.shtml

    Operation: ``query_ebike_user_contract`` (GET /v3/ebike/charge/users/{openid}/contract)

    Args:
        openid (str):
        sub_mchid (str | Unset):
        trade_scene (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EbikePapayContract
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        trade_scene=trade_scene,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
