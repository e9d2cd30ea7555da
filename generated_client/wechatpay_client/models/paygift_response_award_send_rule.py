# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_response_full_send_rule import PaygiftResponseFullSendRule
    from ..models.paygift_response_step_send_rule import PaygiftResponseStepSendRule


T = TypeVar("T", bound="PaygiftResponseAwardSendRule")


@_attrs_define
class PaygiftResponseAwardSendRule:
    """活动奖品发放规则 (应答) — the prize rule; one of the rule kinds is present."""

    full_send_rule: PaygiftResponseFullSendRule | Unset = UNSET
    """ 满送活动奖品发放规则 (应答) — spend-threshold rule, as returned. """
    step_send_rule: PaygiftResponseStepSendRule | Unset = UNSET
    """ 阶梯送发放规则 (应答) — tiered rule, as returned (documented by OA and IM only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_send_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_send_rule, Unset):
            full_send_rule = self.full_send_rule.to_dict()

        step_send_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step_send_rule, Unset):
            step_send_rule = self.step_send_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_send_rule is not UNSET:
            field_dict["full_send_rule"] = full_send_rule
        if step_send_rule is not UNSET:
            field_dict["step_send_rule"] = step_send_rule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_response_full_send_rule import PaygiftResponseFullSendRule
        from ..models.paygift_response_step_send_rule import PaygiftResponseStepSendRule

        d = dict(src_dict)
        _full_send_rule = d.pop("full_send_rule", UNSET)
        full_send_rule: PaygiftResponseFullSendRule | Unset
        if isinstance(_full_send_rule, Unset):
            full_send_rule = UNSET
        else:
            full_send_rule = PaygiftResponseFullSendRule.from_dict(_full_send_rule)

        _step_send_rule = d.pop("step_send_rule", UNSET)
        step_send_rule: PaygiftResponseStepSendRule | Unset
        if isinstance(_step_send_rule, Unset):
            step_send_rule = UNSET
        else:
            step_send_rule = PaygiftResponseStepSendRule.from_dict(_step_send_rule)

        paygift_response_award_send_rule = cls(
            full_send_rule=full_send_rule,
            step_send_rule=step_send_rule,
        )

        paygift_response_award_send_rule.additional_properties = d
        return paygift_response_award_send_rule

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
