# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_activate_information import MembercardActivateInformation
from ...types import Response

OPERATION_ID = "query_membercard_activate_information"


def _get_kwargs(
    activate_ticket: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-open/activate-informations/{activate_ticket}".format(
            activate_ticket=quote(str(activate_ticket), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardActivateInformation:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardActivateInformation)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardActivateInformation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activate_ticket: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MembercardActivateInformation]:
    """获取用户信息（跳转型激活）

    获取用户信息（跳转型激活） — with jump activation (`JUMP_ACTIVATE`), the card component
    sends the user to the merchant's H5 page or mini program and appends `openid`, an
    encrypted code (`encrypt_code`) and an `activate_ticket` to the address. This call
    exchanges the ticket for what the user entered on the sign-up form (and their nickname
    and avatar). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550779

    Operation: ``query_membercard_activate_information`` (GET /v3/marketing/membercard-open/activate-informations/{activate_ticket})

    Args:
        activate_ticket (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardActivateInformation]
    """

    kwargs = _get_kwargs(
        activate_ticket=activate_ticket,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activate_ticket: str,
    *,
    client: AuthenticatedClient | Client,
) -> MembercardActivateInformation:
    """获取用户信息（跳转型激活）

    获取用户信息（跳转型激活） — with jump activation (`JUMP_ACTIVATE`), the card component
    sends the user to the merchant's H5 page or mini program and appends `openid`, an
    encrypted code (`encrypt_code`) and an `activate_ticket` to the address. This call
    exchanges the ticket for what the user entered on the sign-up form (and their nickname
    and avatar). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550779

    Operation: ``query_membercard_activate_information`` (GET /v3/marketing/membercard-open/activate-informations/{activate_ticket})

    Args:
        activate_ticket (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardActivateInformation
    """

    kwargs = _get_kwargs(
        activate_ticket=activate_ticket,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    activate_ticket: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MembercardActivateInformation]:
    """获取用户信息（跳转型激活）

    获取用户信息（跳转型激活） — with jump activation (`JUMP_ACTIVATE`), the card component
    sends the user to the merchant's H5 page or mini program and appends `openid`, an
    encrypted code (`encrypt_code`) and an `activate_ticket` to the address. This call
    exchanges the ticket for what the user entered on the sign-up form (and their nickname
    and avatar). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550779

    Operation: ``query_membercard_activate_information`` (GET /v3/marketing/membercard-open/activate-informations/{activate_ticket})

    Args:
        activate_ticket (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardActivateInformation]
    """

    kwargs = _get_kwargs(
        activate_ticket=activate_ticket,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activate_ticket: str,
    *,
    client: AuthenticatedClient | Client,
) -> MembercardActivateInformation:
    """获取用户信息（跳转型激活）

    获取用户信息（跳转型激活） — with jump activation (`JUMP_ACTIVATE`), the card component
    sends the user to the merchant's H5 page or mini program and appends `openid`, an
    encrypted code (`encrypt_code`) and an `activate_ticket` to the address. This call
    exchanges the ticket for what the user entered on the sign-up form (and their nickname
    and avatar). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550779

    Operation: ``query_membercard_activate_information`` (GET /v3/marketing/membercard-open/activate-informations/{activate_ticket})

    Args:
        activate_ticket (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardActivateInformation
    """

    kwargs = _get_kwargs(
        activate_ticket=activate_ticket,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
