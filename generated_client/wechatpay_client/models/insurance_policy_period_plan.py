# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insurance_amount import InsuranceAmount
    from ..models.insurance_policy_coverage_detail import InsurancePolicyCoverageDetail


T = TypeVar("T", bound="InsurancePolicyPeriodPlan")


@_attrs_define
class InsurancePolicyPeriodPlan:
    """保单的扣费周期 — one planned policy period of a pre-sign (H5, JSAPI, mini-program),
    optionally with its coverage details.

    """

    policy_period_id: int
    """ 保险扣费周期编号 — policy period number. """
    estimated_deduct_date: datetime.date
    """ 预计扣费的日期 — estimated deduction date (YYYY-MM-DD). """
    estimated_deduct_amount: InsuranceAmount
    """ 金额信息 — an amount in fen (分) sent by the caller (request side). """
    policy_coverage_detail: InsurancePolicyCoverageDetail | Unset = UNSET
    """ 保障详情 — coverage details of a policy period, shown to the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_period_id = self.policy_period_id

        estimated_deduct_date = self.estimated_deduct_date.isoformat()

        estimated_deduct_amount = self.estimated_deduct_amount.to_dict()

        policy_coverage_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy_coverage_detail, Unset):
            policy_coverage_detail = self.policy_coverage_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_period_id": policy_period_id,
                "estimated_deduct_date": estimated_deduct_date,
                "estimated_deduct_amount": estimated_deduct_amount,
            }
        )
        if policy_coverage_detail is not UNSET:
            field_dict["policy_coverage_detail"] = policy_coverage_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_amount import InsuranceAmount
        from ..models.insurance_policy_coverage_detail import InsurancePolicyCoverageDetail

        d = dict(src_dict)
        policy_period_id = d.pop("policy_period_id")

        estimated_deduct_date = datetime.date.fromisoformat(d.pop("estimated_deduct_date"))

        estimated_deduct_amount = InsuranceAmount.from_dict(d.pop("estimated_deduct_amount"))

        _policy_coverage_detail = d.pop("policy_coverage_detail", UNSET)
        policy_coverage_detail: InsurancePolicyCoverageDetail | Unset
        if isinstance(_policy_coverage_detail, Unset):
            policy_coverage_detail = UNSET
        else:
            policy_coverage_detail = InsurancePolicyCoverageDetail.from_dict(_policy_coverage_detail)

        insurance_policy_period_plan = cls(
            policy_period_id=policy_period_id,
            estimated_deduct_date=estimated_deduct_date,
            estimated_deduct_amount=estimated_deduct_amount,
            policy_coverage_detail=policy_coverage_detail,
        )

        insurance_policy_period_plan.additional_properties = d
        return insurance_policy_period_plan

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
