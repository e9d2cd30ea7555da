# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recharge_bank_transfer_apply_request import RechargeBankTransferApplyRequest
from ...models.recharge_bank_transfer_apply_response import RechargeBankTransferApplyResponse
from ...types import Response

OPERATION_ID = "apply_bank_transfer_recharge"


def _get_kwargs(
    *,
    body: RechargeBankTransferApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/recharge/bank-transfer-recharges/apply",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, RechargeBankTransferApplyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RechargeBankTransferApplyResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, RechargeBankTransferApplyResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RechargeBankTransferApplyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RechargeBankTransferApplyRequest,
) -> Response[RechargeBankTransferApplyResponse]:
    """申请银行转账充值

    申请银行转账充值 — start a top-up of one of the merchant's accounts (`BASIC`, `OPERATION`
    or `FEES`) by bank transfer. WeChat Pay answers with a top-up ID and the bank account to
    transfer into (`transfer_in_account`); the merchant then makes the transfer from its bank.
    The money arrives after the transfer is received (not immediately; bank working hours
    apply).

    - Follow the top-up with `query_bank_transfer_recharge` (`RECHARGING`, `SUCCESS`,
      `CLOSED`); no notification is documented for direct merchants.
    - Not documented as idempotent. After an unclear outcome, query by `out_recharge_no`
      first and apply again only if the top-up does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585425

    Operation: ``apply_bank_transfer_recharge`` (POST /v3/recharge/bank-transfer-recharges/apply)

    Args:
        body (RechargeBankTransferApplyRequest): 申请银行转账充值请求 — bank-transfer top-up request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RechargeBankTransferApplyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RechargeBankTransferApplyRequest,
) -> RechargeBankTransferApplyResponse:
    """申请银行转账充值

    申请银行转账充值 — start a top-up of one of the merchant's accounts (`BASIC`, `OPERATION`
    or `FEES`) by bank transfer. WeChat Pay answers with a top-up ID and the bank account to
    transfer into (`transfer_in_account`); the merchant then makes the transfer from its bank.
    The money arrives after the transfer is received (not immediately; bank working hours
    apply).

    - Follow the top-up with `query_bank_transfer_recharge` (`RECHARGING`, `SUCCESS`,
      `CLOSED`); no notification is documented for direct merchants.
    - Not documented as idempotent. After an unclear outcome, query by `out_recharge_no`
      first and apply again only if the top-up does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585425

    Operation: ``apply_bank_transfer_recharge`` (POST /v3/recharge/bank-transfer-recharges/apply)

    Args:
        body (RechargeBankTransferApplyRequest): 申请银行转账充值请求 — bank-transfer top-up request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RechargeBankTransferApplyResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RechargeBankTransferApplyRequest,
) -> Response[RechargeBankTransferApplyResponse]:
    """申请银行转账充值

    申请银行转账充值 — start a top-up of one of the merchant's accounts (`BASIC`, `OPERATION`
    or `FEES`) by bank transfer. WeChat Pay answers with a top-up ID and the bank account to
    transfer into (`transfer_in_account`); the merchant then makes the transfer from its bank.
    The money arrives after the transfer is received (not immediately; bank working hours
    apply).

    - Follow the top-up with `query_bank_transfer_recharge` (`RECHARGING`, `SUCCESS`,
      `CLOSED`); no notification is documented for direct merchants.
    - Not documented as idempotent. After an unclear outcome, query by `out_recharge_no`
      first and apply again only if the top-up does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585425

    Operation: ``apply_bank_transfer_recharge`` (POST /v3/recharge/bank-transfer-recharges/apply)

    Args:
        body (RechargeBankTransferApplyRequest): 申请银行转账充值请求 — bank-transfer top-up request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RechargeBankTransferApplyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RechargeBankTransferApplyRequest,
) -> RechargeBankTransferApplyResponse:
    """申请银行转账充值

    申请银行转账充值 — start a top-up of one of the merchant's accounts (`BASIC`, `OPERATION`
    or `FEES`) by bank transfer. WeChat Pay answers with a top-up ID and the bank account to
    transfer into (`transfer_in_account`); the merchant then makes the transfer from its bank.
    The money arrives after the transfer is received (not immediately; bank working hours
    apply).

    - Follow the top-up with `query_bank_transfer_recharge` (`RECHARGING`, `SUCCESS`,
      `CLOSED`); no notification is documented for direct merchants.
    - Not documented as idempotent. After an unclear outcome, query by `out_recharge_no`
      first and apply again only if the top-up does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585425

    Operation: ``apply_bank_transfer_recharge`` (POST /v3/recharge/bank-transfer-recharges/apply)

    Args:
        body (RechargeBankTransferApplyRequest): 申请银行转账充值请求 — bank-transfer top-up request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RechargeBankTransferApplyResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
