# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggracct_channel_rename_application import AggracctChannelRenameApplication
from ...models.aggracct_channel_rename_apply_request import AggracctChannelRenameApplyRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "apply_aggracct_channel_account_rename"


def _get_kwargs(
    *,
    body: AggracctChannelRenameApplyRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/aggracct-bc/wb-channel/bank-channel-account/rename",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, AggracctChannelRenameApplyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggracctChannelRenameApplication:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, AggracctChannelRenameApplication)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AggracctChannelRenameApplication]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelRenameApplyRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelRenameApplication]:
    """受理渠道结算银行账户更名申请

    受理渠道结算银行账户更名申请 — asks WeChat Pay to rename the channel settlement bank account
    of a WeBank ledger account after the merchant's registered name changed
    (`change_scene=SUBJECT_INFO_RENAME`). The answer is an application, usually still
    `PROCESSING`; follow it with `query_aggracct_channel_account_rename` and its
    `application_id` until `SUCCESS` or `FAIL`. Marked as in grey release (not generally
    open) by the mirrored docs.

    - `bal_account_no` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. In the answer `bal_account_no` and `new_account_name` arrive
      encrypted with the merchant's key and are decrypted by the SDK.
    - Not documented as idempotent, and the only query needs the `application_id` of the
      answer. After an unclear outcome resend with the same `out_request_no` and the same
      fields rather than a new number.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968078

    Operation: ``apply_aggracct_channel_account_rename`` (POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelRenameApplyRequest): 更名申请 — settlement-account rename request.
            `bal_account_no` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelRenameApplication]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelRenameApplyRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelRenameApplication:
    """受理渠道结算银行账户更名申请

    受理渠道结算银行账户更名申请 — asks WeChat Pay to rename the channel settlement bank account
    of a WeBank ledger account after the merchant's registered name changed
    (`change_scene=SUBJECT_INFO_RENAME`). The answer is an application, usually still
    `PROCESSING`; follow it with `query_aggracct_channel_account_rename` and its
    `application_id` until `SUCCESS` or `FAIL`. Marked as in grey release (not generally
    open) by the mirrored docs.

    - `bal_account_no` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. In the answer `bal_account_no` and `new_account_name` arrive
      encrypted with the merchant's key and are decrypted by the SDK.
    - Not documented as idempotent, and the only query needs the `application_id` of the
      answer. After an unclear outcome resend with the same `out_request_no` and the same
      fields rather than a new number.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968078

    Operation: ``apply_aggracct_channel_account_rename`` (POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelRenameApplyRequest): 更名申请 — settlement-account rename request.
            `bal_account_no` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelRenameApplication
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelRenameApplyRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelRenameApplication]:
    """受理渠道结算银行账户更名申请

    受理渠道结算银行账户更名申请 — asks WeChat Pay to rename the channel settlement bank account
    of a WeBank ledger account after the merchant's registered name changed
    (`change_scene=SUBJECT_INFO_RENAME`). The answer is an application, usually still
    `PROCESSING`; follow it with `query_aggracct_channel_account_rename` and its
    `application_id` until `SUCCESS` or `FAIL`. Marked as in grey release (not generally
    open) by the mirrored docs.

    - `bal_account_no` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. In the answer `bal_account_no` and `new_account_name` arrive
      encrypted with the merchant's key and are decrypted by the SDK.
    - Not documented as idempotent, and the only query needs the `application_id` of the
      answer. After an unclear outcome resend with the same `out_request_no` and the same
      fields rather than a new number.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968078

    Operation: ``apply_aggracct_channel_account_rename`` (POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelRenameApplyRequest): 更名申请 — settlement-account rename request.
            `bal_account_no` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelRenameApplication]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelRenameApplyRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelRenameApplication:
    """受理渠道结算银行账户更名申请

    受理渠道结算银行账户更名申请 — asks WeChat Pay to rename the channel settlement bank account
    of a WeBank ledger account after the merchant's registered name changed
    (`change_scene=SUBJECT_INFO_RENAME`). The answer is an application, usually still
    `PROCESSING`; follow it with `query_aggracct_channel_account_rename` and its
    `application_id` until `SUCCESS` or `FAIL`. Marked as in grey release (not generally
    open) by the mirrored docs.

    - `bal_account_no` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. In the answer `bal_account_no` and `new_account_name` arrive
      encrypted with the merchant's key and are decrypted by the SDK.
    - Not documented as idempotent, and the only query needs the `application_id` of the
      answer. After an unclear outcome resend with the same `out_request_no` and the same
      fields rather than a new number.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968078

    Operation: ``apply_aggracct_channel_account_rename`` (POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelRenameApplyRequest): 更名申请 — settlement-account rename request.
            `bal_account_no` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelRenameApplication
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
