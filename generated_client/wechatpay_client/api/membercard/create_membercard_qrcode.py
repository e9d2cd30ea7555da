# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_qrcode import MembercardQrcode
from ...models.membercard_qrcode_create_request import MembercardQrcodeCreateRequest
from ...types import Response

OPERATION_ID = "create_membercard_qrcode"


def _get_kwargs(
    card_id: str,
    *,
    body: MembercardQrcodeCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/qrcode".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardQrcodeCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardQrcode:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardQrcode)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MembercardQrcode]:
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
    body: MembercardQrcodeCreateRequest,
) -> Response[MembercardQrcode]:
    """创建会员卡二维码

    创建会员卡二维码 — create the address of a QR code that distributes this card: a user who
    scans it can take the card, activated automatically (`AUTO_ACTIVATE`) or by jumping to
    the merchant's page or mini program (`JUMP_ACTIVATE`). `outer_str` marks the channel
    and comes back in the card notifications.

    No query lists created QR codes; a resend only creates another one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550605

    Operation: ``create_membercard_qrcode`` (POST /v3/marketing/membercard-open/cards/{card_id}/qrcode)

    Args:
        card_id (str):
        body (MembercardQrcodeCreateRequest): 创建会员卡二维码请求 — how cards taken through the QR code are
            activated.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardQrcode]
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
    body: MembercardQrcodeCreateRequest,
) -> MembercardQrcode:
    """创建会员卡二维码

    创建会员卡二维码 — create the address of a QR code that distributes this card: a user who
    scans it can take the card, activated automatically (`AUTO_ACTIVATE`) or by jumping to
    the merchant's page or mini program (`JUMP_ACTIVATE`). `outer_str` marks the channel
    and comes back in the card notifications.

    No query lists created QR codes; a resend only creates another one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550605

    Operation: ``create_membercard_qrcode`` (POST /v3/marketing/membercard-open/cards/{card_id}/qrcode)

    Args:
        card_id (str):
        body (MembercardQrcodeCreateRequest): 创建会员卡二维码请求 — how cards taken through the QR code are
            activated.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardQrcode
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
    body: MembercardQrcodeCreateRequest,
) -> Response[MembercardQrcode]:
    """创建会员卡二维码

    创建会员卡二维码 — create the address of a QR code that distributes this card: a user who
    scans it can take the card, activated automatically (`AUTO_ACTIVATE`) or by jumping to
    the merchant's page or mini program (`JUMP_ACTIVATE`). `outer_str` marks the channel
    and comes back in the card notifications.

    No query lists created QR codes; a resend only creates another one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550605

    Operation: ``create_membercard_qrcode`` (POST /v3/marketing/membercard-open/cards/{card_id}/qrcode)

    Args:
        card_id (str):
        body (MembercardQrcodeCreateRequest): 创建会员卡二维码请求 — how cards taken through the QR code are
            activated.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardQrcode]
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
    body: MembercardQrcodeCreateRequest,
) -> MembercardQrcode:
    """创建会员卡二维码

    创建会员卡二维码 — create the address of a QR code that distributes this card: a user who
    scans it can take the card, activated automatically (`AUTO_ACTIVATE`) or by jumping to
    the merchant's page or mini program (`JUMP_ACTIVATE`). `outer_str` marks the channel
    and comes back in the card notifications.

    No query lists created QR codes; a resend only creates another one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550605

    Operation: ``create_membercard_qrcode`` (POST /v3/marketing/membercard-open/cards/{card_id}/qrcode)

    Args:
        card_id (str):
        body (MembercardQrcodeCreateRequest): 创建会员卡二维码请求 — how cards taken through the QR code are
            activated.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardQrcode
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
