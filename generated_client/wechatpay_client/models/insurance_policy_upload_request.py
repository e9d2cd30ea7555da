# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insurance_policy_upload_request_coverage_term_type import (
    InsurancePolicyUploadRequestCoverageTermType,
    check_insurance_policy_upload_request_coverage_term_type,
)
from ..models.insurance_policy_upload_request_payment_method import (
    InsurancePolicyUploadRequestPaymentMethod,
    check_insurance_policy_upload_request_payment_method,
)
from ..models.insurance_policy_upload_request_payment_period import (
    InsurancePolicyUploadRequestPaymentPeriod,
    check_insurance_policy_upload_request_payment_period,
)
from ..models.insurance_policy_upload_request_period_premium_mode import (
    InsurancePolicyUploadRequestPeriodPremiumMode,
    check_insurance_policy_upload_request_period_premium_mode,
)
from ..models.insurance_policy_upload_request_policy_state import (
    InsurancePolicyUploadRequestPolicyState,
    check_insurance_policy_upload_request_policy_state,
)
from ..models.insurance_policy_upload_request_policy_type import (
    InsurancePolicyUploadRequestPolicyType,
    check_insurance_policy_upload_request_policy_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InsurancePolicyUploadRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class InsurancePolicyUploadRequest:
    """上传保单请求 — policy upload request. `insured_name_list` items are encrypted by the SDK."""

    out_insurance_no: str
    """ 商户保险编号 — the merchant's insurance number (unique on the merchant side). """
    insured_name_list: list[str] = _attrs_field(repr=_masked_repr)
    """ 被保险人姓名列表 — names of the insured persons. Each item is sensitive: pass plaintext;
    the SDK encrypts every item (RSA-OAEP) and sets `Wechatpay-Serial`.
     """
    insurance_company_code: str
    """ 承保公司代码 — code of the underwriting insurer. """
    effective_time: datetime.datetime
    """ 保单生效时间 — policy start (RFC 3339). """
    expired_time: datetime.datetime
    """ 保单失效时间 — policy end (RFC 3339). """
    coverage_detail: str
    """ 保障详情 — coverage description shown to the user. """
    support_renewal: bool
    """ 是否支持续保 — whether the policy can be renewed. """
    policy_type: InsurancePolicyUploadRequestPolicyType
    """ 保单类型 — policy type: other, medical, accident, critical illness, car, life,
    property, pet, annuity.
     """
    policy_state: InsurancePolicyUploadRequestPolicyState
    """ 保单状态 — policy state: issuing (出单中), approved (已承保), declined (拒保), inactive (已失效).
     """
    plan_id: str
    """ 委托代扣模板ID — entrusted-deduction plan (template) ID, as a string (documented so for this family). """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code of the deduction contract. """
    policy_periods: list[int]
    """ 保单的扣费周期列表 — the policy period numbers (保险扣费周期编号) of the deduction contract. """
    appid: str
    """ 商户AppID — AppID bound to the merchant. """
    openid: str
    """ 用户标识 — the user's OpenID under `appid`. """
    free_insurance: bool
    """ 是否为赠险 — whether the policy is a free (gifted) policy. """
    insurance_name: str | Unset = UNSET
    """ 保险名称 — insurance product name. Optional here: OA lists it as required for this
    call without defining it, and IM does not list it for this call at all (the name is
    already given to `submit_policy_authorization`).
     """
    start_renewal_time: datetime.datetime | Unset = UNSET
    """ 可续保开始时间 — start of the renewal window (RFC 3339). """
    end_renewal_time: datetime.datetime | Unset = UNSET
    """ 可续保结束时间 — end of the renewal window (RFC 3339). """
    car_number: str | Unset = UNSET
    """ 车牌信息 — licence plate (car insurance). """
    pet_name: str | Unset = UNSET
    """ 宠物名称 — pet name (pet insurance). """
    address: str | Unset = UNSET
    """ 地址信息 — insured address (property insurance). """
    policy_code: str | Unset = UNSET
    """ 保司保单号 — the insurer's policy number. """
    combined_payment: bool | Unset = UNSET
    """ 是否与其它保单合并扣费 — whether premiums are deducted together with other policies. """
    payment_method: InsurancePolicyUploadRequestPaymentMethod | Unset = UNSET
    """ 缴费方式 — payment method: other, periodic (期交) or lump sum (趸交).
     """
    period_premium_mode: InsurancePolicyUploadRequestPeriodPremiumMode | Unset = UNSET
    """ 期交保费模式 — periodic premium mode: equal, first period different, several different.
     """
    payment_period: InsurancePolicyUploadRequestPaymentPeriod | Unset = UNSET
    """ 缴费周期 — premium period: day, week, two weeks, month, quarter, half year, year.
     """
    first_period_amount: int | Unset = UNSET
    """ 首期保费金额 — first-period premium, in fen. """
    subsequent_period_amount: int | Unset = UNSET
    """ 后续每期保费金额 — premium of each later period, in fen. """
    coverage_term_type: InsurancePolicyUploadRequestCoverageTermType | Unset = UNSET
    """ 保障期限类型 — coverage term: fixed dates or lifetime.
     """
    payee_mchid: str | Unset = UNSET
    """ 收款方商户号 — payee merchant ID, when another merchant collects the premium. """
    payee_appid: str | Unset = UNSET
    """ 收款方公众账号ID — payee AppID. """
    payee_openid: str | Unset = UNSET
    """ 收款方用户标识 — the user's OpenID under `payee_appid`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_insurance_no = self.out_insurance_no

        insured_name_list = self.insured_name_list

        insurance_company_code = self.insurance_company_code

        effective_time = self.effective_time.isoformat()

        expired_time = self.expired_time.isoformat()

        coverage_detail = self.coverage_detail

        support_renewal = self.support_renewal

        policy_type: str = self.policy_type

        policy_state: str = self.policy_state

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        policy_periods = self.policy_periods

        appid = self.appid

        openid = self.openid

        free_insurance = self.free_insurance

        insurance_name = self.insurance_name

        start_renewal_time: str | Unset = UNSET
        if not isinstance(self.start_renewal_time, Unset):
            start_renewal_time = self.start_renewal_time.isoformat()

        end_renewal_time: str | Unset = UNSET
        if not isinstance(self.end_renewal_time, Unset):
            end_renewal_time = self.end_renewal_time.isoformat()

        car_number = self.car_number

        pet_name = self.pet_name

        address = self.address

        policy_code = self.policy_code

        combined_payment = self.combined_payment

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method

        period_premium_mode: str | Unset = UNSET
        if not isinstance(self.period_premium_mode, Unset):
            period_premium_mode = self.period_premium_mode

        payment_period: str | Unset = UNSET
        if not isinstance(self.payment_period, Unset):
            payment_period = self.payment_period

        first_period_amount = self.first_period_amount

        subsequent_period_amount = self.subsequent_period_amount

        coverage_term_type: str | Unset = UNSET
        if not isinstance(self.coverage_term_type, Unset):
            coverage_term_type = self.coverage_term_type

        payee_mchid = self.payee_mchid

        payee_appid = self.payee_appid

        payee_openid = self.payee_openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_insurance_no": out_insurance_no,
                "insured_name_list": insured_name_list,
                "insurance_company_code": insurance_company_code,
                "effective_time": effective_time,
                "expired_time": expired_time,
                "coverage_detail": coverage_detail,
                "support_renewal": support_renewal,
                "policy_type": policy_type,
                "policy_state": policy_state,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "policy_periods": policy_periods,
                "appid": appid,
                "openid": openid,
                "free_insurance": free_insurance,
            }
        )
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if start_renewal_time is not UNSET:
            field_dict["start_renewal_time"] = start_renewal_time
        if end_renewal_time is not UNSET:
            field_dict["end_renewal_time"] = end_renewal_time
        if car_number is not UNSET:
            field_dict["car_number"] = car_number
        if pet_name is not UNSET:
            field_dict["pet_name"] = pet_name
        if address is not UNSET:
            field_dict["address"] = address
        if policy_code is not UNSET:
            field_dict["policy_code"] = policy_code
        if combined_payment is not UNSET:
            field_dict["combined_payment"] = combined_payment
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if period_premium_mode is not UNSET:
            field_dict["period_premium_mode"] = period_premium_mode
        if payment_period is not UNSET:
            field_dict["payment_period"] = payment_period
        if first_period_amount is not UNSET:
            field_dict["first_period_amount"] = first_period_amount
        if subsequent_period_amount is not UNSET:
            field_dict["subsequent_period_amount"] = subsequent_period_amount
        if coverage_term_type is not UNSET:
            field_dict["coverage_term_type"] = coverage_term_type
        if payee_mchid is not UNSET:
            field_dict["payee_mchid"] = payee_mchid
        if payee_appid is not UNSET:
            field_dict["payee_appid"] = payee_appid
        if payee_openid is not UNSET:
            field_dict["payee_openid"] = payee_openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_insurance_no = d.pop("out_insurance_no")

        insured_name_list = cast(list[str], d.pop("insured_name_list"))

        insurance_company_code = d.pop("insurance_company_code")

        effective_time = datetime.datetime.fromisoformat(d.pop("effective_time"))

        expired_time = datetime.datetime.fromisoformat(d.pop("expired_time"))

        coverage_detail = d.pop("coverage_detail")

        support_renewal = d.pop("support_renewal")

        policy_type = check_insurance_policy_upload_request_policy_type(d.pop("policy_type"))

        policy_state = check_insurance_policy_upload_request_policy_state(d.pop("policy_state"))

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        policy_periods = cast(list[int], d.pop("policy_periods"))

        appid = d.pop("appid")

        openid = d.pop("openid")

        free_insurance = d.pop("free_insurance")

        insurance_name = d.pop("insurance_name", UNSET)

        _start_renewal_time = d.pop("start_renewal_time", UNSET)
        start_renewal_time: datetime.datetime | Unset
        if isinstance(_start_renewal_time, Unset):
            start_renewal_time = UNSET
        else:
            start_renewal_time = datetime.datetime.fromisoformat(_start_renewal_time)

        _end_renewal_time = d.pop("end_renewal_time", UNSET)
        end_renewal_time: datetime.datetime | Unset
        if isinstance(_end_renewal_time, Unset):
            end_renewal_time = UNSET
        else:
            end_renewal_time = datetime.datetime.fromisoformat(_end_renewal_time)

        car_number = d.pop("car_number", UNSET)

        pet_name = d.pop("pet_name", UNSET)

        address = d.pop("address", UNSET)

        policy_code = d.pop("policy_code", UNSET)

        combined_payment = d.pop("combined_payment", UNSET)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: InsurancePolicyUploadRequestPaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = check_insurance_policy_upload_request_payment_method(_payment_method)

        _period_premium_mode = d.pop("period_premium_mode", UNSET)
        period_premium_mode: InsurancePolicyUploadRequestPeriodPremiumMode | Unset
        if isinstance(_period_premium_mode, Unset):
            period_premium_mode = UNSET
        else:
            period_premium_mode = check_insurance_policy_upload_request_period_premium_mode(_period_premium_mode)

        _payment_period = d.pop("payment_period", UNSET)
        payment_period: InsurancePolicyUploadRequestPaymentPeriod | Unset
        if isinstance(_payment_period, Unset):
            payment_period = UNSET
        else:
            payment_period = check_insurance_policy_upload_request_payment_period(_payment_period)

        first_period_amount = d.pop("first_period_amount", UNSET)

        subsequent_period_amount = d.pop("subsequent_period_amount", UNSET)

        _coverage_term_type = d.pop("coverage_term_type", UNSET)
        coverage_term_type: InsurancePolicyUploadRequestCoverageTermType | Unset
        if isinstance(_coverage_term_type, Unset):
            coverage_term_type = UNSET
        else:
            coverage_term_type = check_insurance_policy_upload_request_coverage_term_type(_coverage_term_type)

        payee_mchid = d.pop("payee_mchid", UNSET)

        payee_appid = d.pop("payee_appid", UNSET)

        payee_openid = d.pop("payee_openid", UNSET)

        insurance_policy_upload_request = cls(
            out_insurance_no=out_insurance_no,
            insured_name_list=insured_name_list,
            insurance_company_code=insurance_company_code,
            effective_time=effective_time,
            expired_time=expired_time,
            coverage_detail=coverage_detail,
            support_renewal=support_renewal,
            policy_type=policy_type,
            policy_state=policy_state,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            policy_periods=policy_periods,
            appid=appid,
            openid=openid,
            free_insurance=free_insurance,
            insurance_name=insurance_name,
            start_renewal_time=start_renewal_time,
            end_renewal_time=end_renewal_time,
            car_number=car_number,
            pet_name=pet_name,
            address=address,
            policy_code=policy_code,
            combined_payment=combined_payment,
            payment_method=payment_method,
            period_premium_mode=period_premium_mode,
            payment_period=payment_period,
            first_period_amount=first_period_amount,
            subsequent_period_amount=subsequent_period_amount,
            coverage_term_type=coverage_term_type,
            payee_mchid=payee_mchid,
            payee_appid=payee_appid,
            payee_openid=payee_openid,
        )

        insurance_policy_upload_request.additional_properties = d
        return insurance_policy_upload_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
