# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_policy import InsurancePolicy
from ...types import Response

OPERATION_ID = "query_policy"


def _get_kwargs(
    out_insurance_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/inspolicymgr/deduct/policies/{out_insurance_no}".format(
            out_insurance_no=quote(str(out_insurance_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsurancePolicy:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsurancePolicy)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InsurancePolicy]:
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
) -> Response[InsurancePolicy]:
    """查询保单

    查询保单 — reads the policy record WeChat Pay holds for `out_insurance_no`. Merchants are
    expected to use it for periodic checks that WeChat Pay's copy still matches their own,
    and it settles an unclear outcome of `upload_policy` or `update_policy`. The names in
    `insured_name_list` come back encrypted. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617422

    Operation: ``query_policy`` (GET /v3/inspolicymgr/deduct/policies/{out_insurance_no})

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
        Response[InsurancePolicy]
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
) -> InsurancePolicy:
    """查询保单

    查询保单 — reads the policy record WeChat Pay holds for `out_insurance_no`. Merchants are
    expected to use it for periodic checks that WeChat Pay's copy still matches their own,
    and it settles an unclear outcome of `upload_policy` or `update_policy`. The names in
    `insured_name_list` come back encrypted. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617422

    Operation: ``query_policy`` (GET /v3/inspolicymgr/deduct/policies/{out_insurance_no})

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
        InsurancePolicy
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
) -> Response[InsurancePolicy]:
    """查询保单

    查询保单 — reads the policy record WeChat Pay holds for `out_insurance_no`. Merchants are
    expected to use it for periodic checks that WeChat Pay's copy still matches their own,
    and it settles an unclear outcome of `upload_policy` or `update_policy`. The names in
    `insured_name_list` come back encrypted. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617422

    Operation: ``query_policy`` (GET /v3/inspolicymgr/deduct/policies/{out_insurance_no})

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
        Response[InsurancePolicy]
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
) -> InsurancePolicy:
    """查询保单

    查询保单 — reads the policy record WeChat Pay holds for `out_insurance_no`. Merchants are
    expected to use it for periodic checks that WeChat Pay's copy still matches their own,
    and it settles an unclear outcome of `upload_policy` or `update_policy`. The names in
    `insured_name_list` come back encrypted. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617422

    Operation: ``query_policy`` (GET /v3/inspolicymgr/deduct/policies/{out_insurance_no})

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
        InsurancePolicy
    """

    kwargs = _get_kwargs(
        out_insurance_no=out_insurance_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
