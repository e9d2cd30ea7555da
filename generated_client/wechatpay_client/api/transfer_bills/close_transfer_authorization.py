# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_authorization import TransferAuthorization
from ...types import Response

OPERATION_ID = "close_transfer_authorization"


def _get_kwargs(
    out_authorization_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close".format(
            out_authorization_no=quote(str(out_authorization_no), safe=""),
        ),
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
) -> Response[TransferAuthorization]:
    """解除免确认收款授权

    解除免确认收款授权 — ends a no-confirmation authorisation from the merchant's side; the
    answer shows it `CLOSED` with `close_reason: CLOSE_VIA_MCH_API`, and later transfers to
    that user need confirmation again. Limited to 50 calls per second per merchant. After an
    unclear outcome, read it with `query_transfer_authorization`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015653811

    Operation: ``close_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close)

    Args:
        out_authorization_no (str):

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_authorization_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransferAuthorization:
    """解除免确认收款授权

    解除免确认收款授权 — ends a no-confirmation authorisation from the merchant's side; the
    answer shows it `CLOSED` with `close_reason: CLOSE_VIA_MCH_API`, and later transfers to
    that user need confirmation again. Limited to 50 calls per second per merchant. After an
    unclear outcome, read it with `query_transfer_authorization`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015653811

    Operation: ``close_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close)

    Args:
        out_authorization_no (str):

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_authorization_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransferAuthorization]:
    """解除免确认收款授权

    解除免确认收款授权 — ends a no-confirmation authorisation from the merchant's side; the
    answer shows it `CLOSED` with `close_reason: CLOSE_VIA_MCH_API`, and later transfers to
    that user need confirmation again. Limited to 50 calls per second per merchant. After an
    unclear outcome, read it with `query_transfer_authorization`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015653811

    Operation: ``close_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close)

    Args:
        out_authorization_no (str):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_authorization_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransferAuthorization:
    """解除免确认收款授权

    解除免确认收款授权 — ends a no-confirmation authorisation from the merchant's side; the
    answer shows it `CLOSED` with `close_reason: CLOSE_VIA_MCH_API`, and later transfers to
    that user need confirmation again. Limited to 50 calls per second per merchant. After an
    unclear outcome, read it with `query_transfer_authorization`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015653811

    Operation: ``close_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close)

    Args:
        out_authorization_no (str):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
