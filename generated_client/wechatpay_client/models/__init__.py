# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Contains all the data models used in inputs/outputs (loaded lazily on first access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .error_response_detail import ErrorResponseDetail
    from .insurance_amount import InsuranceAmount
    from .insurance_apply_deduction_request import InsuranceApplyDeductionRequest
    from .insurance_apply_deduction_response import InsuranceApplyDeductionResponse
    from .insurance_contract import InsuranceContract
    from .insurance_contract_query_response import InsuranceContractQueryResponse
    from .insurance_contract_terminate_info import InsuranceContractTerminateInfo
    from .insurance_entrust_notification_resource import InsuranceEntrustNotificationResource
    from .insurance_jump_control import InsuranceJumpControl
    from .insurance_modify_policy_periods_request import InsuranceModifyPolicyPeriodsRequest
    from .insurance_modify_policy_periods_response import InsuranceModifyPolicyPeriodsResponse
    from .insurance_policy_clause import InsurancePolicyClause
    from .insurance_policy_coverage_detail import InsurancePolicyCoverageDetail
    from .insurance_policy_period_list_item import InsurancePolicyPeriodListItem
    from .insurance_policy_period_list_response import InsurancePolicyPeriodListResponse
    from .insurance_policy_period_plan import InsurancePolicyPeriodPlan
    from .insurance_policy_period_state import InsurancePolicyPeriodState
    from .insurance_pre_sign_app_request import InsurancePreSignAppRequest
    from .insurance_pre_sign_app_response import InsurancePreSignAppResponse
    from .insurance_pre_sign_h5_request import InsurancePreSignH5Request
    from .insurance_pre_sign_h5_response import InsurancePreSignH5Response
    from .insurance_pre_sign_jsapi_request import InsurancePreSignJsapiRequest
    from .insurance_pre_sign_jsapi_response import InsurancePreSignJsapiResponse
    from .insurance_pre_sign_mini_program_request import InsurancePreSignMiniProgramRequest
    from .insurance_pre_sign_mini_program_response import InsurancePreSignMiniProgramResponse
    from .insurance_real_identity import InsuranceRealIdentity
    from .insurance_real_identity_identity_type import InsuranceRealIdentityIdentityType
    from .insurance_renew_contract_request import InsuranceRenewContractRequest
    from .insurance_renew_policy_period_plan import InsuranceRenewPolicyPeriodPlan
    from .insurance_schedule_policy_period_request import InsuranceSchedulePolicyPeriodRequest
    from .insurance_terminate_contract_request import InsuranceTerminateContractRequest
    from .insurance_transaction_notification_resource import InsuranceTransactionNotificationResource
    from .notification_encrypted_resource import NotificationEncryptedResource
    from .notification_envelope import NotificationEnvelope
    from .transaction_amount import TransactionAmount
    from .transaction_contract_information import TransactionContractInformation
    from .transaction_goods_detail import TransactionGoodsDetail
    from .transaction_payer import TransactionPayer
    from .transaction_promotion_detail import TransactionPromotionDetail
    from .transaction_scene_info import TransactionSceneInfo

_MODULE_BY_NAME: dict[str, str] = {
    "ErrorResponse": ".error_response",
    "ErrorResponseDetail": ".error_response_detail",
    "InsuranceAmount": ".insurance_amount",
    "InsuranceApplyDeductionRequest": ".insurance_apply_deduction_request",
    "InsuranceApplyDeductionResponse": ".insurance_apply_deduction_response",
    "InsuranceContract": ".insurance_contract",
    "InsuranceContractQueryResponse": ".insurance_contract_query_response",
    "InsuranceContractTerminateInfo": ".insurance_contract_terminate_info",
    "InsuranceEntrustNotificationResource": ".insurance_entrust_notification_resource",
    "InsuranceJumpControl": ".insurance_jump_control",
    "InsuranceModifyPolicyPeriodsRequest": ".insurance_modify_policy_periods_request",
    "InsuranceModifyPolicyPeriodsResponse": ".insurance_modify_policy_periods_response",
    "InsurancePolicyClause": ".insurance_policy_clause",
    "InsurancePolicyCoverageDetail": ".insurance_policy_coverage_detail",
    "InsurancePolicyPeriodListItem": ".insurance_policy_period_list_item",
    "InsurancePolicyPeriodListResponse": ".insurance_policy_period_list_response",
    "InsurancePolicyPeriodPlan": ".insurance_policy_period_plan",
    "InsurancePolicyPeriodState": ".insurance_policy_period_state",
    "InsurancePreSignAppRequest": ".insurance_pre_sign_app_request",
    "InsurancePreSignAppResponse": ".insurance_pre_sign_app_response",
    "InsurancePreSignH5Request": ".insurance_pre_sign_h5_request",
    "InsurancePreSignH5Response": ".insurance_pre_sign_h5_response",
    "InsurancePreSignJsapiRequest": ".insurance_pre_sign_jsapi_request",
    "InsurancePreSignJsapiResponse": ".insurance_pre_sign_jsapi_response",
    "InsurancePreSignMiniProgramRequest": ".insurance_pre_sign_mini_program_request",
    "InsurancePreSignMiniProgramResponse": ".insurance_pre_sign_mini_program_response",
    "InsuranceRealIdentity": ".insurance_real_identity",
    "InsuranceRealIdentityIdentityType": ".insurance_real_identity_identity_type",
    "InsuranceRenewContractRequest": ".insurance_renew_contract_request",
    "InsuranceRenewPolicyPeriodPlan": ".insurance_renew_policy_period_plan",
    "InsuranceSchedulePolicyPeriodRequest": ".insurance_schedule_policy_period_request",
    "InsuranceTerminateContractRequest": ".insurance_terminate_contract_request",
    "InsuranceTransactionNotificationResource": ".insurance_transaction_notification_resource",
    "NotificationEncryptedResource": ".notification_encrypted_resource",
    "NotificationEnvelope": ".notification_envelope",
    "TransactionAmount": ".transaction_amount",
    "TransactionContractInformation": ".transaction_contract_information",
    "TransactionGoodsDetail": ".transaction_goods_detail",
    "TransactionPayer": ".transaction_payer",
    "TransactionPromotionDetail": ".transaction_promotion_detail",
    "TransactionSceneInfo": ".transaction_scene_info",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_BY_NAME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ErrorResponse",
    "ErrorResponseDetail",
    "InsuranceAmount",
    "InsuranceApplyDeductionRequest",
    "InsuranceApplyDeductionResponse",
    "InsuranceContract",
    "InsuranceContractQueryResponse",
    "InsuranceContractTerminateInfo",
    "InsuranceEntrustNotificationResource",
    "InsuranceJumpControl",
    "InsuranceModifyPolicyPeriodsRequest",
    "InsuranceModifyPolicyPeriodsResponse",
    "InsurancePolicyClause",
    "InsurancePolicyCoverageDetail",
    "InsurancePolicyPeriodListItem",
    "InsurancePolicyPeriodListResponse",
    "InsurancePolicyPeriodPlan",
    "InsurancePolicyPeriodState",
    "InsurancePreSignAppRequest",
    "InsurancePreSignAppResponse",
    "InsurancePreSignH5Request",
    "InsurancePreSignH5Response",
    "InsurancePreSignJsapiRequest",
    "InsurancePreSignJsapiResponse",
    "InsurancePreSignMiniProgramRequest",
    "InsurancePreSignMiniProgramResponse",
    "InsuranceRealIdentity",
    "InsuranceRealIdentityIdentityType",
    "InsuranceRenewContractRequest",
    "InsuranceRenewPolicyPeriodPlan",
    "InsuranceSchedulePolicyPeriodRequest",
    "InsuranceTerminateContractRequest",
    "InsuranceTransactionNotificationResource",
    "NotificationEncryptedResource",
    "NotificationEnvelope",
    "TransactionAmount",
    "TransactionContractInformation",
    "TransactionGoodsDetail",
    "TransactionPayer",
    "TransactionPromotionDetail",
    "TransactionSceneInfo",
)
