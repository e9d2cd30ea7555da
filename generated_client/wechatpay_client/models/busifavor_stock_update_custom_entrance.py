# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.busifavor_stock_update_custom_entrance_code_display_mode import (
    BusifavorStockUpdateCustomEntranceCodeDisplayMode,
    check_busifavor_stock_update_custom_entrance_code_display_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_stock_update_mini_programs_info import BusifavorStockUpdateMiniProgramsInfo


T = TypeVar("T", bound="BusifavorStockUpdateCustomEntrance")


@_attrs_define
class BusifavorStockUpdateCustomEntrance:
    """自定义入口 — entrances to change."""

    mini_programs_info: BusifavorStockUpdateMiniProgramsInfo | Unset = UNSET
    """ 小程序入口 — mini-program entrance to change. To link a mini program, AppID, path and
    entrance text are all needed.
     """
    appid: str | Unset = UNSET
    """ 商户公众号appid — official account linked from the coupon. """
    hall_id: str | Unset = UNSET
    """ 营销馆id — marketing hall linked from the coupon. """
    code_display_mode: BusifavorStockUpdateCustomEntranceCodeDisplayMode | Unset = UNSET
    """ code展示模式 — how the code is shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mini_programs_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mini_programs_info, Unset):
            mini_programs_info = self.mini_programs_info.to_dict()

        appid = self.appid

        hall_id = self.hall_id

        code_display_mode: str | Unset = UNSET
        if not isinstance(self.code_display_mode, Unset):
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
        if code_display_mode is not UNSET:
            field_dict["code_display_mode"] = code_display_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_stock_update_mini_programs_info import BusifavorStockUpdateMiniProgramsInfo

        d = dict(src_dict)
        _mini_programs_info = d.pop("mini_programs_info", UNSET)
        mini_programs_info: BusifavorStockUpdateMiniProgramsInfo | Unset
        if isinstance(_mini_programs_info, Unset):
            mini_programs_info = UNSET
        else:
            mini_programs_info = BusifavorStockUpdateMiniProgramsInfo.from_dict(_mini_programs_info)

        appid = d.pop("appid", UNSET)

        hall_id = d.pop("hall_id", UNSET)

        _code_display_mode = d.pop("code_display_mode", UNSET)
        code_display_mode: BusifavorStockUpdateCustomEntranceCodeDisplayMode | Unset
        if isinstance(_code_display_mode, Unset):
            code_display_mode = UNSET
        else:
            code_display_mode = check_busifavor_stock_update_custom_entrance_code_display_mode(_code_display_mode)

        busifavor_stock_update_custom_entrance = cls(
            mini_programs_info=mini_programs_info,
            appid=appid,
            hall_id=hall_id,
            code_display_mode=code_display_mode,
        )

        busifavor_stock_update_custom_entrance.additional_properties = d
        return busifavor_stock_update_custom_entrance

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
