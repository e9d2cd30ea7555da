# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insurance_response_amount import InsuranceResponseAmount


T = TypeVar("T", bound="InsuranceResponsePolicyPeriodPlan")


@_attrs_define
class InsuranceResponsePolicyPeriodPlan:
    """扣费周期 (应答) — one policy period as WeChat Pay returns it (modify response). Same
    fields as `InsuranceRenewPolicyPeriodPlan`, but with the response-side amount
    (`InsuranceResponseAmount`: no closed currency set, no minimum), so a returned period
    always parses.

    """

    policy_period_id: int
    """ 保险扣费周期编号 — policy period number. """
    estimated_deduct_date: datetime.date
    """ 预计扣费的日期 — estimated deduction date (YYYY-MM-DD). """
    estimated_deduct_amount: InsuranceResponseAmount
    """ 金额信息 (应答) — an amount in fen (分) as WeChat Pay returns it: the response-side twin
    of the request schema `InsuranceAmount`, used by the responses of both insurance tags
    (`insurance_sign` and `insurance_pay`). `currency` stays an open string here.
     """
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
        from ..models.insurance_response_amount import InsuranceResponseAmount

        d = dict(src_dict)
        policy_period_id = d.pop("policy_period_id")

        estimated_deduct_date = datetime.date.fromisoformat(d.pop("estimated_deduct_date"))

        estimated_deduct_amount = InsuranceResponseAmount.from_dict(d.pop("estimated_deduct_amount"))

        insurance_response_policy_period_plan = cls(
            policy_period_id=policy_period_id,
            estimated_deduct_date=estimated_deduct_date,
            estimated_deduct_amount=estimated_deduct_amount,
        )

        insurance_response_policy_period_plan.additional_properties = d
        return insurance_response_policy_period_plan

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
