# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.qrcode_ride_user_service import QrcodeRideUserService
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_qrcode_ride_user_service"


def _get_kwargs(
    contract_id: str,
    *,
    appid: str,
    sub_appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["sub_appid"] = sub_appid

    params["sub_mchid"] = sub_mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/qrcode/user-services/contract-id/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> QrcodeRideUserService:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, QrcodeRideUserService)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QrcodeRideUserService]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> Response[QrcodeRideUserService]:
    """查询用户服务可用信息

    查询用户服务可用信息 — before generating a ride code, checks whether the user's public
    transport deduction service can be used: `user_service_state` is `NORMAL` or `BLOCKED`,
    and for a blocked user `block_reason` says why (known: `DELETED`, `ACCOUNT_FROZEN`,
    `OVERDUE`). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``query_qrcode_ride_user_service`` (GET /v3/qrcode/user-services/contract-id/{contract_id})

    Args:
        contract_id (str):
        appid (str):
        sub_appid (str | Unset):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[QrcodeRideUserService]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_appid=sub_appid,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> QrcodeRideUserService:
    """查询用户服务可用信息

    查询用户服务可用信息 — before generating a ride code, checks whether the user's public
    transport deduction service can be used: `user_service_state` is `NORMAL` or `BLOCKED`,
    and for a blocked user `block_reason` says why (known: `DELETED`, `ACCOUNT_FROZEN`,
    `OVERDUE`). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``query_qrcode_ride_user_service`` (GET /v3/qrcode/user-services/contract-id/{contract_id})

    Args:
        contract_id (str):
        appid (str):
        sub_appid (str | Unset):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        QrcodeRideUserService
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_appid=sub_appid,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> Response[QrcodeRideUserService]:
    """查询用户服务可用信息

    查询用户服务可用信息 — before generating a ride code, checks whether the user's public
    transport deduction service can be used: `user_service_state` is `NORMAL` or `BLOCKED`,
    and for a blocked user `block_reason` says why (known: `DELETED`, `ACCOUNT_FROZEN`,
    `OVERDUE`). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``query_qrcode_ride_user_service`` (GET /v3/qrcode/user-services/contract-id/{contract_id})

    Args:
        contract_id (str):
        appid (str):
        sub_appid (str | Unset):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[QrcodeRideUserService]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_appid=sub_appid,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> QrcodeRideUserService:
    """查询用户服务可用信息

    查询用户服务可用信息 — before generating a ride code, checks whether the user's public
    transport deduction service can be used: `user_service_state` is `NORMAL` or `BLOCKED`,
    and for a blocked user `block_reason` says why (known: `DELETED`, `ACCOUNT_FROZEN`,
    `OVERDUE`). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``query_qrcode_ride_user_service`` (GET /v3/qrcode/user-services/contract-id/{contract_id})

    Args:
        contract_id (str):
        appid (str):
        sub_appid (str | Unset):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        QrcodeRideUserService
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_appid=sub_appid,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
