# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Contains all the data models used in inputs/outputs (loaded lazily on first access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .apply_fund_flow_bill_account_type import ApplyFundFlowBillAccountType
    from .apply_fund_flow_bill_tar_type import ApplyFundFlowBillTarType
    from .apply_profitsharing_bill_tar_type import ApplyProfitsharingBillTarType
    from .apply_trade_bill_bill_type import ApplyTradeBillBillType
    from .apply_trade_bill_tar_type import ApplyTradeBillTarType
    from .bill_apply_response import BillApplyResponse
    from .certificate_list_response import CertificateListResponse
    from .download_certificates_algorithm_type import DownloadCertificatesAlgorithmType
    from .encrypt_certificate import EncryptCertificate
    from .error_response import ErrorResponse
    from .error_response_detail import ErrorResponseDetail
    from .insurance_amount import InsuranceAmount
    from .insurance_amount_currency import InsuranceAmountCurrency
    from .insurance_apply_deduction_request import InsuranceApplyDeductionRequest
    from .insurance_apply_deduction_response import InsuranceApplyDeductionResponse
    from .insurance_contract import InsuranceContract
    from .insurance_contract_query_response import InsuranceContractQueryResponse
    from .insurance_contract_terminate_info import InsuranceContractTerminateInfo
    from .insurance_entrust_notification_resource import InsuranceEntrustNotificationResource
    from .insurance_jump_control import InsuranceJumpControl
    from .insurance_modify_policy_periods_request import InsuranceModifyPolicyPeriodsRequest
    from .insurance_modify_policy_periods_response import InsuranceModifyPolicyPeriodsResponse
    from .insurance_policy import InsurancePolicy
    from .insurance_policy_authorization import InsurancePolicyAuthorization
    from .insurance_policy_authorization_request import InsurancePolicyAuthorizationRequest
    from .insurance_policy_clause import InsurancePolicyClause
    from .insurance_policy_coverage_detail import InsurancePolicyCoverageDetail
    from .insurance_policy_period_list_item import InsurancePolicyPeriodListItem
    from .insurance_policy_period_list_response import InsurancePolicyPeriodListResponse
    from .insurance_policy_period_plan import InsurancePolicyPeriodPlan
    from .insurance_policy_period_state import InsurancePolicyPeriodState
    from .insurance_policy_update_request import InsurancePolicyUpdateRequest
    from .insurance_policy_update_request_coverage_term_type import InsurancePolicyUpdateRequestCoverageTermType
    from .insurance_policy_update_request_payment_method import InsurancePolicyUpdateRequestPaymentMethod
    from .insurance_policy_update_request_payment_period import InsurancePolicyUpdateRequestPaymentPeriod
    from .insurance_policy_update_request_period_premium_mode import InsurancePolicyUpdateRequestPeriodPremiumMode
    from .insurance_policy_update_request_policy_state import InsurancePolicyUpdateRequestPolicyState
    from .insurance_policy_update_request_policy_type import InsurancePolicyUpdateRequestPolicyType
    from .insurance_policy_upload_request import InsurancePolicyUploadRequest
    from .insurance_policy_upload_request_coverage_term_type import InsurancePolicyUploadRequestCoverageTermType
    from .insurance_policy_upload_request_payment_method import InsurancePolicyUploadRequestPaymentMethod
    from .insurance_policy_upload_request_payment_period import InsurancePolicyUploadRequestPaymentPeriod
    from .insurance_policy_upload_request_period_premium_mode import InsurancePolicyUploadRequestPeriodPremiumMode
    from .insurance_policy_upload_request_policy_state import InsurancePolicyUploadRequestPolicyState
    from .insurance_policy_upload_request_policy_type import InsurancePolicyUploadRequestPolicyType
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
    from .insurance_response_amount import InsuranceResponseAmount
    from .insurance_response_policy_period_plan import InsuranceResponsePolicyPeriodPlan
    from .insurance_schedule_policy_period_request import InsuranceSchedulePolicyPeriodRequest
    from .insurance_terminate_contract_request import InsuranceTerminateContractRequest
    from .insurance_transaction_notification_resource import InsuranceTransactionNotificationResource
    from .media_upload_meta import MediaUploadMeta
    from .media_upload_request import MediaUploadRequest
    from .media_upload_response import MediaUploadResponse
    from .notification_encrypted_resource import NotificationEncryptedResource
    from .notification_envelope import NotificationEnvelope
    from .papay_amount import PapayAmount
    from .papay_apply_transaction_request import PapayApplyTransactionRequest
    from .papay_apply_transaction_response import PapayApplyTransactionResponse
    from .papay_contract import PapayContract
    from .papay_contract_deduct_schedule import PapayContractDeductSchedule
    from .papay_contract_notification_resource import PapayContractNotificationResource
    from .papay_contract_terminate_info import PapayContractTerminateInfo
    from .papay_deduct_duration import PapayDeductDuration
    from .papay_deduct_duration_count import PapayDeductDurationCount
    from .papay_deduct_duration_unit import PapayDeductDurationUnit
    from .papay_deduct_fail_notice_request import PapayDeductFailNoticeRequest
    from .papay_device_info import PapayDeviceInfo
    from .papay_device_info_days_since_first_login import PapayDeviceInfoDaysSinceFirstLogin
    from .papay_device_info_device_type import PapayDeviceInfoDeviceType
    from .papay_estimated_amount import PapayEstimatedAmount
    from .papay_harmony_apply_transaction_request import PapayHarmonyApplyTransactionRequest
    from .papay_harmony_contract import PapayHarmonyContract
    from .papay_harmony_pre_sign_request import PapayHarmonyPreSignRequest
    from .papay_harmony_pre_sign_request_sign_scene import PapayHarmonyPreSignRequestSignScene
    from .papay_harmony_pre_sign_response import PapayHarmonyPreSignResponse
    from .papay_jump_control import PapayJumpControl
    from .papay_notification_amount import PapayNotificationAmount
    from .papay_notification_deduct_schedule import PapayNotificationDeductSchedule
    from .papay_notification_terminate_info import PapayNotificationTerminateInfo
    from .papay_pre_deduct_notice_request import PapayPreDeductNoticeRequest
    from .papay_pre_sign_deduct_schedule import PapayPreSignDeductSchedule
    from .papay_response_amount import PapayResponseAmount
    from .papay_schedule_request import PapayScheduleRequest
    from .papay_schedule_state import PapayScheduleState
    from .papay_scheduled_deduct_pre_sign_app_response import PapayScheduledDeductPreSignAppResponse
    from .papay_scheduled_deduct_pre_sign_h5_request import PapayScheduledDeductPreSignH5Request
    from .papay_scheduled_deduct_pre_sign_h5_response import PapayScheduledDeductPreSignH5Response
    from .papay_scheduled_deduct_pre_sign_jsapi_response import PapayScheduledDeductPreSignJsapiResponse
    from .papay_scheduled_deduct_pre_sign_mini_program_response import PapayScheduledDeductPreSignMiniProgramResponse
    from .papay_scheduled_deduct_pre_sign_request import PapayScheduledDeductPreSignRequest
    from .papay_terminate_contract_request import PapayTerminateContractRequest
    from .pay_amount import PayAmount
    from .pay_amount_currency import PayAmountCurrency
    from .pay_app_request import PayAppRequest
    from .pay_app_request_limit_pay_item import PayAppRequestLimitPayItem
    from .pay_close_request import PayCloseRequest
    from .pay_codepay_detail import PayCodepayDetail
    from .pay_codepay_goods_detail import PayCodepayGoodsDetail
    from .pay_codepay_payer import PayCodepayPayer
    from .pay_codepay_request import PayCodepayRequest
    from .pay_codepay_response import PayCodepayResponse
    from .pay_codepay_scene_info import PayCodepaySceneInfo
    from .pay_codepay_store_info import PayCodepayStoreInfo
    from .pay_detail import PayDetail
    from .pay_goods_detail import PayGoodsDetail
    from .pay_h5_info import PayH5Info
    from .pay_h5_request import PayH5Request
    from .pay_h5_request_limit_pay_item import PayH5RequestLimitPayItem
    from .pay_h5_response import PayH5Response
    from .pay_h5_scene_info import PayH5SceneInfo
    from .pay_identity_payer import PayIdentityPayer
    from .pay_jsapi_request import PayJsapiRequest
    from .pay_jsapi_request_limit_pay_item import PayJsapiRequestLimitPayItem
    from .pay_native_request import PayNativeRequest
    from .pay_native_request_limit_pay_item import PayNativeRequestLimitPayItem
    from .pay_native_response import PayNativeResponse
    from .pay_payer import PayPayer
    from .pay_payer_identity import PayPayerIdentity
    from .pay_payer_identity_type import PayPayerIdentityType
    from .pay_prepay_response import PayPrepayResponse
    from .pay_reverse_request import PayReverseRequest
    from .pay_reverse_response import PayReverseResponse
    from .pay_scene_info import PaySceneInfo
    from .pay_settle_info import PaySettleInfo
    from .pay_store_info import PayStoreInfo
    from .pay_subsidy_detail import PaySubsidyDetail
    from .pay_subsidy_detail_subsidy_period_type import PaySubsidyDetailSubsidyPeriodType
    from .pay_subsidy_info import PaySubsidyInfo
    from .pay_subsidy_plan import PaySubsidyPlan
    from .pay_subsidy_plan_subsidy_installment_num import PaySubsidyPlanSubsidyInstallmentNum
    from .pay_subsidy_plan_subsidy_percent import PaySubsidyPlanSubsidyPercent
    from .platform_certificate_info import PlatformCertificateInfo
    from .profitsharing_order import ProfitsharingOrder
    from .profitsharing_order_create_request import ProfitsharingOrderCreateRequest
    from .profitsharing_order_receiver import ProfitsharingOrderReceiver
    from .profitsharing_order_receiver_type import ProfitsharingOrderReceiverType
    from .profitsharing_receiver_add_request import ProfitsharingReceiverAddRequest
    from .profitsharing_receiver_add_request_relation_type import ProfitsharingReceiverAddRequestRelationType
    from .profitsharing_receiver_add_request_type import ProfitsharingReceiverAddRequestType
    from .profitsharing_receiver_add_response import ProfitsharingReceiverAddResponse
    from .profitsharing_receiver_delete_request import ProfitsharingReceiverDeleteRequest
    from .profitsharing_receiver_delete_request_type import ProfitsharingReceiverDeleteRequestType
    from .profitsharing_receiver_delete_response import ProfitsharingReceiverDeleteResponse
    from .profitsharing_receiver_result import ProfitsharingReceiverResult
    from .profitsharing_return_order import ProfitsharingReturnOrder
    from .profitsharing_return_order_create_request import ProfitsharingReturnOrderCreateRequest
    from .profitsharing_unfreeze_request import ProfitsharingUnfreezeRequest
    from .profitsharing_unsplit_amount_response import ProfitsharingUnsplitAmountResponse
    from .refund import Refund
    from .refund_amount import RefundAmount
    from .refund_apply_abnormal_request import RefundApplyAbnormalRequest
    from .refund_apply_abnormal_request_bank_type import RefundApplyAbnormalRequestBankType
    from .refund_apply_abnormal_request_type import RefundApplyAbnormalRequestType
    from .refund_create_amount import RefundCreateAmount
    from .refund_create_amount_currency import RefundCreateAmountCurrency
    from .refund_create_funds_from import RefundCreateFundsFrom
    from .refund_create_funds_from_account import RefundCreateFundsFromAccount
    from .refund_create_request import RefundCreateRequest
    from .refund_create_request_funds_account import RefundCreateRequestFundsAccount
    from .refund_funds_from import RefundFundsFrom
    from .refund_goods_detail import RefundGoodsDetail
    from .refund_notification_amount import RefundNotificationAmount
    from .refund_notification_resource import RefundNotificationResource
    from .refund_promotion_detail import RefundPromotionDetail
    from .refund_response_goods_detail import RefundResponseGoodsDetail
    from .transaction import Transaction
    from .transaction_amount import TransactionAmount
    from .transaction_contract_information import TransactionContractInformation
    from .transaction_goods_detail import TransactionGoodsDetail
    from .transaction_installment_info import TransactionInstallmentInfo
    from .transaction_payer import TransactionPayer
    from .transaction_promotion_detail import TransactionPromotionDetail
    from .transaction_scene_info import TransactionSceneInfo

_MODULE_BY_NAME: dict[str, str] = {
    "ApplyFundFlowBillAccountType": ".apply_fund_flow_bill_account_type",
    "ApplyFundFlowBillTarType": ".apply_fund_flow_bill_tar_type",
    "ApplyProfitsharingBillTarType": ".apply_profitsharing_bill_tar_type",
    "ApplyTradeBillBillType": ".apply_trade_bill_bill_type",
    "ApplyTradeBillTarType": ".apply_trade_bill_tar_type",
    "BillApplyResponse": ".bill_apply_response",
    "CertificateListResponse": ".certificate_list_response",
    "DownloadCertificatesAlgorithmType": ".download_certificates_algorithm_type",
    "EncryptCertificate": ".encrypt_certificate",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetail": ".error_response_detail",
    "InsuranceAmount": ".insurance_amount",
    "InsuranceAmountCurrency": ".insurance_amount_currency",
    "InsuranceApplyDeductionRequest": ".insurance_apply_deduction_request",
    "InsuranceApplyDeductionResponse": ".insurance_apply_deduction_response",
    "InsuranceContract": ".insurance_contract",
    "InsuranceContractQueryResponse": ".insurance_contract_query_response",
    "InsuranceContractTerminateInfo": ".insurance_contract_terminate_info",
    "InsuranceEntrustNotificationResource": ".insurance_entrust_notification_resource",
    "InsuranceJumpControl": ".insurance_jump_control",
    "InsuranceModifyPolicyPeriodsRequest": ".insurance_modify_policy_periods_request",
    "InsuranceModifyPolicyPeriodsResponse": ".insurance_modify_policy_periods_response",
    "InsurancePolicy": ".insurance_policy",
    "InsurancePolicyAuthorization": ".insurance_policy_authorization",
    "InsurancePolicyAuthorizationRequest": ".insurance_policy_authorization_request",
    "InsurancePolicyClause": ".insurance_policy_clause",
    "InsurancePolicyCoverageDetail": ".insurance_policy_coverage_detail",
    "InsurancePolicyPeriodListItem": ".insurance_policy_period_list_item",
    "InsurancePolicyPeriodListResponse": ".insurance_policy_period_list_response",
    "InsurancePolicyPeriodPlan": ".insurance_policy_period_plan",
    "InsurancePolicyPeriodState": ".insurance_policy_period_state",
    "InsurancePolicyUpdateRequest": ".insurance_policy_update_request",
    "InsurancePolicyUpdateRequestCoverageTermType": ".insurance_policy_update_request_coverage_term_type",
    "InsurancePolicyUpdateRequestPaymentMethod": ".insurance_policy_update_request_payment_method",
    "InsurancePolicyUpdateRequestPaymentPeriod": ".insurance_policy_update_request_payment_period",
    "InsurancePolicyUpdateRequestPeriodPremiumMode": ".insurance_policy_update_request_period_premium_mode",
    "InsurancePolicyUpdateRequestPolicyState": ".insurance_policy_update_request_policy_state",
    "InsurancePolicyUpdateRequestPolicyType": ".insurance_policy_update_request_policy_type",
    "InsurancePolicyUploadRequest": ".insurance_policy_upload_request",
    "InsurancePolicyUploadRequestCoverageTermType": ".insurance_policy_upload_request_coverage_term_type",
    "InsurancePolicyUploadRequestPaymentMethod": ".insurance_policy_upload_request_payment_method",
    "InsurancePolicyUploadRequestPaymentPeriod": ".insurance_policy_upload_request_payment_period",
    "InsurancePolicyUploadRequestPeriodPremiumMode": ".insurance_policy_upload_request_period_premium_mode",
    "InsurancePolicyUploadRequestPolicyState": ".insurance_policy_upload_request_policy_state",
    "InsurancePolicyUploadRequestPolicyType": ".insurance_policy_upload_request_policy_type",
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
    "InsuranceResponseAmount": ".insurance_response_amount",
    "InsuranceResponsePolicyPeriodPlan": ".insurance_response_policy_period_plan",
    "InsuranceSchedulePolicyPeriodRequest": ".insurance_schedule_policy_period_request",
    "InsuranceTerminateContractRequest": ".insurance_terminate_contract_request",
    "InsuranceTransactionNotificationResource": ".insurance_transaction_notification_resource",
    "MediaUploadMeta": ".media_upload_meta",
    "MediaUploadRequest": ".media_upload_request",
    "MediaUploadResponse": ".media_upload_response",
    "NotificationEncryptedResource": ".notification_encrypted_resource",
    "NotificationEnvelope": ".notification_envelope",
    "PapayAmount": ".papay_amount",
    "PapayApplyTransactionRequest": ".papay_apply_transaction_request",
    "PapayApplyTransactionResponse": ".papay_apply_transaction_response",
    "PapayContract": ".papay_contract",
    "PapayContractDeductSchedule": ".papay_contract_deduct_schedule",
    "PapayContractNotificationResource": ".papay_contract_notification_resource",
    "PapayContractTerminateInfo": ".papay_contract_terminate_info",
    "PapayDeductDuration": ".papay_deduct_duration",
    "PapayDeductDurationCount": ".papay_deduct_duration_count",
    "PapayDeductDurationUnit": ".papay_deduct_duration_unit",
    "PapayDeductFailNoticeRequest": ".papay_deduct_fail_notice_request",
    "PapayDeviceInfo": ".papay_device_info",
    "PapayDeviceInfoDaysSinceFirstLogin": ".papay_device_info_days_since_first_login",
    "PapayDeviceInfoDeviceType": ".papay_device_info_device_type",
    "PapayEstimatedAmount": ".papay_estimated_amount",
    "PapayHarmonyApplyTransactionRequest": ".papay_harmony_apply_transaction_request",
    "PapayHarmonyContract": ".papay_harmony_contract",
    "PapayHarmonyPreSignRequest": ".papay_harmony_pre_sign_request",
    "PapayHarmonyPreSignRequestSignScene": ".papay_harmony_pre_sign_request_sign_scene",
    "PapayHarmonyPreSignResponse": ".papay_harmony_pre_sign_response",
    "PapayJumpControl": ".papay_jump_control",
    "PapayNotificationAmount": ".papay_notification_amount",
    "PapayNotificationDeductSchedule": ".papay_notification_deduct_schedule",
    "PapayNotificationTerminateInfo": ".papay_notification_terminate_info",
    "PapayPreDeductNoticeRequest": ".papay_pre_deduct_notice_request",
    "PapayPreSignDeductSchedule": ".papay_pre_sign_deduct_schedule",
    "PapayResponseAmount": ".papay_response_amount",
    "PapayScheduleRequest": ".papay_schedule_request",
    "PapayScheduleState": ".papay_schedule_state",
    "PapayScheduledDeductPreSignAppResponse": ".papay_scheduled_deduct_pre_sign_app_response",
    "PapayScheduledDeductPreSignH5Request": ".papay_scheduled_deduct_pre_sign_h5_request",
    "PapayScheduledDeductPreSignH5Response": ".papay_scheduled_deduct_pre_sign_h5_response",
    "PapayScheduledDeductPreSignJsapiResponse": ".papay_scheduled_deduct_pre_sign_jsapi_response",
    "PapayScheduledDeductPreSignMiniProgramResponse": ".papay_scheduled_deduct_pre_sign_mini_program_response",
    "PapayScheduledDeductPreSignRequest": ".papay_scheduled_deduct_pre_sign_request",
    "PapayTerminateContractRequest": ".papay_terminate_contract_request",
    "PayAmount": ".pay_amount",
    "PayAmountCurrency": ".pay_amount_currency",
    "PayAppRequest": ".pay_app_request",
    "PayAppRequestLimitPayItem": ".pay_app_request_limit_pay_item",
    "PayCloseRequest": ".pay_close_request",
    "PayCodepayDetail": ".pay_codepay_detail",
    "PayCodepayGoodsDetail": ".pay_codepay_goods_detail",
    "PayCodepayPayer": ".pay_codepay_payer",
    "PayCodepayRequest": ".pay_codepay_request",
    "PayCodepayResponse": ".pay_codepay_response",
    "PayCodepaySceneInfo": ".pay_codepay_scene_info",
    "PayCodepayStoreInfo": ".pay_codepay_store_info",
    "PayDetail": ".pay_detail",
    "PayGoodsDetail": ".pay_goods_detail",
    "PayH5Info": ".pay_h5_info",
    "PayH5Request": ".pay_h5_request",
    "PayH5RequestLimitPayItem": ".pay_h5_request_limit_pay_item",
    "PayH5Response": ".pay_h5_response",
    "PayH5SceneInfo": ".pay_h5_scene_info",
    "PayIdentityPayer": ".pay_identity_payer",
    "PayJsapiRequest": ".pay_jsapi_request",
    "PayJsapiRequestLimitPayItem": ".pay_jsapi_request_limit_pay_item",
    "PayNativeRequest": ".pay_native_request",
    "PayNativeRequestLimitPayItem": ".pay_native_request_limit_pay_item",
    "PayNativeResponse": ".pay_native_response",
    "PayPayer": ".pay_payer",
    "PayPayerIdentity": ".pay_payer_identity",
    "PayPayerIdentityType": ".pay_payer_identity_type",
    "PayPrepayResponse": ".pay_prepay_response",
    "PayReverseRequest": ".pay_reverse_request",
    "PayReverseResponse": ".pay_reverse_response",
    "PaySceneInfo": ".pay_scene_info",
    "PaySettleInfo": ".pay_settle_info",
    "PayStoreInfo": ".pay_store_info",
    "PaySubsidyDetail": ".pay_subsidy_detail",
    "PaySubsidyDetailSubsidyPeriodType": ".pay_subsidy_detail_subsidy_period_type",
    "PaySubsidyInfo": ".pay_subsidy_info",
    "PaySubsidyPlan": ".pay_subsidy_plan",
    "PaySubsidyPlanSubsidyInstallmentNum": ".pay_subsidy_plan_subsidy_installment_num",
    "PaySubsidyPlanSubsidyPercent": ".pay_subsidy_plan_subsidy_percent",
    "PlatformCertificateInfo": ".platform_certificate_info",
    "ProfitsharingOrder": ".profitsharing_order",
    "ProfitsharingOrderCreateRequest": ".profitsharing_order_create_request",
    "ProfitsharingOrderReceiver": ".profitsharing_order_receiver",
    "ProfitsharingOrderReceiverType": ".profitsharing_order_receiver_type",
    "ProfitsharingReceiverAddRequest": ".profitsharing_receiver_add_request",
    "ProfitsharingReceiverAddRequestRelationType": ".profitsharing_receiver_add_request_relation_type",
    "ProfitsharingReceiverAddRequestType": ".profitsharing_receiver_add_request_type",
    "ProfitsharingReceiverAddResponse": ".profitsharing_receiver_add_response",
    "ProfitsharingReceiverDeleteRequest": ".profitsharing_receiver_delete_request",
    "ProfitsharingReceiverDeleteRequestType": ".profitsharing_receiver_delete_request_type",
    "ProfitsharingReceiverDeleteResponse": ".profitsharing_receiver_delete_response",
    "ProfitsharingReceiverResult": ".profitsharing_receiver_result",
    "ProfitsharingReturnOrder": ".profitsharing_return_order",
    "ProfitsharingReturnOrderCreateRequest": ".profitsharing_return_order_create_request",
    "ProfitsharingUnfreezeRequest": ".profitsharing_unfreeze_request",
    "ProfitsharingUnsplitAmountResponse": ".profitsharing_unsplit_amount_response",
    "Refund": ".refund",
    "RefundAmount": ".refund_amount",
    "RefundApplyAbnormalRequest": ".refund_apply_abnormal_request",
    "RefundApplyAbnormalRequestBankType": ".refund_apply_abnormal_request_bank_type",
    "RefundApplyAbnormalRequestType": ".refund_apply_abnormal_request_type",
    "RefundCreateAmount": ".refund_create_amount",
    "RefundCreateAmountCurrency": ".refund_create_amount_currency",
    "RefundCreateFundsFrom": ".refund_create_funds_from",
    "RefundCreateFundsFromAccount": ".refund_create_funds_from_account",
    "RefundCreateRequest": ".refund_create_request",
    "RefundCreateRequestFundsAccount": ".refund_create_request_funds_account",
    "RefundFundsFrom": ".refund_funds_from",
    "RefundGoodsDetail": ".refund_goods_detail",
    "RefundNotificationAmount": ".refund_notification_amount",
    "RefundNotificationResource": ".refund_notification_resource",
    "RefundPromotionDetail": ".refund_promotion_detail",
    "RefundResponseGoodsDetail": ".refund_response_goods_detail",
    "Transaction": ".transaction",
    "TransactionAmount": ".transaction_amount",
    "TransactionContractInformation": ".transaction_contract_information",
    "TransactionGoodsDetail": ".transaction_goods_detail",
    "TransactionInstallmentInfo": ".transaction_installment_info",
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
    "ApplyFundFlowBillAccountType",
    "ApplyFundFlowBillTarType",
    "ApplyProfitsharingBillTarType",
    "ApplyTradeBillBillType",
    "ApplyTradeBillTarType",
    "BillApplyResponse",
    "CertificateListResponse",
    "DownloadCertificatesAlgorithmType",
    "EncryptCertificate",
    "ErrorResponse",
    "ErrorResponseDetail",
    "InsuranceAmount",
    "InsuranceAmountCurrency",
    "InsuranceApplyDeductionRequest",
    "InsuranceApplyDeductionResponse",
    "InsuranceContract",
    "InsuranceContractQueryResponse",
    "InsuranceContractTerminateInfo",
    "InsuranceEntrustNotificationResource",
    "InsuranceJumpControl",
    "InsuranceModifyPolicyPeriodsRequest",
    "InsuranceModifyPolicyPeriodsResponse",
    "InsurancePolicy",
    "InsurancePolicyAuthorization",
    "InsurancePolicyAuthorizationRequest",
    "InsurancePolicyClause",
    "InsurancePolicyCoverageDetail",
    "InsurancePolicyPeriodListItem",
    "InsurancePolicyPeriodListResponse",
    "InsurancePolicyPeriodPlan",
    "InsurancePolicyPeriodState",
    "InsurancePolicyUpdateRequest",
    "InsurancePolicyUpdateRequestCoverageTermType",
    "InsurancePolicyUpdateRequestPaymentMethod",
    "InsurancePolicyUpdateRequestPaymentPeriod",
    "InsurancePolicyUpdateRequestPeriodPremiumMode",
    "InsurancePolicyUpdateRequestPolicyState",
    "InsurancePolicyUpdateRequestPolicyType",
    "InsurancePolicyUploadRequest",
    "InsurancePolicyUploadRequestCoverageTermType",
    "InsurancePolicyUploadRequestPaymentMethod",
    "InsurancePolicyUploadRequestPaymentPeriod",
    "InsurancePolicyUploadRequestPeriodPremiumMode",
    "InsurancePolicyUploadRequestPolicyState",
    "InsurancePolicyUploadRequestPolicyType",
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
    "InsuranceResponseAmount",
    "InsuranceResponsePolicyPeriodPlan",
    "InsuranceSchedulePolicyPeriodRequest",
    "InsuranceTerminateContractRequest",
    "InsuranceTransactionNotificationResource",
    "MediaUploadMeta",
    "MediaUploadRequest",
    "MediaUploadResponse",
    "NotificationEncryptedResource",
    "NotificationEnvelope",
    "PapayAmount",
    "PapayApplyTransactionRequest",
    "PapayApplyTransactionResponse",
    "PapayContract",
    "PapayContractDeductSchedule",
    "PapayContractNotificationResource",
    "PapayContractTerminateInfo",
    "PapayDeductDuration",
    "PapayDeductDurationCount",
    "PapayDeductDurationUnit",
    "PapayDeductFailNoticeRequest",
    "PapayDeviceInfo",
    "PapayDeviceInfoDaysSinceFirstLogin",
    "PapayDeviceInfoDeviceType",
    "PapayEstimatedAmount",
    "PapayHarmonyApplyTransactionRequest",
    "PapayHarmonyContract",
    "PapayHarmonyPreSignRequest",
    "PapayHarmonyPreSignRequestSignScene",
    "PapayHarmonyPreSignResponse",
    "PapayJumpControl",
    "PapayNotificationAmount",
    "PapayNotificationDeductSchedule",
    "PapayNotificationTerminateInfo",
    "PapayPreDeductNoticeRequest",
    "PapayPreSignDeductSchedule",
    "PapayResponseAmount",
    "PapayScheduleRequest",
    "PapayScheduleState",
    "PapayScheduledDeductPreSignAppResponse",
    "PapayScheduledDeductPreSignH5Request",
    "PapayScheduledDeductPreSignH5Response",
    "PapayScheduledDeductPreSignJsapiResponse",
    "PapayScheduledDeductPreSignMiniProgramResponse",
    "PapayScheduledDeductPreSignRequest",
    "PapayTerminateContractRequest",
    "PayAmount",
    "PayAmountCurrency",
    "PayAppRequest",
    "PayAppRequestLimitPayItem",
    "PayCloseRequest",
    "PayCodepayDetail",
    "PayCodepayGoodsDetail",
    "PayCodepayPayer",
    "PayCodepayRequest",
    "PayCodepayResponse",
    "PayCodepaySceneInfo",
    "PayCodepayStoreInfo",
    "PayDetail",
    "PayGoodsDetail",
    "PayH5Info",
    "PayH5Request",
    "PayH5RequestLimitPayItem",
    "PayH5Response",
    "PayH5SceneInfo",
    "PayIdentityPayer",
    "PayJsapiRequest",
    "PayJsapiRequestLimitPayItem",
    "PayNativeRequest",
    "PayNativeRequestLimitPayItem",
    "PayNativeResponse",
    "PayPayer",
    "PayPayerIdentity",
    "PayPayerIdentityType",
    "PayPrepayResponse",
    "PayReverseRequest",
    "PayReverseResponse",
    "PaySceneInfo",
    "PaySettleInfo",
    "PayStoreInfo",
    "PaySubsidyDetail",
    "PaySubsidyDetailSubsidyPeriodType",
    "PaySubsidyInfo",
    "PaySubsidyPlan",
    "PaySubsidyPlanSubsidyInstallmentNum",
    "PaySubsidyPlanSubsidyPercent",
    "PlatformCertificateInfo",
    "ProfitsharingOrder",
    "ProfitsharingOrderCreateRequest",
    "ProfitsharingOrderReceiver",
    "ProfitsharingOrderReceiverType",
    "ProfitsharingReceiverAddRequest",
    "ProfitsharingReceiverAddRequestRelationType",
    "ProfitsharingReceiverAddRequestType",
    "ProfitsharingReceiverAddResponse",
    "ProfitsharingReceiverDeleteRequest",
    "ProfitsharingReceiverDeleteRequestType",
    "ProfitsharingReceiverDeleteResponse",
    "ProfitsharingReceiverResult",
    "ProfitsharingReturnOrder",
    "ProfitsharingReturnOrderCreateRequest",
    "ProfitsharingUnfreezeRequest",
    "ProfitsharingUnsplitAmountResponse",
    "Refund",
    "RefundAmount",
    "RefundApplyAbnormalRequest",
    "RefundApplyAbnormalRequestBankType",
    "RefundApplyAbnormalRequestType",
    "RefundCreateAmount",
    "RefundCreateAmountCurrency",
    "RefundCreateFundsFrom",
    "RefundCreateFundsFromAccount",
    "RefundCreateRequest",
    "RefundCreateRequestFundsAccount",
    "RefundFundsFrom",
    "RefundGoodsDetail",
    "RefundNotificationAmount",
    "RefundNotificationResource",
    "RefundPromotionDetail",
    "RefundResponseGoodsDetail",
    "Transaction",
    "TransactionAmount",
    "TransactionContractInformation",
    "TransactionGoodsDetail",
    "TransactionInstallmentInfo",
    "TransactionPayer",
    "TransactionPromotionDetail",
    "TransactionSceneInfo",
)
