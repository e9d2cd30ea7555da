# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Per-operation metadata, read by the wechatpay_auth plugin to sign, encrypt and verify.

Each generated request carries ``extensions={"wechatpay_operation_id": "<operationId>"}``;
``get_operation(request.extensions["wechatpay_operation_id"])`` returns its entry here.
JSON paths are tuples of property names, with ``"*"`` standing for every item of an array.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

OPERATION_ID_EXTENSION: Final = "wechatpay_operation_id"


@dataclass(frozen=True, slots=True)
class OperationMetadata:
    """What the runtime needs to know about one operation of the spec."""

    operation_id: str
    tag: str
    method: str
    path: str
    success_statuses: tuple[int, ...]
    sensitive_request_fields: tuple[tuple[str, ...], ...]
    sensitive_response_fields: tuple[tuple[str, ...], ...]
    signed_response: bool
    retry: str
    reconcile_with: str | None


OPERATIONS: Final[Mapping[str, OperationMetadata]] = MappingProxyType(
    {
        "apply_deduction": OperationMetadata(
            operation_id="apply_deduction",
            tag="insurance_pay",
            method="POST",
            path="/v3/papay/insurance-pay/transactions/apply",
            success_statuses=(200,),
            sensitive_request_fields=(),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with=None,
        ),
        "list_policy_periods": OperationMetadata(
            operation_id="list_policy_periods",
            tag="insurance_sign",
            method="GET",
            path="/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}",
            success_statuses=(200,),
            sensitive_request_fields=(),
            sensitive_response_fields=(),
            signed_response=True,
            retry="safe",
            reconcile_with=None,
        ),
        "modify_policy_periods": OperationMetadata(
            operation_id="modify_policy_periods",
            tag="insurance_sign",
            method="POST",
            path="/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify",
            success_statuses=(200,),
            sensitive_request_fields=(),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with="list_policy_periods",
        ),
        "pre_sign_app": OperationMetadata(
            operation_id="pre_sign_app",
            tag="insurance_sign",
            method="POST",
            path="/v3/papay/insurance-sign/contracts/pre-entrust-sign/app",
            success_statuses=(200,),
            sensitive_request_fields=(("real_identity", "real_name"), ("real_identity", "id_card_number")),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with="query_contract",
        ),
        "pre_sign_h5": OperationMetadata(
            operation_id="pre_sign_h5",
            tag="insurance_sign",
            method="POST",
            path="/v3/papay/insurance-sign/contracts/pre-entrust-sign/h5",
            success_statuses=(200,),
            sensitive_request_fields=(("real_identity", "real_name"), ("real_identity", "id_card_number")),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with="query_contract",
        ),
        "pre_sign_jsapi": OperationMetadata(
            operation_id="pre_sign_jsapi",
            tag="insurance_sign",
            method="POST",
            path="/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi",
            success_statuses=(200,),
            sensitive_request_fields=(("real_identity", "real_name"), ("real_identity", "id_card_number")),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with="query_contract",
        ),
        "pre_sign_mini_program": OperationMetadata(
            operation_id="pre_sign_mini_program",
            tag="insurance_sign",
            method="POST",
            path="/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program",
            success_statuses=(200,),
            sensitive_request_fields=(("real_identity", "real_name"), ("real_identity", "id_card_number")),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with="query_contract",
        ),
        "query_contract": OperationMetadata(
            operation_id="query_contract",
            tag="insurance_sign",
            method="GET",
            path="/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}",
            success_statuses=(200,),
            sensitive_request_fields=(),
            sensitive_response_fields=(),
            signed_response=True,
            retry="safe",
            reconcile_with=None,
        ),
        "query_policy_period_schedule": OperationMetadata(
            operation_id="query_policy_period_schedule",
            tag="insurance_pay",
            method="GET",
            path="/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}",
            success_statuses=(200,),
            sensitive_request_fields=(),
            sensitive_response_fields=(),
            signed_response=True,
            retry="safe",
            reconcile_with=None,
        ),
        "renew_contract": OperationMetadata(
            operation_id="renew_contract",
            tag="insurance_sign",
            method="POST",
            path="/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew",
            success_statuses=(204,),
            sensitive_request_fields=(),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with="query_contract",
        ),
        "schedule_policy_period": OperationMetadata(
            operation_id="schedule_policy_period",
            tag="insurance_pay",
            method="POST",
            path="/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule",
            success_statuses=(200,),
            sensitive_request_fields=(),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with="query_policy_period_schedule",
        ),
        "terminate_contract": OperationMetadata(
            operation_id="terminate_contract",
            tag="insurance_sign",
            method="POST",
            path="/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate",
            success_statuses=(200,),
            sensitive_request_fields=(),
            sensitive_response_fields=(),
            signed_response=True,
            retry="unsafe",
            reconcile_with="query_contract",
        ),
    }
)


def get_operation(operation_id: str) -> OperationMetadata | None:
    """The metadata of ``operation_id``, or None if the spec has no such operation."""
    return OPERATIONS.get(operation_id)


__all__ = ["OPERATIONS", "OPERATION_ID_EXTENSION", "OperationMetadata", "get_operation"]
