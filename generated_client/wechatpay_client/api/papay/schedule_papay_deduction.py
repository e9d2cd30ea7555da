# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.papay_schedule_request import PapayScheduleRequest
from ...models.papay_schedule_state import PapayScheduleState
from ...types import Response

OPERATION_ID = "schedule_papay_deduction"


def _get_kwargs(
    contract_id: str,
    *,
    body: PapayScheduleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/pay/schedules/contract-id/{contract_id}/schedule".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PapayScheduleRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PapayScheduleState:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PapayScheduleState)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PapayScheduleState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PapayScheduleRequest,
) -> Response[PapayScheduleState]:
    """预约扣费

    Books (预约) the next deduction of a scheduled-deduction contract with WeChat Pay. Without
    a successful booking `apply_papay_transaction` is refused; with one, it may be called
    within the window the answer returns (`deduct_start_date` .. `deduct_end_date`).

    - The request key is `schedule_amount`; the answer spells it `scheduled_amount`.
    - If the outcome is unclear (timeout, system error), read the state with
      `query_papay_schedule`, as the documentation advises, rather than booking again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467036

    Operation: ``schedule_papay_deduction`` (POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule)

    Args:
        contract_id (str):
        body (PapayScheduleRequest): 预约扣费请求 — schedule request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PapayScheduleState]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PapayScheduleRequest,
) -> PapayScheduleState:
    """预约扣费

    Books (预约) the next deduction of a scheduled-deduction contract with WeChat Pay. Without
    a successful booking `apply_papay_transaction` is refused; with one, it may be called
    within the window the answer returns (`deduct_start_date` .. `deduct_end_date`).

    - The request key is `schedule_amount`; the answer spells it `scheduled_amount`.
    - If the outcome is unclear (timeout, system error), read the state with
      `query_papay_schedule`, as the documentation advises, rather than booking again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467036

    Operation: ``schedule_papay_deduction`` (POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule)

    Args:
        contract_id (str):
        body (PapayScheduleRequest): 预约扣费请求 — schedule request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PapayScheduleState
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PapayScheduleRequest,
) -> Response[PapayScheduleState]:
    """预约扣费

    Books (预约) the next deduction of a scheduled-deduction contract with WeChat Pay. Without
    a successful booking `apply_papay_transaction` is refused; with one, it may be called
    within the window the answer returns (`deduct_start_date` .. `deduct_end_date`).

    - The request key is `schedule_amount`; the answer spells it `scheduled_amount`.
    - If the outcome is unclear (timeout, system error), read the state with
      `query_papay_schedule`, as the documentation advises, rather than booking again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467036

    Operation: ``schedule_papay_deduction`` (POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule)

    Args:
        contract_id (str):
        body (PapayScheduleRequest): 预约扣费请求 — schedule request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PapayScheduleState]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PapayScheduleRequest,
) -> PapayScheduleState:
    """预约扣费

    Books (预约) the next deduction of a scheduled-deduction contract with WeChat Pay. Without
    a successful booking `apply_papay_transaction` is refused; with one, it may be called
    within the window the answer returns (`deduct_start_date` .. `deduct_end_date`).

    - The request key is `schedule_amount`; the answer spells it `scheduled_amount`.
    - If the outcome is unclear (timeout, system error), read the state with
      `query_papay_schedule`, as the documentation advises, rather than booking again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467036

    Operation: ``schedule_papay_deduction`` (POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule)

    Args:
        contract_id (str):
        body (PapayScheduleRequest): 预约扣费请求 — schedule request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PapayScheduleState
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
