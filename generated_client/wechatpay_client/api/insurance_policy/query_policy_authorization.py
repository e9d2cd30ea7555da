# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_policy_authorization import InsurancePolicyAuthorization
from ...types import Response

OPERATION_ID = "query_policy_authorization"


def _get_kwargs(
    out_insurance_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/inspolicymgr/deduct/authorizations/{out_insurance_no}".format(
            out_insurance_no=quote(str(out_insurance_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsurancePolicyAuthorization:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsurancePolicyAuthorization)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsurancePolicyAuthorization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_insurance_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InsurancePolicyAuthorization]:
    """查询保单授权信息

    查询保单授权信息 — reads the consent record of one policy, by `out_insurance_no`: its
    `auth_state` and, once the user has agreed, `user_auth_time`. Also the way to settle an
    unclear outcome of `submit_policy_authorization`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617415

    Operation: ``query_policy_authorization`` (GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no})

    Args:
        out_insurance_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicyAuthorization]
    """

    kwargs = _get_kwargs(
        out_insurance_no=out_insurance_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_insurance_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> InsurancePolicyAuthorization:
    """查询保单授权信息

    查询保单授权信息 — reads the consent record of one policy, by `out_insurance_no`: its
    `auth_state` and, once the user has agreed, `user_auth_time`. Also the way to settle an
    unclear outcome of `submit_policy_authorization`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617415

    Operation: ``query_policy_authorization`` (GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no})

    Args:
        out_insurance_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicyAuthorization
    """

    kwargs = _get_kwargs(
        out_insurance_no=out_insurance_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_insurance_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InsurancePolicyAuthorization]:
    """查询保单授权信息

    查询保单授权信息 — reads the consent record of one policy, by `out_insurance_no`: its
    `auth_state` and, once the user has agreed, `user_auth_time`. Also the way to settle an
    unclear outcome of `submit_policy_authorization`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617415

    Operation: ``query_policy_authorization`` (GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no})

    Args:
        out_insurance_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicyAuthorization]
    """

    kwargs = _get_kwargs(
        out_insurance_no=out_insurance_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_insurance_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> InsurancePolicyAuthorization:
    """查询保单授权信息

    查询保单授权信息 — reads the consent record of one policy, by `out_insurance_no`: its
    `auth_state` and, once the user has agreed, `user_auth_time`. Also the way to settle an
    unclear outcome of `submit_policy_authorization`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617415

    Operation: ``query_policy_authorization`` (GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no})

    Args:
        out_insurance_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicyAuthorization
    """

    kwargs = _get_kwargs(
        out_insurance_no=out_insurance_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
