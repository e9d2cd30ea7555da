# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_reverse_request import FapiaoReverseRequest
from ...types import Response

OPERATION_ID = "reverse_fapiao"


def _get_kwargs(
    fapiao_apply_id: str,
    *,
    body: FapiaoReverseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse".format(
            fapiao_apply_id=quote(str(fapiao_apply_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FapiaoReverseRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 202:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoReverseRequest,
) -> Response[None]:
    """冲红电子发票

    冲红电子发票 — reverses issued fapiao (issues the red fapiao) and removes them from the
    buyer's card wallet. Only fapiao issued on the WeChat Pay side can be reversed. Name each
    fapiao by `fapiao_id` and `fapiao_number`.

    - `reverse_reason`: free text (e.g. 退款) in the older mode; in the 数电 mode one of
      `ISSUE_ERROR`, `SALES_RETURN`, `SERVICE_SUSPENTION` (official spelling) or
      `SALES_DISCOUNT`.
    - WeChat Pay answers `202 Accepted` with no body: the request is only queued. The result
      arrives as `FAPIAO.REVERSED` (`FapiaoNotificationResource`) and can be read with
      `query_fapiao` (`red_fapiao`, status `REVERSED`). After an unclear outcome, check with
      `query_fapiao` before sending again; the current pages say a failed reversal may be
      retried with the same `fapiao_id` after about five minutes.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538327

    Operation: ``reverse_fapiao`` (POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse)

    Args:
        fapiao_apply_id (str):
        body (FapiaoReverseRequest): 冲红电子发票请求 — the reason and the fapiao to reverse.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoReverseRequest,
) -> Response[None]:
    """冲红电子发票

    冲红电子发票 — reverses issued fapiao (issues the red fapiao) and removes them from the
    buyer's card wallet. Only fapiao issued on the WeChat Pay side can be reversed. Name each
    fapiao by `fapiao_id` and `fapiao_number`.

    - `reverse_reason`: free text (e.g. 退款) in the older mode; in the 数电 mode one of
      `ISSUE_ERROR`, `SALES_RETURN`, `SERVICE_SUSPENTION` (official spelling) or
      `SALES_DISCOUNT`.
    - WeChat Pay answers `202 Accepted` with no body: the request is only queued. The result
      arrives as `FAPIAO.REVERSED` (`FapiaoNotificationResource`) and can be read with
      `query_fapiao` (`red_fapiao`, status `REVERSED`). After an unclear outcome, check with
      `query_fapiao` before sending again; the current pages say a failed reversal may be
      retried with the same `fapiao_id` after about five minutes.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538327

    Operation: ``reverse_fapiao`` (POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse)

    Args:
        fapiao_apply_id (str):
        body (FapiaoReverseRequest): 冲红电子发票请求 — the reason and the fapiao to reverse.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
