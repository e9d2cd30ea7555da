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
    from .combine_app_request import CombineAppRequest
    from .combine_app_request_limit_pay_item import CombineAppRequestLimitPayItem
    from .combine_close_request import CombineCloseRequest
    from .combine_close_sub_order import CombineCloseSubOrder
    from .combine_contract_info import CombineContractInfo
    from .combine_contract_result import CombineContractResult
    from .combine_goods_detail import CombineGoodsDetail
    from .combine_h5_info import CombineH5Info
    from .combine_h5_request import CombineH5Request
    from .combine_h5_request_limit_pay_item import CombineH5RequestLimitPayItem
    from .combine_h5_response import CombineH5Response
    from .combine_h5_scene_info import CombineH5SceneInfo
    from .combine_identity_payer_info import CombineIdentityPayerInfo
    from .combine_installment_info import CombineInstallmentInfo
    from .combine_jsapi_request import CombineJsapiRequest
    from .combine_jsapi_request_limit_pay_item import CombineJsapiRequestLimitPayItem
    from .combine_native_request import CombineNativeRequest
    from .combine_native_request_limit_pay_item import CombineNativeRequestLimitPayItem
    from .combine_native_response import CombineNativeResponse
    from .combine_payer_identity import CombinePayerIdentity
    from .combine_payer_identity_type import CombinePayerIdentityType
    from .combine_payer_info import CombinePayerInfo
    from .combine_prepay_response import CombinePrepayResponse
    from .combine_promotion_detail import CombinePromotionDetail
    from .combine_response_amount import CombineResponseAmount
    from .combine_response_payer import CombineResponsePayer
    from .combine_response_scene_info import CombineResponseSceneInfo
    from .combine_response_sub_order import CombineResponseSubOrder
    from .combine_scene_info import CombineSceneInfo
    from .combine_settle_info import CombineSettleInfo
    from .combine_sub_order import CombineSubOrder
    from .combine_sub_order_amount import CombineSubOrderAmount
    from .combine_subsidy_detail import CombineSubsidyDetail
    from .combine_subsidy_detail_subsidy_period_type import CombineSubsidyDetailSubsidyPeriodType
    from .combine_subsidy_info import CombineSubsidyInfo
    from .combine_subsidy_plan import CombineSubsidyPlan
    from .combine_subsidy_plan_subsidy_installment_num import CombineSubsidyPlanSubsidyInstallmentNum
    from .combine_subsidy_plan_subsidy_percent import CombineSubsidyPlanSubsidyPercent
    from .combine_transaction import CombineTransaction
    from .combine_transaction_notification_resource import CombineTransactionNotificationResource
    from .credit_pay_exposure_payer import CreditPayExposurePayer
    from .credit_pay_exposure_request import CreditPayExposureRequest
    from .credit_pay_exposure_response import CreditPayExposureResponse
    from .credit_pay_instal_exposure_request import CreditPayInstalExposureRequest
    from .credit_pay_instal_exposure_request_user_id_type import CreditPayInstalExposureRequestUserIdType
    from .credit_pay_instal_exposure_response import CreditPayInstalExposureResponse
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
    from .medical_insurance_cash_add import MedicalInsuranceCashAdd
    from .medical_insurance_cash_add_cash_add_type import MedicalInsuranceCashAddCashAddType
    from .medical_insurance_cash_reduce import MedicalInsuranceCashReduce
    from .medical_insurance_cash_reduce_cash_reduce_type import MedicalInsuranceCashReduceCashReduceType
    from .medical_insurance_notification_resource import MedicalInsuranceNotificationResource
    from .medical_insurance_order import MedicalInsuranceOrder
    from .medical_insurance_order_create_request import MedicalInsuranceOrderCreateRequest
    from .medical_insurance_order_create_request_mix_pay_type import MedicalInsuranceOrderCreateRequestMixPayType
    from .medical_insurance_order_create_request_order_type import MedicalInsuranceOrderCreateRequestOrderType
    from .medical_insurance_person import MedicalInsurancePerson
    from .medical_insurance_person_card_type import MedicalInsurancePersonCardType
    from .medical_insurance_response_cash_add import MedicalInsuranceResponseCashAdd
    from .medical_insurance_response_cash_reduce import MedicalInsuranceResponseCashReduce
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
    from .password_exempt_contract import PasswordExemptContract
    from .password_exempt_contract_ref import PasswordExemptContractRef
    from .password_exempt_mini_program_pre_sign_request import PasswordExemptMiniProgramPreSignRequest
    from .password_exempt_mini_program_pre_sign_response import PasswordExemptMiniProgramPreSignResponse
    from .password_exempt_pay_redirect_pre_sign_request import PasswordExemptPayRedirectPreSignRequest
    from .password_exempt_terminate_info import PasswordExemptTerminateInfo
    from .password_exempt_terminate_request import PasswordExemptTerminateRequest
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
    from .pay_with_contract_amount import PayWithContractAmount
    from .pay_with_contract_amount_currency import PayWithContractAmountCurrency
    from .pay_with_contract_app_contract_info import PayWithContractAppContractInfo
    from .pay_with_contract_app_request import PayWithContractAppRequest
    from .pay_with_contract_detail import PayWithContractDetail
    from .pay_with_contract_goods_detail import PayWithContractGoodsDetail
    from .pay_with_contract_jsapi_contract_info import PayWithContractJsapiContractInfo
    from .pay_with_contract_jsapi_request import PayWithContractJsapiRequest
    from .pay_with_contract_payer import PayWithContractPayer
    from .pay_with_contract_prepay_response import PayWithContractPrepayResponse
    from .pay_with_contract_scene_info import PayWithContractSceneInfo
    from .pay_with_contract_settle_info import PayWithContractSettleInfo
    from .pay_with_contract_store_info import PayWithContractStoreInfo
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
    from .query_transfer_batch_by_batch_id_detail_status import QueryTransferBatchByBatchIdDetailStatus
    from .query_transfer_batch_by_out_batch_no_detail_status import QueryTransferBatchByOutBatchNoDetailStatus
    from .query_transfer_detail_receipt_accept_type import QueryTransferDetailReceiptAcceptType
    from .recharge_amount import RechargeAmount
    from .recharge_amount_currency import RechargeAmountCurrency
    from .recharge_bank_transfer import RechargeBankTransfer
    from .recharge_bank_transfer_apply_request import RechargeBankTransferApplyRequest
    from .recharge_bank_transfer_apply_request_account_type import RechargeBankTransferApplyRequestAccountType
    from .recharge_bank_transfer_apply_request_recharge_scene import RechargeBankTransferApplyRequestRechargeScene
    from .recharge_bank_transfer_apply_response import RechargeBankTransferApplyResponse
    from .recharge_bank_transfer_info import RechargeBankTransferInfo
    from .recharge_response_amount import RechargeResponseAmount
    from .recharge_transfer_in_account import RechargeTransferInAccount
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
    from .risk_dispose_result_request import RiskDisposeResultRequest
    from .risk_dispose_result_request_disp_conclusion_item import RiskDisposeResultRequestDispConclusionItem
    from .risk_dispose_result_request_final_risk_result import RiskDisposeResultRequestFinalRiskResult
    from .risk_dispose_result_request_final_risk_type import RiskDisposeResultRequestFinalRiskType
    from .risk_dispose_result_response import RiskDisposeResultResponse
    from .risk_living_expenses_fields import RiskLivingExpensesFields
    from .risk_recharge_fields import RiskRechargeFields
    from .risk_sub_order import RiskSubOrder
    from .risk_sub_order_risky_goods import RiskSubOrderRiskyGoods
    from .risk_sub_order_sp_risk_level import RiskSubOrderSpRiskLevel
    from .risk_sub_order_user_risk_level import RiskSubOrderUserRiskLevel
    from .risk_trade import RiskTrade
    from .risk_trade_information import RiskTradeInformation
    from .risk_trade_notification_resource import RiskTradeNotificationResource
    from .risk_trade_result import RiskTradeResult
    from .risk_trade_result_request import RiskTradeResultRequest
    from .risk_trade_result_request_punish_type import RiskTradeResultRequestPunishType
    from .risk_trade_result_request_risk_type import RiskTradeResultRequestRiskType
    from .risk_trade_union_information_request import RiskTradeUnionInformationRequest
    from .risk_trade_union_information_request_device_type import RiskTradeUnionInformationRequestDeviceType
    from .risk_trade_union_information_request_goods_type import RiskTradeUnionInformationRequestGoodsType
    from .risk_trade_union_information_request_line_type import RiskTradeUnionInformationRequestLineType
    from .risk_trade_union_information_request_offline_delivery_label import (
        RiskTradeUnionInformationRequestOfflineDeliveryLabel,
    )
    from .risk_trade_union_information_request_risky_goods import RiskTradeUnionInformationRequestRiskyGoods
    from .risk_trade_union_information_request_scene import RiskTradeUnionInformationRequestScene
    from .risk_trade_union_information_request_seller_type import RiskTradeUnionInformationRequestSellerType
    from .risk_trade_union_information_request_sp_risk_level import RiskTradeUnionInformationRequestSpRiskLevel
    from .risk_trade_union_information_request_user_risk_level import RiskTradeUnionInformationRequestUserRiskLevel
    from .risk_trade_union_information_response import RiskTradeUnionInformationResponse
    from .risk_trades_query_request import RiskTradesQueryRequest
    from .risk_trades_query_response import RiskTradesQueryResponse
    from .transaction import Transaction
    from .transaction_amount import TransactionAmount
    from .transaction_contract_information import TransactionContractInformation
    from .transaction_goods_detail import TransactionGoodsDetail
    from .transaction_installment_info import TransactionInstallmentInfo
    from .transaction_payer import TransactionPayer
    from .transaction_promotion_detail import TransactionPromotionDetail
    from .transaction_scene_info import TransactionSceneInfo
    from .transfer_authorization import TransferAuthorization
    from .transfer_authorization_apply_request import TransferAuthorizationApplyRequest
    from .transfer_authorization_apply_response import TransferAuthorizationApplyResponse
    from .transfer_authorization_close_info import TransferAuthorizationCloseInfo
    from .transfer_authorization_info import TransferAuthorizationInfo
    from .transfer_authorization_notification_resource import TransferAuthorizationNotificationResource
    from .transfer_authorization_scene_info import TransferAuthorizationSceneInfo
    from .transfer_authorization_scene_info_device_type import TransferAuthorizationSceneInfoDeviceType
    from .transfer_batch import TransferBatch
    from .transfer_batch_create_request import TransferBatchCreateRequest
    from .transfer_batch_create_response import TransferBatchCreateResponse
    from .transfer_batch_detail import TransferBatchDetail
    from .transfer_batch_detail_compact import TransferBatchDetailCompact
    from .transfer_batch_detail_input import TransferBatchDetailInput
    from .transfer_batch_entity import TransferBatchEntity
    from .transfer_batch_notification_resource import TransferBatchNotificationResource
    from .transfer_batch_receipt import TransferBatchReceipt
    from .transfer_batch_receipt_apply_request import TransferBatchReceiptApplyRequest
    from .transfer_bill import TransferBill
    from .transfer_bill_by_authorization_request import TransferBillByAuthorizationRequest
    from .transfer_bill_cancel_response import TransferBillCancelResponse
    from .transfer_bill_create_request import TransferBillCreateRequest
    from .transfer_bill_create_response import TransferBillCreateResponse
    from .transfer_bill_notification_resource import TransferBillNotificationResource
    from .transfer_bill_receipt import TransferBillReceipt
    from .transfer_bill_receipt_apply_by_out_bill_no_request import TransferBillReceiptApplyByOutBillNoRequest
    from .transfer_bill_receipt_apply_by_transfer_bill_no_request import TransferBillReceiptApplyByTransferBillNoRequest
    from .transfer_bill_receipt_apply_response import TransferBillReceiptApplyResponse
    from .transfer_bill_with_authorization_request import TransferBillWithAuthorizationRequest
    from .transfer_bill_with_authorization_response import TransferBillWithAuthorizationResponse
    from .transfer_detail_receipt import TransferDetailReceipt
    from .transfer_detail_receipt_apply_request import TransferDetailReceiptApplyRequest
    from .transfer_detail_receipt_apply_request_accept_type import TransferDetailReceiptApplyRequestAcceptType
    from .transfer_qq_wallet_bill import TransferQqWalletBill
    from .transfer_qq_wallet_bill_cancel_response import TransferQqWalletBillCancelResponse
    from .transfer_qq_wallet_bill_create_request import TransferQqWalletBillCreateRequest
    from .transfer_qq_wallet_bill_notification_resource import TransferQqWalletBillNotificationResource
    from .transfer_qq_wallet_scene_report_info import TransferQqWalletSceneReportInfo
    from .transfer_scene_report_info import TransferSceneReportInfo
    from .transfer_user_recv_style import TransferUserRecvStyle
    from .transfer_user_recv_style_type import TransferUserRecvStyleType

_MODULE_BY_NAME: dict[str, str] = {
    "ApplyFundFlowBillAccountType": ".apply_fund_flow_bill_account_type",
    "ApplyFundFlowBillTarType": ".apply_fund_flow_bill_tar_type",
    "ApplyProfitsharingBillTarType": ".apply_profitsharing_bill_tar_type",
    "ApplyTradeBillBillType": ".apply_trade_bill_bill_type",
    "ApplyTradeBillTarType": ".apply_trade_bill_tar_type",
    "BillApplyResponse": ".bill_apply_response",
    "CertificateListResponse": ".certificate_list_response",
    "CombineAppRequest": ".combine_app_request",
    "CombineAppRequestLimitPayItem": ".combine_app_request_limit_pay_item",
    "CombineCloseRequest": ".combine_close_request",
    "CombineCloseSubOrder": ".combine_close_sub_order",
    "CombineContractInfo": ".combine_contract_info",
    "CombineContractResult": ".combine_contract_result",
    "CombineGoodsDetail": ".combine_goods_detail",
    "CombineH5Info": ".combine_h5_info",
    "CombineH5Request": ".combine_h5_request",
    "CombineH5RequestLimitPayItem": ".combine_h5_request_limit_pay_item",
    "CombineH5Response": ".combine_h5_response",
    "CombineH5SceneInfo": ".combine_h5_scene_info",
    "CombineIdentityPayerInfo": ".combine_identity_payer_info",
    "CombineInstallmentInfo": ".combine_installment_info",
    "CombineJsapiRequest": ".combine_jsapi_request",
    "CombineJsapiRequestLimitPayItem": ".combine_jsapi_request_limit_pay_item",
    "CombineNativeRequest": ".combine_native_request",
    "CombineNativeRequestLimitPayItem": ".combine_native_request_limit_pay_item",
    "CombineNativeResponse": ".combine_native_response",
    "CombinePayerIdentity": ".combine_payer_identity",
    "CombinePayerIdentityType": ".combine_payer_identity_type",
    "CombinePayerInfo": ".combine_payer_info",
    "CombinePrepayResponse": ".combine_prepay_response",
    "CombinePromotionDetail": ".combine_promotion_detail",
    "CombineResponseAmount": ".combine_response_amount",
    "CombineResponsePayer": ".combine_response_payer",
    "CombineResponseSceneInfo": ".combine_response_scene_info",
    "CombineResponseSubOrder": ".combine_response_sub_order",
    "CombineSceneInfo": ".combine_scene_info",
    "CombineSettleInfo": ".combine_settle_info",
    "CombineSubOrder": ".combine_sub_order",
    "CombineSubOrderAmount": ".combine_sub_order_amount",
    "CombineSubsidyDetail": ".combine_subsidy_detail",
    "CombineSubsidyDetailSubsidyPeriodType": ".combine_subsidy_detail_subsidy_period_type",
    "CombineSubsidyInfo": ".combine_subsidy_info",
    "CombineSubsidyPlan": ".combine_subsidy_plan",
    "CombineSubsidyPlanSubsidyInstallmentNum": ".combine_subsidy_plan_subsidy_installment_num",
    "CombineSubsidyPlanSubsidyPercent": ".combine_subsidy_plan_subsidy_percent",
    "CombineTransaction": ".combine_transaction",
    "CombineTransactionNotificationResource": ".combine_transaction_notification_resource",
    "CreditPayExposurePayer": ".credit_pay_exposure_payer",
    "CreditPayExposureRequest": ".credit_pay_exposure_request",
    "CreditPayExposureResponse": ".credit_pay_exposure_response",
    "CreditPayInstalExposureRequest": ".credit_pay_instal_exposure_request",
    "CreditPayInstalExposureRequestUserIdType": ".credit_pay_instal_exposure_request_user_id_type",
    "CreditPayInstalExposureResponse": ".credit_pay_instal_exposure_response",
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
    "MedicalInsuranceCashAdd": ".medical_insurance_cash_add",
    "MedicalInsuranceCashAddCashAddType": ".medical_insurance_cash_add_cash_add_type",
    "MedicalInsuranceCashReduce": ".medical_insurance_cash_reduce",
    "MedicalInsuranceCashReduceCashReduceType": ".medical_insurance_cash_reduce_cash_reduce_type",
    "MedicalInsuranceNotificationResource": ".medical_insurance_notification_resource",
    "MedicalInsuranceOrder": ".medical_insurance_order",
    "MedicalInsuranceOrderCreateRequest": ".medical_insurance_order_create_request",
    "MedicalInsuranceOrderCreateRequestMixPayType": ".medical_insurance_order_create_request_mix_pay_type",
    "MedicalInsuranceOrderCreateRequestOrderType": ".medical_insurance_order_create_request_order_type",
    "MedicalInsurancePerson": ".medical_insurance_person",
    "MedicalInsurancePersonCardType": ".medical_insurance_person_card_type",
    "MedicalInsuranceResponseCashAdd": ".medical_insurance_response_cash_add",
    "MedicalInsuranceResponseCashReduce": ".medical_insurance_response_cash_reduce",
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
    "PasswordExemptContract": ".password_exempt_contract",
    "PasswordExemptContractRef": ".password_exempt_contract_ref",
    "PasswordExemptMiniProgramPreSignRequest": ".password_exempt_mini_program_pre_sign_request",
    "PasswordExemptMiniProgramPreSignResponse": ".password_exempt_mini_program_pre_sign_response",
    "PasswordExemptPayRedirectPreSignRequest": ".password_exempt_pay_redirect_pre_sign_request",
    "PasswordExemptTerminateInfo": ".password_exempt_terminate_info",
    "PasswordExemptTerminateRequest": ".password_exempt_terminate_request",
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
    "PayWithContractAmount": ".pay_with_contract_amount",
    "PayWithContractAmountCurrency": ".pay_with_contract_amount_currency",
    "PayWithContractAppContractInfo": ".pay_with_contract_app_contract_info",
    "PayWithContractAppRequest": ".pay_with_contract_app_request",
    "PayWithContractDetail": ".pay_with_contract_detail",
    "PayWithContractGoodsDetail": ".pay_with_contract_goods_detail",
    "PayWithContractJsapiContractInfo": ".pay_with_contract_jsapi_contract_info",
    "PayWithContractJsapiRequest": ".pay_with_contract_jsapi_request",
    "PayWithContractPayer": ".pay_with_contract_payer",
    "PayWithContractPrepayResponse": ".pay_with_contract_prepay_response",
    "PayWithContractSceneInfo": ".pay_with_contract_scene_info",
    "PayWithContractSettleInfo": ".pay_with_contract_settle_info",
    "PayWithContractStoreInfo": ".pay_with_contract_store_info",
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
    "QueryTransferBatchByBatchIdDetailStatus": ".query_transfer_batch_by_batch_id_detail_status",
    "QueryTransferBatchByOutBatchNoDetailStatus": ".query_transfer_batch_by_out_batch_no_detail_status",
    "QueryTransferDetailReceiptAcceptType": ".query_transfer_detail_receipt_accept_type",
    "RechargeAmount": ".recharge_amount",
    "RechargeAmountCurrency": ".recharge_amount_currency",
    "RechargeBankTransfer": ".recharge_bank_transfer",
    "RechargeBankTransferApplyRequest": ".recharge_bank_transfer_apply_request",
    "RechargeBankTransferApplyRequestAccountType": ".recharge_bank_transfer_apply_request_account_type",
    "RechargeBankTransferApplyRequestRechargeScene": ".recharge_bank_transfer_apply_request_recharge_scene",
    "RechargeBankTransferApplyResponse": ".recharge_bank_transfer_apply_response",
    "RechargeBankTransferInfo": ".recharge_bank_transfer_info",
    "RechargeResponseAmount": ".recharge_response_amount",
    "RechargeTransferInAccount": ".recharge_transfer_in_account",
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
    "RiskDisposeResultRequest": ".risk_dispose_result_request",
    "RiskDisposeResultRequestDispConclusionItem": ".risk_dispose_result_request_disp_conclusion_item",
    "RiskDisposeResultRequestFinalRiskResult": ".risk_dispose_result_request_final_risk_result",
    "RiskDisposeResultRequestFinalRiskType": ".risk_dispose_result_request_final_risk_type",
    "RiskDisposeResultResponse": ".risk_dispose_result_response",
    "RiskLivingExpensesFields": ".risk_living_expenses_fields",
    "RiskRechargeFields": ".risk_recharge_fields",
    "RiskSubOrder": ".risk_sub_order",
    "RiskSubOrderRiskyGoods": ".risk_sub_order_risky_goods",
    "RiskSubOrderSpRiskLevel": ".risk_sub_order_sp_risk_level",
    "RiskSubOrderUserRiskLevel": ".risk_sub_order_user_risk_level",
    "RiskTrade": ".risk_trade",
    "RiskTradeInformation": ".risk_trade_information",
    "RiskTradeNotificationResource": ".risk_trade_notification_resource",
    "RiskTradeResult": ".risk_trade_result",
    "RiskTradeResultRequest": ".risk_trade_result_request",
    "RiskTradeResultRequestPunishType": ".risk_trade_result_request_punish_type",
    "RiskTradeResultRequestRiskType": ".risk_trade_result_request_risk_type",
    "RiskTradeUnionInformationRequest": ".risk_trade_union_information_request",
    "RiskTradeUnionInformationRequestDeviceType": ".risk_trade_union_information_request_device_type",
    "RiskTradeUnionInformationRequestGoodsType": ".risk_trade_union_information_request_goods_type",
    "RiskTradeUnionInformationRequestLineType": ".risk_trade_union_information_request_line_type",
    "RiskTradeUnionInformationRequestOfflineDeliveryLabel": ".risk_trade_union_information_request_offline_delivery_label",
    "RiskTradeUnionInformationRequestRiskyGoods": ".risk_trade_union_information_request_risky_goods",
    "RiskTradeUnionInformationRequestScene": ".risk_trade_union_information_request_scene",
    "RiskTradeUnionInformationRequestSellerType": ".risk_trade_union_information_request_seller_type",
    "RiskTradeUnionInformationRequestSpRiskLevel": ".risk_trade_union_information_request_sp_risk_level",
    "RiskTradeUnionInformationRequestUserRiskLevel": ".risk_trade_union_information_request_user_risk_level",
    "RiskTradeUnionInformationResponse": ".risk_trade_union_information_response",
    "RiskTradesQueryRequest": ".risk_trades_query_request",
    "RiskTradesQueryResponse": ".risk_trades_query_response",
    "Transaction": ".transaction",
    "TransactionAmount": ".transaction_amount",
    "TransactionContractInformation": ".transaction_contract_information",
    "TransactionGoodsDetail": ".transaction_goods_detail",
    "TransactionInstallmentInfo": ".transaction_installment_info",
    "TransactionPayer": ".transaction_payer",
    "TransactionPromotionDetail": ".transaction_promotion_detail",
    "TransactionSceneInfo": ".transaction_scene_info",
    "TransferAuthorization": ".transfer_authorization",
    "TransferAuthorizationApplyRequest": ".transfer_authorization_apply_request",
    "TransferAuthorizationApplyResponse": ".transfer_authorization_apply_response",
    "TransferAuthorizationCloseInfo": ".transfer_authorization_close_info",
    "TransferAuthorizationInfo": ".transfer_authorization_info",
    "TransferAuthorizationNotificationResource": ".transfer_authorization_notification_resource",
    "TransferAuthorizationSceneInfo": ".transfer_authorization_scene_info",
    "TransferAuthorizationSceneInfoDeviceType": ".transfer_authorization_scene_info_device_type",
    "TransferBatch": ".transfer_batch",
    "TransferBatchCreateRequest": ".transfer_batch_create_request",
    "TransferBatchCreateResponse": ".transfer_batch_create_response",
    "TransferBatchDetail": ".transfer_batch_detail",
    "TransferBatchDetailCompact": ".transfer_batch_detail_compact",
    "TransferBatchDetailInput": ".transfer_batch_detail_input",
    "TransferBatchEntity": ".transfer_batch_entity",
    "TransferBatchNotificationResource": ".transfer_batch_notification_resource",
    "TransferBatchReceipt": ".transfer_batch_receipt",
    "TransferBatchReceiptApplyRequest": ".transfer_batch_receipt_apply_request",
    "TransferBill": ".transfer_bill",
    "TransferBillByAuthorizationRequest": ".transfer_bill_by_authorization_request",
    "TransferBillCancelResponse": ".transfer_bill_cancel_response",
    "TransferBillCreateRequest": ".transfer_bill_create_request",
    "TransferBillCreateResponse": ".transfer_bill_create_response",
    "TransferBillNotificationResource": ".transfer_bill_notification_resource",
    "TransferBillReceipt": ".transfer_bill_receipt",
    "TransferBillReceiptApplyByOutBillNoRequest": ".transfer_bill_receipt_apply_by_out_bill_no_request",
    "TransferBillReceiptApplyByTransferBillNoRequest": ".transfer_bill_receipt_apply_by_transfer_bill_no_request",
    "TransferBillReceiptApplyResponse": ".transfer_bill_receipt_apply_response",
    "TransferBillWithAuthorizationRequest": ".transfer_bill_with_authorization_request",
    "TransferBillWithAuthorizationResponse": ".transfer_bill_with_authorization_response",
    "TransferDetailReceipt": ".transfer_detail_receipt",
    "TransferDetailReceiptApplyRequest": ".transfer_detail_receipt_apply_request",
    "TransferDetailReceiptApplyRequestAcceptType": ".transfer_detail_receipt_apply_request_accept_type",
    "TransferQqWalletBill": ".transfer_qq_wallet_bill",
    "TransferQqWalletBillCancelResponse": ".transfer_qq_wallet_bill_cancel_response",
    "TransferQqWalletBillCreateRequest": ".transfer_qq_wallet_bill_create_request",
    "TransferQqWalletBillNotificationResource": ".transfer_qq_wallet_bill_notification_resource",
    "TransferQqWalletSceneReportInfo": ".transfer_qq_wallet_scene_report_info",
    "TransferSceneReportInfo": ".transfer_scene_report_info",
    "TransferUserRecvStyle": ".transfer_user_recv_style",
    "TransferUserRecvStyleType": ".transfer_user_recv_style_type",
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
    "CombineAppRequest",
    "CombineAppRequestLimitPayItem",
    "CombineCloseRequest",
    "CombineCloseSubOrder",
    "CombineContractInfo",
    "CombineContractResult",
    "CombineGoodsDetail",
    "CombineH5Info",
    "CombineH5Request",
    "CombineH5RequestLimitPayItem",
    "CombineH5Response",
    "CombineH5SceneInfo",
    "CombineIdentityPayerInfo",
    "CombineInstallmentInfo",
    "CombineJsapiRequest",
    "CombineJsapiRequestLimitPayItem",
    "CombineNativeRequest",
    "CombineNativeRequestLimitPayItem",
    "CombineNativeResponse",
    "CombinePayerIdentity",
    "CombinePayerIdentityType",
    "CombinePayerInfo",
    "CombinePrepayResponse",
    "CombinePromotionDetail",
    "CombineResponseAmount",
    "CombineResponsePayer",
    "CombineResponseSceneInfo",
    "CombineResponseSubOrder",
    "CombineSceneInfo",
    "CombineSettleInfo",
    "CombineSubOrder",
    "CombineSubOrderAmount",
    "CombineSubsidyDetail",
    "CombineSubsidyDetailSubsidyPeriodType",
    "CombineSubsidyInfo",
    "CombineSubsidyPlan",
    "CombineSubsidyPlanSubsidyInstallmentNum",
    "CombineSubsidyPlanSubsidyPercent",
    "CombineTransaction",
    "CombineTransactionNotificationResource",
    "CreditPayExposurePayer",
    "CreditPayExposureRequest",
    "CreditPayExposureResponse",
    "CreditPayInstalExposureRequest",
    "CreditPayInstalExposureRequestUserIdType",
    "CreditPayInstalExposureResponse",
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
    "MedicalInsuranceCashAdd",
    "MedicalInsuranceCashAddCashAddType",
    "MedicalInsuranceCashReduce",
    "MedicalInsuranceCashReduceCashReduceType",
    "MedicalInsuranceNotificationResource",
    "MedicalInsuranceOrder",
    "MedicalInsuranceOrderCreateRequest",
    "MedicalInsuranceOrderCreateRequestMixPayType",
    "MedicalInsuranceOrderCreateRequestOrderType",
    "MedicalInsurancePerson",
    "MedicalInsurancePersonCardType",
    "MedicalInsuranceResponseCashAdd",
    "MedicalInsuranceResponseCashReduce",
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
    "PasswordExemptContract",
    "PasswordExemptContractRef",
    "PasswordExemptMiniProgramPreSignRequest",
    "PasswordExemptMiniProgramPreSignResponse",
    "PasswordExemptPayRedirectPreSignRequest",
    "PasswordExemptTerminateInfo",
    "PasswordExemptTerminateRequest",
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
    "PayWithContractAmount",
    "PayWithContractAmountCurrency",
    "PayWithContractAppContractInfo",
    "PayWithContractAppRequest",
    "PayWithContractDetail",
    "PayWithContractGoodsDetail",
    "PayWithContractJsapiContractInfo",
    "PayWithContractJsapiRequest",
    "PayWithContractPayer",
    "PayWithContractPrepayResponse",
    "PayWithContractSceneInfo",
    "PayWithContractSettleInfo",
    "PayWithContractStoreInfo",
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
    "QueryTransferBatchByBatchIdDetailStatus",
    "QueryTransferBatchByOutBatchNoDetailStatus",
    "QueryTransferDetailReceiptAcceptType",
    "RechargeAmount",
    "RechargeAmountCurrency",
    "RechargeBankTransfer",
    "RechargeBankTransferApplyRequest",
    "RechargeBankTransferApplyRequestAccountType",
    "RechargeBankTransferApplyRequestRechargeScene",
    "RechargeBankTransferApplyResponse",
    "RechargeBankTransferInfo",
    "RechargeResponseAmount",
    "RechargeTransferInAccount",
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
    "RiskDisposeResultRequest",
    "RiskDisposeResultRequestDispConclusionItem",
    "RiskDisposeResultRequestFinalRiskResult",
    "RiskDisposeResultRequestFinalRiskType",
    "RiskDisposeResultResponse",
    "RiskLivingExpensesFields",
    "RiskRechargeFields",
    "RiskSubOrder",
    "RiskSubOrderRiskyGoods",
    "RiskSubOrderSpRiskLevel",
    "RiskSubOrderUserRiskLevel",
    "RiskTrade",
    "RiskTradeInformation",
    "RiskTradeNotificationResource",
    "RiskTradeResult",
    "RiskTradeResultRequest",
    "RiskTradeResultRequestPunishType",
    "RiskTradeResultRequestRiskType",
    "RiskTradeUnionInformationRequest",
    "RiskTradeUnionInformationRequestDeviceType",
    "RiskTradeUnionInformationRequestGoodsType",
    "RiskTradeUnionInformationRequestLineType",
    "RiskTradeUnionInformationRequestOfflineDeliveryLabel",
    "RiskTradeUnionInformationRequestRiskyGoods",
    "RiskTradeUnionInformationRequestScene",
    "RiskTradeUnionInformationRequestSellerType",
    "RiskTradeUnionInformationRequestSpRiskLevel",
    "RiskTradeUnionInformationRequestUserRiskLevel",
    "RiskTradeUnionInformationResponse",
    "RiskTradesQueryRequest",
    "RiskTradesQueryResponse",
    "Transaction",
    "TransactionAmount",
    "TransactionContractInformation",
    "TransactionGoodsDetail",
    "TransactionInstallmentInfo",
    "TransactionPayer",
    "TransactionPromotionDetail",
    "TransactionSceneInfo",
    "TransferAuthorization",
    "TransferAuthorizationApplyRequest",
    "TransferAuthorizationApplyResponse",
    "TransferAuthorizationCloseInfo",
    "TransferAuthorizationInfo",
    "TransferAuthorizationNotificationResource",
    "TransferAuthorizationSceneInfo",
    "TransferAuthorizationSceneInfoDeviceType",
    "TransferBatch",
    "TransferBatchCreateRequest",
    "TransferBatchCreateResponse",
    "TransferBatchDetail",
    "TransferBatchDetailCompact",
    "TransferBatchDetailInput",
    "TransferBatchEntity",
    "TransferBatchNotificationResource",
    "TransferBatchReceipt",
    "TransferBatchReceiptApplyRequest",
    "TransferBill",
    "TransferBillByAuthorizationRequest",
    "TransferBillCancelResponse",
    "TransferBillCreateRequest",
    "TransferBillCreateResponse",
    "TransferBillNotificationResource",
    "TransferBillReceipt",
    "TransferBillReceiptApplyByOutBillNoRequest",
    "TransferBillReceiptApplyByTransferBillNoRequest",
    "TransferBillReceiptApplyResponse",
    "TransferBillWithAuthorizationRequest",
    "TransferBillWithAuthorizationResponse",
    "TransferDetailReceipt",
    "TransferDetailReceiptApplyRequest",
    "TransferDetailReceiptApplyRequestAcceptType",
    "TransferQqWalletBill",
    "TransferQqWalletBillCancelResponse",
    "TransferQqWalletBillCreateRequest",
    "TransferQqWalletBillNotificationResource",
    "TransferQqWalletSceneReportInfo",
    "TransferSceneReportInfo",
    "TransferUserRecvStyle",
    "TransferUserRecvStyleType",
)
