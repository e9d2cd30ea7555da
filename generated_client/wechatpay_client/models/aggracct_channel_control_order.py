# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggracct_channel_punish_order import AggracctChannelPunishOrder
    from ..models.aggracct_channel_recover_order import AggracctChannelRecoverOrder


T = TypeVar("T", bound="AggracctChannelControlOrder")


@_attrs_define
class AggracctChannelControlOrder:
    """控制单 — a control or release order: `control_scene` says which, and `punish_order` or
    `recover_order` carries it.

    """

    control_scene: str
    """ 控制场景 — `PUNISH` or `RECOVER` (open set). """
    punish_order: AggracctChannelPunishOrder | Unset = UNSET
    """ 管控单 — a control order. """
    recover_order: AggracctChannelRecoverOrder | Unset = UNSET
    """ 解管单 — a release order. `punish_scene` and `punish_rule_version` are strings here (integers
    in `AggracctChannelPunishOrder`), as every source types them.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_scene = self.control_scene

        punish_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.punish_order, Unset):
            punish_order = self.punish_order.to_dict()

        recover_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recover_order, Unset):
            recover_order = self.recover_order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_scene": control_scene,
            }
        )
        if punish_order is not UNSET:
            field_dict["punish_order"] = punish_order
        if recover_order is not UNSET:
            field_dict["recover_order"] = recover_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aggracct_channel_punish_order import AggracctChannelPunishOrder
        from ..models.aggracct_channel_recover_order import AggracctChannelRecoverOrder

        d = dict(src_dict)
        control_scene = d.pop("control_scene")

        _punish_order = d.pop("punish_order", UNSET)
        punish_order: AggracctChannelPunishOrder | Unset
        if isinstance(_punish_order, Unset):
            punish_order = UNSET
        else:
            punish_order = AggracctChannelPunishOrder.from_dict(_punish_order)

        _recover_order = d.pop("recover_order", UNSET)
        recover_order: AggracctChannelRecoverOrder | Unset
        if isinstance(_recover_order, Unset):
            recover_order = UNSET
        else:
            recover_order = AggracctChannelRecoverOrder.from_dict(_recover_order)

        aggracct_channel_control_order = cls(
            control_scene=control_scene,
            punish_order=punish_order,
            recover_order=recover_order,
        )

        aggracct_channel_control_order.additional_properties = d
        return aggracct_channel_control_order

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
