# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.papay_contract import PapayContract
from ...types import Response

OPERATION_ID = "query_contract_by_out_contract_code"


def _get_kwargs(
    plan_id: int,
    out_contract_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}".format(
            plan_id=quote(str(plan_id), safe=""),
            out_contract_code=quote(str(out_contract_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PapayContract:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PapayContract)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PapayContract]:
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
) -> Response[PapayContract]:
    """通过商户协议号查询委托代扣签约协议

    Looks up one signed entrusted-deduction contract by its plan (`plan_id`) and the
    merchant's contract code. For plans of the scheduled-deduction (预约扣费) type the answer
    also holds the current schedule (`deduct_schedule`).

    Use it to settle an unclear outcome of the scheduled-deduction pre-signs and of
    `terminate_contract_by_out_contract_code`. A read: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489245

    Operation: ``query_contract_by_out_contract_code`` (GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code})

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
        Response[PapayContract]
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
) -> PapayContract:
    """通过商户协议号查询委托代扣签约协议

    Looks up one signed entrusted-deduction contract by its plan (`plan_id`) and the
    merchant's contract code. For plans of the scheduled-deduction (预约扣费) type the answer
    also holds the current schedule (`deduct_schedule`).

    Use it to settle an unclear outcome of the scheduled-deduction pre-signs and of
    `terminate_contract_by_out_contract_code`. A read: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489245

    Operation: ``query_contract_by_out_contract_code`` (GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code})

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
        PapayContract
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
) -> Response[PapayContract]:
    """通过商户协议号查询委托代扣签约协议

    Looks up one signed entrusted-deduction contract by its plan (`plan_id`) and the
    merchant's contract code. For plans of the scheduled-deduction (预约扣费) type the answer
    also holds the current schedule (`deduct_schedule`).

    Use it to settle an unclear outcome of the scheduled-deduction pre-signs and of
    `terminate_contract_by_out_contract_code`. A read: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489245

    Operation: ``query_contract_by_out_contract_code`` (GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code})

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
        Response[PapayContract]
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
) -> PapayContract:
    """通过商户协议号查询委托代扣签约协议

    Looks up one signed entrusted-deduction contract by its plan (`plan_id`) and the
    merchant's contract code. For plans of the scheduled-deduction (预约扣费) type the answer
    also holds the current schedule (`deduct_schedule`).

    Use it to settle an unclear outcome of the scheduled-deduction pre-signs and of
    `terminate_contract_by_out_contract_code`. A read: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489245

    Operation: ``query_contract_by_out_contract_code`` (GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code})

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
        PapayContract
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
