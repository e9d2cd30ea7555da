# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insurance_response_policy_period_plan import InsuranceResponsePolicyPeriodPlan


T = TypeVar("T", bound="InsuranceModifyPolicyPeriodsResponse")


@_attrs_define
class InsuranceModifyPolicyPeriodsResponse:
    """修改保险扣费周期列表应答 — modify response."""

    policy_periods: list[InsuranceResponsePolicyPeriodPlan] | Unset = UNSET
    """ 最新的扣费周期列表 — the latest list of periods. """
    cancel_scheduled_policy_period_id: int | Unset = UNSET
    """ 发生了取消预约的扣费计划项编号 — the period whose schedule was cancelled, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policy_periods, Unset):
            policy_periods = []
            for policy_periods_item_data in self.policy_periods:
                policy_periods_item = policy_periods_item_data.to_dict()
                policy_periods.append(policy_periods_item)

        cancel_scheduled_policy_period_id = self.cancel_scheduled_policy_period_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_periods is not UNSET:
            field_dict["policy_periods"] = policy_periods
        if cancel_scheduled_policy_period_id is not UNSET:
            field_dict["cancel_scheduled_policy_period_id"] = cancel_scheduled_policy_period_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_response_policy_period_plan import InsuranceResponsePolicyPeriodPlan

        d = dict(src_dict)
        _policy_periods = d.pop("policy_periods", UNSET)
        policy_periods: list[InsuranceResponsePolicyPeriodPlan] | Unset = UNSET
        if _policy_periods is not UNSET:
            policy_periods = []
            for policy_periods_item_data in _policy_periods:
                policy_periods_item = InsuranceResponsePolicyPeriodPlan.from_dict(policy_periods_item_data)

                policy_periods.append(policy_periods_item)

        cancel_scheduled_policy_period_id = d.pop("cancel_scheduled_policy_period_id", UNSET)

        insurance_modify_policy_periods_response = cls(
            policy_periods=policy_periods,
            cancel_scheduled_policy_period_id=cancel_scheduled_policy_period_id,
        )

        insurance_modify_policy_periods_response.additional_properties = d
        return insurance_modify_policy_periods_response

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
