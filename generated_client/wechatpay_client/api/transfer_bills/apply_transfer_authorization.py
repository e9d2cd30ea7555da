# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_authorization_apply_request import TransferAuthorizationApplyRequest
from ...models.transfer_authorization_apply_response import TransferAuthorizationApplyResponse
from ...types import Response

OPERATION_ID = "apply_transfer_authorization"


def _get_kwargs(
    *,
    body: TransferAuthorizationApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/mch-transfer/user-confirm-authorization",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferAuthorizationApplyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransferAuthorizationApplyResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferAuthorizationApplyResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferAuthorizationApplyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferAuthorizationApplyRequest,
) -> Response[TransferAuthorizationApplyResponse]:
    """发起免确认收款授权

    申请免确认收款授权 — asks a user to let the merchant pay them later without a
    confirmation page each time. The answer (`state: WAIT_USER_CONFIRM`) carries
    `package_info` for the client to open the authorisation page; the user has 24 hours,
    after which a new `out_authorization_no` is needed. One user account can have only one
    authorisation in force per merchant. The result goes to `authorization_notify_url`
    (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`; see `TransferAuthorizationNotificationResource`).
    Limited to 50 calls per second per merchant. After an unclear outcome, read it with
    `query_transfer_authorization`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015901167

    Operation: ``apply_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization)

    Args:
        body (TransferAuthorizationApplyRequest): 申请免确认收款授权请求 — request for a no-confirmation
            authorisation.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferAuthorizationApplyResponse]
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
    body: TransferAuthorizationApplyRequest,
) -> TransferAuthorizationApplyResponse:
    """发起免确认收款授权

    申请免确认收款授权 — asks a user to let the merchant pay them later without a
    confirmation page each time. The answer (`state: WAIT_USER_CONFIRM`) carries
    `package_info` for the client to open the authorisation page; the user has 24 hours,
    after which a new `out_authorization_no` is needed. One user account can have only one
    authorisation in force per merchant. The result goes to `authorization_notify_url`
    (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`; see `TransferAuthorizationNotificationResource`).
    Limited to 50 calls per second per merchant. After an unclear outcome, read it with
    `query_transfer_authorization`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015901167

    Operation: ``apply_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization)

    Args:
        body (TransferAuthorizationApplyRequest): 申请免确认收款授权请求 — request for a no-confirmation
            authorisation.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferAuthorizationApplyResponse
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
    body: TransferAuthorizationApplyRequest,
) -> Response[TransferAuthorizationApplyResponse]:
    """发起免确认收款授权

    申请免确认收款授权 — asks a user to let the merchant pay them later without a
    confirmation page each time. The answer (`state: WAIT_USER_CONFIRM`) carries
    `package_info` for the client to open the authorisation page; the user has 24 hours,
    after which a new `out_authorization_no` is needed. One user account can have only one
    authorisation in force per merchant. The result goes to `authorization_notify_url`
    (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`; see `TransferAuthorizationNotificationResource`).
    Limited to 50 calls per second per merchant. After an unclear outcome, read it with
    `query_transfer_authorization`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015901167

    Operation: ``apply_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization)

    Args:
        body (TransferAuthorizationApplyRequest): 申请免确认收款授权请求 — request for a no-confirmation
            authorisation.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferAuthorizationApplyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferAuthorizationApplyRequest,
) -> TransferAuthorizationApplyResponse:
    """发起免确认收款授权

    申请免确认收款授权 — asks a user to let the merchant pay them later without a
    confirmation page each time. The answer (`state: WAIT_USER_CONFIRM`) carries
    `package_info` for the client to open the authorisation page; the user has 24 hours,
    after which a new `out_authorization_no` is needed. One user account can have only one
    authorisation in force per merchant. The result goes to `authorization_notify_url`
    (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`; see `TransferAuthorizationNotificationResource`).
    Limited to 50 calls per second per merchant. After an unclear outcome, read it with
    `query_transfer_authorization`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015901167

    Operation: ``apply_transfer_authorization`` (POST /v3/fund-app/mch-transfer/user-confirm-authorization)

    Args:
        body (TransferAuthorizationApplyRequest): 申请免确认收款授权请求 — request for a no-confirmation
            authorisation.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferAuthorizationApplyResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
