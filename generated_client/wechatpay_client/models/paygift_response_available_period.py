# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_response_available_day_time import PaygiftResponseAvailableDayTime
    from ..models.paygift_response_available_time import PaygiftResponseAvailableTime


T = TypeVar("T", bound="PaygiftResponseAvailablePeriod")


@_attrs_define
class PaygiftResponseAvailablePeriod:
    """可用时间段 (应答) — time slots, as returned."""

    available_time: list[PaygiftResponseAvailableTime] | Unset = UNSET
    """ 可用时间 — date-time ranges. """
    available_day_time: list[PaygiftResponseAvailableDayTime] | Unset = UNSET
    """ 每日可用时间 — daily ranges. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_time, Unset):
            available_time = []
            for available_time_item_data in self.available_time:
                available_time_item = available_time_item_data.to_dict()
                available_time.append(available_time_item)

        available_day_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_day_time, Unset):
            available_day_time = []
            for available_day_time_item_data in self.available_day_time:
                available_day_time_item = available_day_time_item_data.to_dict()
                available_day_time.append(available_day_time_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_time is not UNSET:
            field_dict["available_time"] = available_time
        if available_day_time is not UNSET:
            field_dict["available_day_time"] = available_day_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_response_available_day_time import PaygiftResponseAvailableDayTime
        from ..models.paygift_response_available_time import PaygiftResponseAvailableTime

        d = dict(src_dict)
        _available_time = d.pop("available_time", UNSET)
        available_time: list[PaygiftResponseAvailableTime] | Unset = UNSET
        if _available_time is not UNSET:
            available_time = []
            for available_time_item_data in _available_time:
                available_time_item = PaygiftResponseAvailableTime.from_dict(available_time_item_data)

                available_time.append(available_time_item)

        _available_day_time = d.pop("available_day_time", UNSET)
        available_day_time: list[PaygiftResponseAvailableDayTime] | Unset = UNSET
        if _available_day_time is not UNSET:
            available_day_time = []
            for available_day_time_item_data in _available_day_time:
                available_day_time_item = PaygiftResponseAvailableDayTime.from_dict(available_day_time_item_data)

                available_day_time.append(available_day_time_item)

        paygift_response_available_period = cls(
            available_time=available_time,
            available_day_time=available_day_time,
        )

        paygift_response_available_period.additional_properties = d
        return paygift_response_available_period

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
