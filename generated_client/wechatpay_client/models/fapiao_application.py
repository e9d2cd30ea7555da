# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_information import FapiaoInformation


T = TypeVar("T", bound="FapiaoApplication")


@_attrs_define
class FapiaoApplication:
    """查询电子发票应答 — the fapiao of one application."""

    total_count: int
    """ 发票数量 — number of fapiao. """
    fapiao_information: list[FapiaoInformation] | Unset = UNSET
    """ 发票信息 — the fapiao. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        fapiao_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fapiao_information, Unset):
            fapiao_information = []
            for fapiao_information_item_data in self.fapiao_information:
                fapiao_information_item = fapiao_information_item_data.to_dict()
                fapiao_information.append(fapiao_information_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
            }
        )
        if fapiao_information is not UNSET:
            field_dict["fapiao_information"] = fapiao_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_information import FapiaoInformation

        d = dict(src_dict)
        total_count = d.pop("total_count")

        _fapiao_information = d.pop("fapiao_information", UNSET)
        fapiao_information: list[FapiaoInformation] | Unset = UNSET
        if _fapiao_information is not UNSET:
            fapiao_information = []
            for fapiao_information_item_data in _fapiao_information:
                fapiao_information_item = FapiaoInformation.from_dict(fapiao_information_item_data)

                fapiao_information.append(fapiao_information_item)

        fapiao_application = cls(
            total_count=total_count,
            fapiao_information=fapiao_information,
        )

        fapiao_application.additional_properties = d
        return fapiao_application

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
