# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_decrypted_code import MembercardDecryptedCode
from ...types import UNSET, Response

OPERATION_ID = "decrypt_membercard_code"


def _get_kwargs(
    card_id: str,
    *,
    encrypt_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["encrypt_code"] = encrypt_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/decrypt-code".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardDecryptedCode:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardDecryptedCode)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardDecryptedCode]:
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
    encrypt_code: str,
) -> Response[MembercardDecryptedCode]:
    """加密code解码（跳转型激活）

    加密code解码（跳转型激活） — with jump activation, the address the user lands on carries
    the card code in encrypted form (`encrypt_code`); this call returns the real `code`.
    Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550742

    Operation: ``decrypt_membercard_code`` (GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code)

    Args:
        card_id (str):
        encrypt_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardDecryptedCode]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        encrypt_code=encrypt_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    encrypt_code: str,
) -> MembercardDecryptedCode:
    """加密code解码（跳转型激活）

    加密code解码（跳转型激活） — with jump activation, the address the user lands on carries
    the card code in encrypted form (`encrypt_code`); this call returns the real `code`.
    Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550742

    Operation: ``decrypt_membercard_code`` (GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code)

    Args:
        card_id (str):
        encrypt_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardDecryptedCode
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        encrypt_code=encrypt_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    encrypt_code: str,
) -> Response[MembercardDecryptedCode]:
    """加密code解码（跳转型激活）

    加密code解码（跳转型激活） — with jump activation, the address the user lands on carries
    the card code in encrypted form (`encrypt_code`); this call returns the real `code`.
    Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550742

    Operation: ``decrypt_membercard_code`` (GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code)

    Args:
        card_id (str):
        encrypt_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardDecryptedCode]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        encrypt_code=encrypt_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    encrypt_code: str,
) -> MembercardDecryptedCode:
    """加密code解码（跳转型激活）

    加密code解码（跳转型激活） — with jump activation, the address the user lands on carries
    the card code in encrypted form (`encrypt_code`); this call returns the real `code`.
    Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550742

    Operation: ``decrypt_membercard_code`` (GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code)

    Args:
        card_id (str):
        encrypt_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardDecryptedCode
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        encrypt_code=encrypt_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
