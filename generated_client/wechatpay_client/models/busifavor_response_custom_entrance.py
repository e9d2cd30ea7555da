# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_response_mini_programs_info import BusifavorResponseMiniProgramsInfo


T = TypeVar("T", bound="BusifavorResponseCustomEntrance")


@_attrs_define
class BusifavorResponseCustomEntrance:
    """自定义入口 — entrances on the coupon's detail page."""

    mini_programs_info: BusifavorResponseMiniProgramsInfo | Unset = UNSET
    """ 小程序入口 — mini-program entrance. """
    appid: str | Unset = UNSET
    """ 商户公众号appid — linked official account. """
    hall_id: str | Unset = UNSET
    """ 营销馆id — linked marketing hall. """
    store_id: str | Unset = UNSET
    """ 可用门店id — store. """
    code_display_mode: str | Unset = UNSET
    """ code展示模式 — `NOT_SHOW`, `BARCODE`, `QRCODE` (open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mini_programs_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mini_programs_info, Unset):
            mini_programs_info = self.mini_programs_info.to_dict()

        appid = self.appid

        hall_id = self.hall_id

        store_id = self.store_id

        code_display_mode = self.code_display_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mini_programs_info is not UNSET:
            field_dict["mini_programs_info"] = mini_programs_info
        if appid is not UNSET:
            field_dict["appid"] = appid
        if hall_id is not UNSET:
            field_dict["hall_id"] = hall_id
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if code_display_mode is not UNSET:
            field_dict["code_display_mode"] = code_display_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_response_mini_programs_info import BusifavorResponseMiniProgramsInfo

        d = dict(src_dict)
        _mini_programs_info = d.pop("mini_programs_info", UNSET)
        mini_programs_info: BusifavorResponseMiniProgramsInfo | Unset
        if isinstance(_mini_programs_info, Unset):
            mini_programs_info = UNSET
        else:
            mini_programs_info = BusifavorResponseMiniProgramsInfo.from_dict(_mini_programs_info)

        appid = d.pop("appid", UNSET)

        hall_id = d.pop("hall_id", UNSET)

        store_id = d.pop("store_id", UNSET)

        code_display_mode = d.pop("code_display_mode", UNSET)

        busifavor_response_custom_entrance = cls(
            mini_programs_info=mini_programs_info,
            appid=appid,
            hall_id=hall_id,
            store_id=store_id,
            code_display_mode=code_display_mode,
        )

        busifavor_response_custom_entrance.additional_properties = d
        return busifavor_response_custom_entrance

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
