# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_card_objective_completion_record import PayscoreCardObjectiveCompletionRecord
    from ..models.payscore_card_reward_usage_record import PayscoreCardRewardUsageRecord


T = TypeVar("T", bound="PayscoreCardUserRecordsRequest")


@_attrs_define
class PayscoreCardUserRecordsRequest:
    """增加用户记录请求 — goal completions and reward usages of a card."""

    card_template_id: str
    """ 卡模板ID — the card's template. """
    objective_completion_records: list[PayscoreCardObjectiveCompletionRecord] | Unset = UNSET
    """ 目标完成记录 — goals the user completed. """
    reward_usage_records: list[PayscoreCardRewardUsageRecord] | Unset = UNSET
    """ 优惠使用记录 — rewards the user used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_template_id = self.card_template_id

        objective_completion_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objective_completion_records, Unset):
            objective_completion_records = []
            for objective_completion_records_item_data in self.objective_completion_records:
                objective_completion_records_item = objective_completion_records_item_data.to_dict()
                objective_completion_records.append(objective_completion_records_item)

        reward_usage_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reward_usage_records, Unset):
            reward_usage_records = []
            for reward_usage_records_item_data in self.reward_usage_records:
                reward_usage_records_item = reward_usage_records_item_data.to_dict()
                reward_usage_records.append(reward_usage_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_template_id": card_template_id,
            }
        )
        if objective_completion_records is not UNSET:
            field_dict["objective_completion_records"] = objective_completion_records
        if reward_usage_records is not UNSET:
            field_dict["reward_usage_records"] = reward_usage_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_card_objective_completion_record import PayscoreCardObjectiveCompletionRecord
        from ..models.payscore_card_reward_usage_record import PayscoreCardRewardUsageRecord

        d = dict(src_dict)
        card_template_id = d.pop("card_template_id")

        _objective_completion_records = d.pop("objective_completion_records", UNSET)
        objective_completion_records: list[PayscoreCardObjectiveCompletionRecord] | Unset = UNSET
        if _objective_completion_records is not UNSET:
            objective_completion_records = []
            for objective_completion_records_item_data in _objective_completion_records:
                objective_completion_records_item = PayscoreCardObjectiveCompletionRecord.from_dict(
                    objective_completion_records_item_data
                )

                objective_completion_records.append(objective_completion_records_item)

        _reward_usage_records = d.pop("reward_usage_records", UNSET)
        reward_usage_records: list[PayscoreCardRewardUsageRecord] | Unset = UNSET
        if _reward_usage_records is not UNSET:
            reward_usage_records = []
            for reward_usage_records_item_data in _reward_usage_records:
                reward_usage_records_item = PayscoreCardRewardUsageRecord.from_dict(reward_usage_records_item_data)

                reward_usage_records.append(reward_usage_records_item)

        payscore_card_user_records_request = cls(
            card_template_id=card_template_id,
            objective_completion_records=objective_completion_records,
            reward_usage_records=reward_usage_records,
        )

        payscore_card_user_records_request.additional_properties = d
        return payscore_card_user_records_request

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
