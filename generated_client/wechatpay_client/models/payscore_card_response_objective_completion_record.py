# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardResponseObjectiveCompletionRecord")


@_attrs_define
class PayscoreCardResponseObjectiveCompletionRecord:
    """目标完成记录 (应答) — one goal completion as returned."""

    objective_completion_serial_no: str | Unset = UNSET
    """ 目标完成流水号 — the merchant's serial number. """
    objective_id: str | Unset = UNSET
    """ 目标ID — goal ID. """
    completion_time: str | Unset = UNSET
    """ 目标完成时间 — when the goal was completed. """
    completion_type: str | Unset = UNSET
    """ 目标完成类型 — completion type; open set. """
    description: str | Unset = UNSET
    """ 目标完成描述 — description. """
    completion_count: int | Unset = UNSET
    """ 目标完成数量 — quantity. """
    remark: str | Unset = UNSET
    """ 备注说明 — note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objective_completion_serial_no = self.objective_completion_serial_no

        objective_id = self.objective_id

        completion_time = self.completion_time

        completion_type = self.completion_type

        description = self.description

        completion_count = self.completion_count

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if objective_completion_serial_no is not UNSET:
            field_dict["objective_completion_serial_no"] = objective_completion_serial_no
        if objective_id is not UNSET:
            field_dict["objective_id"] = objective_id
        if completion_time is not UNSET:
            field_dict["completion_time"] = completion_time
        if completion_type is not UNSET:
            field_dict["completion_type"] = completion_type
        if description is not UNSET:
            field_dict["description"] = description
        if completion_count is not UNSET:
            field_dict["completion_count"] = completion_count
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objective_completion_serial_no = d.pop("objective_completion_serial_no", UNSET)

        objective_id = d.pop("objective_id", UNSET)

        completion_time = d.pop("completion_time", UNSET)

        completion_type = d.pop("completion_type", UNSET)

        description = d.pop("description", UNSET)

        completion_count = d.pop("completion_count", UNSET)

        remark = d.pop("remark", UNSET)

        payscore_card_response_objective_completion_record = cls(
            objective_completion_serial_no=objective_completion_serial_no,
            objective_id=objective_id,
            completion_time=completion_time,
            completion_type=completion_type,
            description=description,
            completion_count=completion_count,
            remark=remark,
        )

        payscore_card_response_objective_completion_record.additional_properties = d
        return payscore_card_response_objective_completion_record

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
