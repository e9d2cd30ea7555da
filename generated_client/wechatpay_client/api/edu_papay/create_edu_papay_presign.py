# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edu_papay_presign_request import EduPapayPresignRequest
from ...models.edu_papay_presign_response import EduPapayPresignResponse
from ...types import Response

OPERATION_ID = "create_edu_papay_presign"


def _get_kwargs(
    *,
    body: EduPapayPresignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/edu-papay/contracts/presign",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, EduPapayPresignRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EduPapayPresignResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EduPapayPresignResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EduPapayPresignResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EduPapayPresignRequest,
) -> Response[EduPapayPresignResponse]:
    """预签约

    预签约 — first step of the education renewal (教育续费通) flow: the merchant states who is
    about to sign (`openid`, the merchant's own `user_id`), under which contract template
    (`plan_id`) and from which date the monthly deduction starts (`period_start_date`, a day
    from the 1st to the 28th). WeChat Pay answers with a `presign_token`; the merchant's mini
    program passes it when it opens the WeChat signing mini program, where the user signs.

    - A signed contract is reported to the merchant by the `ENTRUST.SIGNING` notification
      (see `EduPapayContractNotificationResource`) and can be read with
      `list_edu_papay_user_contracts` or `query_edu_papay_contract`.
    - The token itself cannot be looked up. After an unclear outcome, call again: the worst
      case is an unused token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522560

    Operation: ``create_edu_papay_presign`` (POST /v3/edu-papay/contracts/presign)

    Args:
        body (EduPapayPresignRequest): 预签约请求 — who signs which template, and when deductions
            start.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduPapayPresignResponse]
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
    body: EduPapayPresignRequest,
) -> EduPapayPresignResponse:
    """预签约

    预签约 — first step of the education renewal (教育续费通) flow: the merchant states who is
    about to sign (`openid`, the merchant's own `user_id`), under which contract template
    (`plan_id`) and from which date the monthly deduction starts (`period_start_date`, a day
    from the 1st to the 28th). WeChat Pay answers with a `presign_token`; the merchant's mini
    program passes it when it opens the WeChat signing mini program, where the user signs.

    - A signed contract is reported to the merchant by the `ENTRUST.SIGNING` notification
      (see `EduPapayContractNotificationResource`) and can be read with
      `list_edu_papay_user_contracts` or `query_edu_papay_contract`.
    - The token itself cannot be looked up. After an unclear outcome, call again: the worst
      case is an unused token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522560

    Operation: ``create_edu_papay_presign`` (POST /v3/edu-papay/contracts/presign)

    Args:
        body (EduPapayPresignRequest): 预签约请求 — who signs which template, and when deductions
            start.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduPapayPresignResponse
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
    body: EduPapayPresignRequest,
) -> Response[EduPapayPresignResponse]:
    """预签约

    预签约 — first step of the education renewal (教育续费通) flow: the merchant states who is
    about to sign (`openid`, the merchant's own `user_id`), under which contract template
    (`plan_id`) and from which date the monthly deduction starts (`period_start_date`, a day
    from the 1st to the 28th). WeChat Pay answers with a `presign_token`; the merchant's mini
    program passes it when it opens the WeChat signing mini program, where the user signs.

    - A signed contract is reported to the merchant by the `ENTRUST.SIGNING` notification
      (see `EduPapayContractNotificationResource`) and can be read with
      `list_edu_papay_user_contracts` or `query_edu_papay_contract`.
    - The token itself cannot be looked up. After an unclear outcome, call again: the worst
      case is an unused token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522560

    Operation: ``create_edu_papay_presign`` (POST /v3/edu-papay/contracts/presign)

    Args:
        body (EduPapayPresignRequest): 预签约请求 — who signs which template, and when deductions
            start.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduPapayPresignResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EduPapayPresignRequest,
) -> EduPapayPresignResponse:
    """预签约

    预签约 — first step of the education renewal (教育续费通) flow: the merchant states who is
    about to sign (`openid`, the merchant's own `user_id`), under which contract template
    (`plan_id`) and from which date the monthly deduction starts (`period_start_date`, a day
    from the 1st to the 28th). WeChat Pay answers with a `presign_token`; the merchant's mini
    program passes it when it opens the WeChat signing mini program, where the user signs.

    - A signed contract is reported to the merchant by the `ENTRUST.SIGNING` notification
      (see `EduPapayContractNotificationResource`) and can be read with
      `list_edu_papay_user_contracts` or `query_edu_papay_contract`.
    - The token itself cannot be looked up. After an unclear outcome, call again: the worst
      case is an unused token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522560

    Operation: ``create_edu_papay_presign`` (POST /v3/edu-papay/contracts/presign)

    Args:
        body (EduPapayPresignRequest): 预签约请求 — who signs which template, and when deductions
            start.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduPapayPresignResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
