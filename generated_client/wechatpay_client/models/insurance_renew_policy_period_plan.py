# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insurance_amount import InsuranceAmount


T = TypeVar("T", bound="InsuranceRenewPolicyPeriodPlan")


@_attrs_define
class InsuranceRenewPolicyPeriodPlan:
    """扣费周期 (不含保障详情) — one policy period without coverage details, as sent by the
    caller. Used by the renew and modify requests and by the App pre-sign, whose
    documentation has no `policy_coverage_detail` (decision D3). The modify response uses
    `InsuranceResponsePolicyPeriodPlan`.

    """

    policy_period_id: int
    """ 保险扣费周期编号 — policy period number. """
    estimated_deduct_date: datetime.date
    """ 预计扣费的日期 — estimated deduction date (YYYY-MM-DD). """
    estimated_deduct_amount: InsuranceAmount
    """ 金额信息 — an amount in fen (分) sent by the caller (request side). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_period_id = self.policy_period_id

        estimated_deduct_date = self.estimated_deduct_date.isoformat()

        estimated_deduct_amount = self.estimated_deduct_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_period_id": policy_period_id,
                "estimated_deduct_date": estimated_deduct_date,
                "estimated_deduct_amount": estimated_deduct_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_amount import InsuranceAmount

        d = dict(src_dict)
        policy_period_id = d.pop("policy_period_id")

        estimated_deduct_date = datetime.date.fromisoformat(d.pop("estimated_deduct_date"))

        estimated_deduct_amount = InsuranceAmount.from_dict(d.pop("estimated_deduct_amount"))

        insurance_renew_policy_period_plan = cls(
            policy_period_id=policy_period_id,
            estimated_deduct_date=estimated_deduct_date,
            estimated_deduct_amount=estimated_deduct_amount,
        )

        insurance_renew_policy_period_plan.additional_properties = d
        return insurance_renew_policy_period_plan

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
