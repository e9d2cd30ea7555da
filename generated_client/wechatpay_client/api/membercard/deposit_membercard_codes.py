# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_code_deposit_request import MembercardCodeDepositRequest
from ...models.membercard_code_deposit_response import MembercardCodeDepositResponse
from ...types import Response

OPERATION_ID = "deposit_membercard_codes"


def _get_kwargs(
    card_id: str,
    *,
    body: MembercardCodeDepositRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/codes/deposit".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardCodeDepositRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardCodeDepositResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardCodeDepositResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardCodeDepositResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCodeDepositRequest,
) -> Response[MembercardCodeDepositResponse]:
    """导入会员Code

    导入会员Code — for a template whose `code_mode` is `MERCHANT_DEPOSIT` (预存code), upload
    the codes users will receive. The template's stock becomes the number of deposited
    codes, and each user who takes the card gets one of them at random. The answer reports
    each code as `SUCCESS`, `DUPLICATE` (already deposited) or `FAIL`.

    No query lists deposited codes. A code sent again is reported `DUPLICATE` rather than
    added twice, so after an unclear outcome the same list can be resent and the per-code
    results read.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545728

    Operation: ``deposit_membercard_codes`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit)

    Args:
        card_id (str):
        body (MembercardCodeDepositRequest): 导入会员Code请求 — the codes to deposit.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardCodeDepositResponse]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCodeDepositRequest,
) -> MembercardCodeDepositResponse:
    """导入会员Code

    导入会员Code — for a template whose `code_mode` is `MERCHANT_DEPOSIT` (预存code), upload
    the codes users will receive. The template's stock becomes the number of deposited
    codes, and each user who takes the card gets one of them at random. The answer reports
    each code as `SUCCESS`, `DUPLICATE` (already deposited) or `FAIL`.

    No query lists deposited codes. A code sent again is reported `DUPLICATE` rather than
    added twice, so after an unclear outcome the same list can be resent and the per-code
    results read.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545728

    Operation: ``deposit_membercard_codes`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit)

    Args:
        card_id (str):
        body (MembercardCodeDepositRequest): 导入会员Code请求 — the codes to deposit.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardCodeDepositResponse
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCodeDepositRequest,
) -> Response[MembercardCodeDepositResponse]:
    """导入会员Code

    导入会员Code — for a template whose `code_mode` is `MERCHANT_DEPOSIT` (预存code), upload
    the codes users will receive. The template's stock becomes the number of deposited
    codes, and each user who takes the card gets one of them at random. The answer reports
    each code as `SUCCESS`, `DUPLICATE` (already deposited) or `FAIL`.

    No query lists deposited codes. A code sent again is reported `DUPLICATE` rather than
    added twice, so after an unclear outcome the same list can be resent and the per-code
    results read.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545728

    Operation: ``deposit_membercard_codes`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit)

    Args:
        card_id (str):
        body (MembercardCodeDepositRequest): 导入会员Code请求 — the codes to deposit.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardCodeDepositResponse]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCodeDepositRequest,
) -> MembercardCodeDepositResponse:
    """导入会员Code

    导入会员Code — for a template whose `code_mode` is `MERCHANT_DEPOSIT` (预存code), upload
    the codes users will receive. The template's stock becomes the number of deposited
    codes, and each user who takes the card gets one of them at random. The answer reports
    each code as `SUCCESS`, `DUPLICATE` (already deposited) or `FAIL`.

    No query lists deposited codes. A code sent again is reported `DUPLICATE` rather than
    added twice, so after an unclear outcome the same list can be resent and the per-code
    results read.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545728

    Operation: ``deposit_membercard_codes`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit)

    Args:
        card_id (str):
        body (MembercardCodeDepositRequest): 导入会员Code请求 — the codes to deposit.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardCodeDepositResponse
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
