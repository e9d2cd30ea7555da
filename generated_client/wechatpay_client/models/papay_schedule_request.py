# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.papay_amount import PapayAmount


T = TypeVar("T", bound="PapayScheduleRequest")


@_attrs_define
class PapayScheduleRequest:
    """预约扣费请求 — schedule request."""

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    schedule_amount: PapayAmount
    """ 金额信息 — an entrusted-deduction amount the merchant sends, in fen (分). Request side;
    answers use `PapayResponseAmount`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        schedule_amount = self.schedule_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "schedule_amount": schedule_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.papay_amount import PapayAmount

        d = dict(src_dict)
        appid = d.pop("appid")

        schedule_amount = PapayAmount.from_dict(d.pop("schedule_amount"))

        papay_schedule_request = cls(
            appid=appid,
            schedule_amount=schedule_amount,
        )

        papay_schedule_request.additional_properties = d
        return papay_schedule_request

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
