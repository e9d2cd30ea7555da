# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.power_bank_user_qualification import PowerBankUserQualification
from ...types import Response

OPERATION_ID = "query_power_bank_user_qualification"


def _get_kwargs(
    openid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/hire-power-bank/user-qualifications/{openid}".format(
            openid=quote(str(openid), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PowerBankUserQualification:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PowerBankUserQualification)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PowerBankUserQualification]:
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
) -> Response[PowerBankUserQualification]:
    """查询用户保险订单领取资格

    查询用户保险订单领取资格 — tells whether a user may receive the overnight-return insurance
    order (`qualified_user`). A merchant that does not support overnight return gets
    `NOAUTH`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-qualification-by-open-id.html

    Operation: ``query_power_bank_user_qualification`` (GET /v3/hire-power-bank/user-qualifications/{openid})

    Args:
        openid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PowerBankUserQualification]
    """

    kwargs = _get_kwargs(
        openid=openid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
) -> PowerBankUserQualification:
    """查询用户保险订单领取资格

    查询用户保险订单领取资格 — tells whether a user may receive the overnight-return insurance
    order (`qualified_user`). A merchant that does not support overnight return gets
    `NOAUTH`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-qualification-by-open-id.html

    Operation: ``query_power_bank_user_qualification`` (GET /v3/hire-power-bank/user-qualifications/{openid})

    Args:
        openid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PowerBankUserQualification
    """

    kwargs = _get_kwargs(
        openid=openid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PowerBankUserQualification]:
    """查询用户保险订单领取资格

    查询用户保险订单领取资格 — tells whether a user may receive the overnight-return insurance
    order (`qualified_user`). A merchant that does not support overnight return gets
    `NOAUTH`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-qualification-by-open-id.html

    Operation: ``query_power_bank_user_qualification`` (GET /v3/hire-power-bank/user-qualifications/{openid})

    Args:
        openid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PowerBankUserQualification]
    """

    kwargs = _get_kwargs(
        openid=openid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
) -> PowerBankUserQualification:
    """查询用户保险订单领取资格

    查询用户保险订单领取资格 — tells whether a user may receive the overnight-return insurance
    order (`qualified_user`). A merchant that does not support overnight return gets
    `NOAUTH`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-qualification-by-open-id.html

    Operation: ``query_power_bank_user_qualification`` (GET /v3/hire-power-bank/user-qualifications/{openid})

    Args:
        openid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PowerBankUserQualification
    """

    kwargs = _get_kwargs(
        openid=openid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
