# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardObjectiveCompletionRecord")


@_attrs_define
class PayscoreCardObjectiveCompletionRecord:
    """目标完成记录 — one goal completion (request side)."""

    objective_completion_serial_no: str
    """ 目标完成流水号 — the merchant's serial number of this record. """
    objective_id: str
    """ 目标ID — the goal. """
    completion_time: str
    """ 目标完成时间 — when the goal was completed. """
    completion_type: str
    """ 目标完成类型 — completion type. """
    description: str
    """ 目标完成描述 — description (at most 20 characters). """
    completion_count: int
    """ 目标完成数量 — quantity completed. """
    remark: str | Unset = UNSET
    """ 备注说明 — note (at most 50 characters). """
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
        field_dict.update(
            {
                "objective_completion_serial_no": objective_completion_serial_no,
                "objective_id": objective_id,
                "completion_time": completion_time,
                "completion_type": completion_type,
                "description": description,
                "completion_count": completion_count,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objective_completion_serial_no = d.pop("objective_completion_serial_no")

        objective_id = d.pop("objective_id")

        completion_time = d.pop("completion_time")

        completion_type = d.pop("completion_type")

        description = d.pop("description")

        completion_count = d.pop("completion_count")

        remark = d.pop("remark", UNSET)

        payscore_card_objective_completion_record = cls(
            objective_completion_serial_no=objective_completion_serial_no,
            objective_id=objective_id,
            completion_time=completion_time,
            completion_type=completion_type,
            description=description,
            completion_count=completion_count,
            remark=remark,
        )

        payscore_card_objective_completion_record.additional_properties = d
        return payscore_card_objective_completion_record

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
