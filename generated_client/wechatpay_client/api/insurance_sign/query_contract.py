# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_contract_query_response import InsuranceContractQueryResponse
from ...types import Response

OPERATION_ID = "query_contract"


def _get_kwargs(
    plan_id: int,
    out_contract_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}".format(
            plan_id=quote(str(plan_id), safe=""),
            out_contract_code=quote(str(out_contract_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsuranceContractQueryResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsuranceContractQueryResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsuranceContractQueryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InsuranceContractQueryResponse]:
    """保险商户查询保险自动续费协议

    Looks up an insurance auto-renewal contract by `plan_id` and the merchant's
    `out_contract_code`. It only finds a contract once the user has completed signing.

    Use it to settle an unclear outcome of a pre-sign, `terminate_contract` or
    `renew_contract` (`contract_state`, `contract_terminate_info`). Safe to repeat. While
    a termination is pending, `revoke_terminate_contract_redirect_appid` and
    `revoke_terminate_contract_redirect_url` name the mini-program page where the user
    can withdraw it.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472641

    Operation: ``query_contract`` (GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code})

    Args:
        plan_id (int):
        out_contract_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsuranceContractQueryResponse]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> InsuranceContractQueryResponse:
    """保险商户查询保险自动续费协议

    Looks up an insurance auto-renewal contract by `plan_id` and the merchant's
    `out_contract_code`. It only finds a contract once the user has completed signing.

    Use it to settle an unclear outcome of a pre-sign, `terminate_contract` or
    `renew_contract` (`contract_state`, `contract_terminate_info`). Safe to repeat. While
    a termination is pending, `revoke_terminate_contract_redirect_appid` and
    `revoke_terminate_contract_redirect_url` name the mini-program page where the user
    can withdraw it.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472641

    Operation: ``query_contract`` (GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code})

    Args:
        plan_id (int):
        out_contract_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsuranceContractQueryResponse
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InsuranceContractQueryResponse]:
    """保险商户查询保险自动续费协议

    Looks up an insurance auto-renewal contract by `plan_id` and the merchant's
    `out_contract_code`. It only finds a contract once the user has completed signing.

    Use it to settle an unclear outcome of a pre-sign, `terminate_contract` or
    `renew_contract` (`contract_state`, `contract_terminate_info`). Safe to repeat. While
    a termination is pending, `revoke_terminate_contract_redirect_appid` and
    `revoke_terminate_contract_redirect_url` name the mini-program page where the user
    can withdraw it.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472641

    Operation: ``query_contract`` (GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code})

    Args:
        plan_id (int):
        out_contract_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsuranceContractQueryResponse]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> InsuranceContractQueryResponse:
    """保险商户查询保险自动续费协议

    Looks up an insurance auto-renewal contract by `plan_id` and the merchant's
    `out_contract_code`. It only finds a contract once the user has completed signing.

    Use it to settle an unclear outcome of a pre-sign, `terminate_contract` or
    `renew_contract` (`contract_state`, `contract_terminate_info`). Safe to repeat. While
    a termination is pending, `revoke_terminate_contract_redirect_appid` and
    `revoke_terminate_contract_redirect_url` name the mini-program page where the user
    can withdraw it.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472641

    Operation: ``query_contract`` (GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code})

    Args:
        plan_id (int):
        out_contract_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsuranceContractQueryResponse
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
