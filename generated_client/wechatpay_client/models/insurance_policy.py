# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsurancePolicy")


@_attrs_define
class InsurancePolicy:
    """保单信息 — a policy as stored by WeChat Pay (upload, update and query responses)."""

    out_insurance_no: str
    """ 商户保险编号 — the merchant's insurance number (unique on the merchant side). """
    insurance_name: str
    """ 保险名称 — insurance product name. """
    insured_name_list: list[str]
    """ 被保险人姓名列表 — names of the insured persons, as returned by WeChat Pay (documented as
    Base64 strings, i.e. encrypted; the SDK does not decrypt them).
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
    policy_type: str
    """ 保单类型 — policy type: other, medical, accident, critical illness, car, life,
    property, pet, annuity. Open set; known values: `POLICY_TYPE_OTHER`,
    `POLICY_TYPE_MEDICAL`, `POLICY_TYPE_ACCIDENT`, `POLICY_TYPE_CRITICAL`,
    `POLICY_TYPE_CAR`, `POLICY_TYPE_LIFE`, `POLICY_TYPE_PROPERTY`,
    `POLICY_TYPE_PET`, `POLICY_TYPE_ANNUITY`.
     """
    policy_state: str
    """ 保单状态 — policy state: issuing (出单中), approved (已承保), declined (拒保), inactive
    (已失效). Open set; known values: `POLICY_STATE_ISSUING`,
    `POLICY_STATE_APPROVED`, `POLICY_STATE_DECLINED`, `POLICY_STATE_INACTIVE`.
     """
    plan_id: str
    """ 委托代扣模板ID — entrusted-deduction plan (template) ID, as a string (documented so for this family). """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code of the deduction contract. """
    policy_periods: list[int]
    """ 保单的扣费周期列表 — the policy period numbers (保险扣费周期编号) of the deduction contract. """
    free_insurance: bool
    """ 是否为赠险 — whether the policy is a free (gifted) policy. """
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
    payment_method: str | Unset = UNSET
    """ 缴费方式 — payment method: other, periodic (期交) or lump sum (趸交). Open set;
    known values: `PAYMENT_METHOD_OTHER`, `PAYMENT_METHOD_PERIOD`,
    `PAYMENT_METHOD_LUMP_SUM`.
     """
    period_premium_mode: str | Unset = UNSET
    """ 期交保费模式 — periodic premium mode: equal, first period different, several
    different. Open set; known values: `PERIOD_PREMIUM_MODE_EQUAL`,
    `PERIOD_PREMIUM_MODE_FIRST_DIFF`, `PERIOD_PREMIUM_MODE_MULTI_DIFF`.
     """
    payment_period: str | Unset = UNSET
    """ 缴费周期 — premium period: day, week, two weeks, month, quarter, half year,
    year. Open set; known values: `PAYMENT_PERIOD_DAY`, `PAYMENT_PERIOD_WEEK`,
    `PAYMENT_PERIOD_BIWEEKLY`, `PAYMENT_PERIOD_MONTH`, `PAYMENT_PERIOD_QUARTER`,
    `PAYMENT_PERIOD_HALF_YEAR`, `PAYMENT_PERIOD_YEAR`.
     """
    first_period_amount: int | Unset = UNSET
    """ 首期保费金额 — first-period premium, in fen. """
    subsequent_period_amount: int | Unset = UNSET
    """ 后续每期保费金额 — premium of each later period, in fen. """
    coverage_term_type: str | Unset = UNSET
    """ 保障期限类型 — coverage term: fixed dates or lifetime. Open set; known values:
    `COVERAGE_TERM_TYPE_FIXED_DATE`, `COVERAGE_TERM_TYPE_LIFETIME`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_insurance_no = self.out_insurance_no

        insurance_name = self.insurance_name

        insured_name_list = self.insured_name_list

        insurance_company_code = self.insurance_company_code

        effective_time = self.effective_time.isoformat()

        expired_time = self.expired_time.isoformat()

        coverage_detail = self.coverage_detail

        support_renewal = self.support_renewal

        policy_type = self.policy_type

        policy_state = self.policy_state

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        policy_periods = self.policy_periods

        free_insurance = self.free_insurance

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

        payment_method = self.payment_method

        period_premium_mode = self.period_premium_mode

        payment_period = self.payment_period

        first_period_amount = self.first_period_amount

        subsequent_period_amount = self.subsequent_period_amount

        coverage_term_type = self.coverage_term_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_insurance_no": out_insurance_no,
                "insurance_name": insurance_name,
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
                "free_insurance": free_insurance,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_insurance_no = d.pop("out_insurance_no")

        insurance_name = d.pop("insurance_name")

        insured_name_list = cast(list[str], d.pop("insured_name_list"))

        insurance_company_code = d.pop("insurance_company_code")

        effective_time = datetime.datetime.fromisoformat(d.pop("effective_time"))

        expired_time = datetime.datetime.fromisoformat(d.pop("expired_time"))

        coverage_detail = d.pop("coverage_detail")

        support_renewal = d.pop("support_renewal")

        policy_type = d.pop("policy_type")

        policy_state = d.pop("policy_state")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        policy_periods = cast(list[int], d.pop("policy_periods"))

        free_insurance = d.pop("free_insurance")

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

        payment_method = d.pop("payment_method", UNSET)

        period_premium_mode = d.pop("period_premium_mode", UNSET)

        payment_period = d.pop("payment_period", UNSET)

        first_period_amount = d.pop("first_period_amount", UNSET)

        subsequent_period_amount = d.pop("subsequent_period_amount", UNSET)

        coverage_term_type = d.pop("coverage_term_type", UNSET)

        insurance_policy = cls(
            out_insurance_no=out_insurance_no,
            insurance_name=insurance_name,
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
            free_insurance=free_insurance,
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
        )

        insurance_policy.additional_properties = d
        return insurance_policy

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
