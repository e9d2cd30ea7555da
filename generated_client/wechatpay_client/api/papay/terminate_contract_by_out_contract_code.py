# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.papay_contract import PapayContract
from ...models.papay_terminate_contract_request import PapayTerminateContractRequest
from ...types import Response

OPERATION_ID = "terminate_contract_by_out_contract_code"


def _get_kwargs(
    plan_id: int,
    out_contract_code: str,
    *,
    body: PapayTerminateContractRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate".format(
            plan_id=quote(str(plan_id), safe=""),
            out_contract_code=quote(str(out_contract_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PapayTerminateContractRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: PapayTerminateContractRequest,
) -> Response[PapayContract]:
    """通过商户协议号解除委托代扣签约协议

    Ends (解约) an entrusted-deduction contract, identified by its plan and the merchant's
    contract code; a remark giving the reason is mandatory. The answer is the contract as it
    stands after the termination.

    - WeChat Pay also sends `ENTRUST.TERMINATE` to the termination callback URL configured for
      the plan.
    - No idempotency is documented. If the outcome is unclear, read `contract_state` with
      `query_contract_by_out_contract_code` before sending the request again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489295

    Operation: ``terminate_contract_by_out_contract_code`` (POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate)

    Args:
        plan_id (int):
        out_contract_code (str):
        body (PapayTerminateContractRequest): 解除委托代扣协议请求 — terminate-contract request.

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
        body=body,
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
    body: PapayTerminateContractRequest,
) -> PapayContract:
    """通过商户协议号解除委托代扣签约协议

    Ends (解约) an entrusted-deduction contract, identified by its plan and the merchant's
    contract code; a remark giving the reason is mandatory. The answer is the contract as it
    stands after the termination.

    - WeChat Pay also sends `ENTRUST.TERMINATE` to the termination callback URL configured for
      the plan.
    - No idempotency is documented. If the outcome is unclear, read `contract_state` with
      `query_contract_by_out_contract_code` before sending the request again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489295

    Operation: ``terminate_contract_by_out_contract_code`` (POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate)

    Args:
        plan_id (int):
        out_contract_code (str):
        body (PapayTerminateContractRequest): 解除委托代扣协议请求 — terminate-contract request.

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
        body=body,
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
    body: PapayTerminateContractRequest,
) -> Response[PapayContract]:
    """通过商户协议号解除委托代扣签约协议

    Ends (解约) an entrusted-deduction contract, identified by its plan and the merchant's
    contract code; a remark giving the reason is mandatory. The answer is the contract as it
    stands after the termination.

    - WeChat Pay also sends `ENTRUST.TERMINATE` to the termination callback URL configured for
      the plan.
    - No idempotency is documented. If the outcome is unclear, read `contract_state` with
      `query_contract_by_out_contract_code` before sending the request again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489295

    Operation: ``terminate_contract_by_out_contract_code`` (POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate)

    Args:
        plan_id (int):
        out_contract_code (str):
        body (PapayTerminateContractRequest): 解除委托代扣协议请求 — terminate-contract request.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PapayTerminateContractRequest,
) -> PapayContract:
    """通过商户协议号解除委托代扣签约协议

    Ends (解约) an entrusted-deduction contract, identified by its plan and the merchant's
    contract code; a remark giving the reason is mandatory. The answer is the contract as it
    stands after the termination.

    - WeChat Pay also sends `ENTRUST.TERMINATE` to the termination callback URL configured for
      the plan.
    - No idempotency is documented. If the outcome is unclear, read `contract_state` with
      `query_contract_by_out_contract_code` before sending the request again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489295

    Operation: ``terminate_contract_by_out_contract_code`` (POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate)

    Args:
        plan_id (int):
        out_contract_code (str):
        body (PapayTerminateContractRequest): 解除委托代扣协议请求 — terminate-contract request.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
