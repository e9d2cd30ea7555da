# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_authorization import TransferAuthorization
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_transfer_authorization"


def _get_kwargs(
    out_authorization_no: str,
    *,
    is_display_authorization: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_display_authorization"] = is_display_authorization

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}".format(
            out_authorization_no=quote(str(out_authorization_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferAuthorization:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferAuthorization)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferAuthorization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_authorization_no: str,
    *,
    client: AuthenticatedClient | Client,
    is_display_authorization: bool | Unset = UNSET,
) -> Response[TransferAuthorization]:
    """商户单号查询自动收款授权

    商户单号查询自动收款授权 — reads a no-confirmation authorisation by the merchant's
    `out_authorization_no`: whether it waits for the user, is in force (`TAKING_EFFECT`) or
    is closed (with `close_info`). It settles an unclear outcome of
    `apply_transfer_authorization` and `close_transfer_authorization`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399423

    Operation: ``query_transfer_authorization`` (GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no})

    Args:
        out_authorization_no (str):
        is_display_authorization (bool | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferAuthorization]
    """

    kwargs = _get_kwargs(
        out_authorization_no=out_authorization_no,
        is_display_authorization=is_display_authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_authorization_no: str,
    *,
    client: AuthenticatedClient | Client,
    is_display_authorization: bool | Unset = UNSET,
) -> TransferAuthorization:
    """商户单号查询自动收款授权

    商户单号查询自动收款授权 — reads a no-confirmation authorisation by the merchant's
    `out_authorization_no`: whether it waits for the user, is in force (`TAKING_EFFECT`) or
    is closed (with `close_info`). It settles an unclear outcome of
    `apply_transfer_authorization` and `close_transfer_authorization`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399423

    Operation: ``query_transfer_authorization`` (GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no})

    Args:
        out_authorization_no (str):
        is_display_authorization (bool | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferAuthorization
    """

    kwargs = _get_kwargs(
        out_authorization_no=out_authorization_no,
        is_display_authorization=is_display_authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_authorization_no: str,
    *,
    client: AuthenticatedClient | Client,
    is_display_authorization: bool | Unset = UNSET,
) -> Response[TransferAuthorization]:
    """商户单号查询自动收款授权

    商户单号查询自动收款授权 — reads a no-confirmation authorisation by the merchant's
    `out_authorization_no`: whether it waits for the user, is in force (`TAKING_EFFECT`) or
    is closed (with `close_info`). It settles an unclear outcome of
    `apply_transfer_authorization` and `close_transfer_authorization`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399423

    Operation: ``query_transfer_authorization`` (GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no})

    Args:
        out_authorization_no (str):
        is_display_authorization (bool | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferAuthorization]
    """

    kwargs = _get_kwargs(
        out_authorization_no=out_authorization_no,
        is_display_authorization=is_display_authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_authorization_no: str,
    *,
    client: AuthenticatedClient | Client,
    is_display_authorization: bool | Unset = UNSET,
) -> TransferAuthorization:
    """商户单号查询自动收款授权

    商户单号查询自动收款授权 — reads a no-confirmation authorisation by the merchant's
    `out_authorization_no`: whether it waits for the user, is in force (`TAKING_EFFECT`) or
    is closed (with `close_info`). It settles an unclear outcome of
    `apply_transfer_authorization` and `close_transfer_authorization`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399423

    Operation: ``query_transfer_authorization`` (GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no})

    Args:
        out_authorization_no (str):
        is_display_authorization (bool | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferAuthorization
    """

    kwargs = _get_kwargs(
        out_authorization_no=out_authorization_no,
        is_display_authorization=is_display_authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
