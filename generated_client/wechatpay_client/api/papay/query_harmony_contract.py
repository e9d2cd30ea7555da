# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.papay_harmony_contract import PapayHarmonyContract
from ...types import Response

OPERATION_ID = "query_harmony_contract"


def _get_kwargs(
    plan_id: int,
    out_contract_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}".format(
            plan_id=quote(str(plan_id), safe=""),
            out_contract_code=quote(str(out_contract_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PapayHarmonyContract:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PapayHarmonyContract)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PapayHarmonyContract]:
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
) -> Response[PapayHarmonyContract]:
    """通过商户协议号查询委托代扣签约协议

    The Harmony variant of the contract lookup (path segment `harmony-plan-id`): reads a
    contract created through `pre_sign_harmony_contract`, by plan and merchant contract code.
    It only finds contracts the user has actually signed. Compared with
    `query_contract_by_out_contract_code` the answer has no `deduct_schedule` and adds
    `mask_wxid` (the user's WeChat ID, masked). The official name is the same as that of the
    generic lookup.

    Use it to settle an unclear outcome of `pre_sign_harmony_contract`. A read: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013844122

    Operation: ``query_harmony_contract`` (GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code})

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
        Response[PapayHarmonyContract]
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
) -> PapayHarmonyContract:
    """通过商户协议号查询委托代扣签约协议

    The Harmony variant of the contract lookup (path segment `harmony-plan-id`): reads a
    contract created through `pre_sign_harmony_contract`, by plan and merchant contract code.
    It only finds contracts the user has actually signed. Compared with
    `query_contract_by_out_contract_code` the answer has no `deduct_schedule` and adds
    `mask_wxid` (the user's WeChat ID, masked). The official name is the same as that of the
    generic lookup.

    Use it to settle an unclear outcome of `pre_sign_harmony_contract`. A read: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013844122

    Operation: ``query_harmony_contract`` (GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code})

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
        PapayHarmonyContract
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
) -> Response[PapayHarmonyContract]:
    """通过商户协议号查询委托代扣签约协议

    The Harmony variant of the contract lookup (path segment `harmony-plan-id`): reads a
    contract created through `pre_sign_harmony_contract`, by plan and merchant contract code.
    It only finds contracts the user has actually signed. Compared with
    `query_contract_by_out_contract_code` the answer has no `deduct_schedule` and adds
    `mask_wxid` (the user's WeChat ID, masked). The official name is the same as that of the
    generic lookup.

    Use it to settle an unclear outcome of `pre_sign_harmony_contract`. A read: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013844122

    Operation: ``query_harmony_contract`` (GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code})

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
        Response[PapayHarmonyContract]
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
) -> PapayHarmonyContract:
    """通过商户协议号查询委托代扣签约协议

    The Harmony variant of the contract lookup (path segment `harmony-plan-id`): reads a
    contract created through `pre_sign_harmony_contract`, by plan and merchant contract code.
    It only finds contracts the user has actually signed. Compared with
    `query_contract_by_out_contract_code` the answer has no `deduct_schedule` and adds
    `mask_wxid` (the user's WeChat ID, masked). The official name is the same as that of the
    generic lookup.

    Use it to settle an unclear outcome of `pre_sign_harmony_contract`. A read: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013844122

    Operation: ``query_harmony_contract`` (GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code})

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
        PapayHarmonyContract
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
