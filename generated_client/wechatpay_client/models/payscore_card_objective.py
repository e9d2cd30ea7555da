# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_card_response_objective_completion_record import (
        PayscoreCardResponseObjectiveCompletionRecord,
    )


T = TypeVar("T", bound="PayscoreCardObjective")


@_attrs_define
class PayscoreCardObjective:
    """目标 — one goal of a card."""

    objective_id: str | Unset = UNSET
    """ 目标ID — goal ID. """
    name: str | Unset = UNSET
    """ 目标名称 — goal name. """
    count: int | Unset = UNSET
    """ 目标数量 — quantity to reach. """
    unit: str | Unset = UNSET
    """ 目标单位 — unit. """
    description: str | Unset = UNSET
    """ 目标描述 — description. """
    objective_completion_records: list[PayscoreCardResponseObjectiveCompletionRecord] | Unset = UNSET
    """ 目标完成记录 — completions reported by the merchant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objective_id = self.objective_id

        name = self.name

        count = self.count

        unit = self.unit

        description = self.description

        objective_completion_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objective_completion_records, Unset):
            objective_completion_records = []
            for objective_completion_records_item_data in self.objective_completion_records:
                objective_completion_records_item = objective_completion_records_item_data.to_dict()
                objective_completion_records.append(objective_completion_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if objective_id is not UNSET:
            field_dict["objective_id"] = objective_id
        if name is not UNSET:
            field_dict["name"] = name
        if count is not UNSET:
            field_dict["count"] = count
        if unit is not UNSET:
            field_dict["unit"] = unit
        if description is not UNSET:
            field_dict["description"] = description
        if objective_completion_records is not UNSET:
            field_dict["objective_completion_records"] = objective_completion_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_card_response_objective_completion_record import (
            PayscoreCardResponseObjectiveCompletionRecord,
        )

        d = dict(src_dict)
        objective_id = d.pop("objective_id", UNSET)

        name = d.pop("name", UNSET)

        count = d.pop("count", UNSET)

        unit = d.pop("unit", UNSET)

        description = d.pop("description", UNSET)

        _objective_completion_records = d.pop("objective_completion_records", UNSET)
        objective_completion_records: list[PayscoreCardResponseObjectiveCompletionRecord] | Unset = UNSET
        if _objective_completion_records is not UNSET:
            objective_completion_records = []
            for objective_completion_records_item_data in _objective_completion_records:
                objective_completion_records_item = PayscoreCardResponseObjectiveCompletionRecord.from_dict(
                    objective_completion_records_item_data
                )

                objective_completion_records.append(objective_completion_records_item)

        payscore_card_objective = cls(
            objective_id=objective_id,
            name=name,
            count=count,
            unit=unit,
            description=description,
            objective_completion_records=objective_completion_records,
        )

        payscore_card_objective.additional_properties = d
        return payscore_card_objective

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
