# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paygift_payment_mode_payment_scene_list_item import (
    PaygiftPaymentModePaymentSceneListItem,
    check_paygift_payment_mode_payment_scene_list_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftPaymentMode")


@_attrs_define
class PaygiftPaymentMode:
    """支付模式 — payment scenes (request side)."""

    payment_scene_list: list[PaygiftPaymentModePaymentSceneListItem] | Unset = UNSET
    """ 支付场景列表 — `APP_SCENE` (App), `SWING_CARD_SCENE` (card swipe), `NO_SECRET_SCENE`
    (password-free), `MINIAPP_SCENE` (mini program), `FACE_PAY_SCENE` (face payment),
    `OTHER_SCENE`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_scene_list: list[str] | Unset = UNSET
        if not isinstance(self.payment_scene_list, Unset):
            payment_scene_list = []
            for payment_scene_list_item_data in self.payment_scene_list:
                payment_scene_list_item: str = payment_scene_list_item_data
                payment_scene_list.append(payment_scene_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_scene_list is not UNSET:
            field_dict["payment_scene_list"] = payment_scene_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _payment_scene_list = d.pop("payment_scene_list", UNSET)
        payment_scene_list: list[PaygiftPaymentModePaymentSceneListItem] | Unset = UNSET
        if _payment_scene_list is not UNSET:
            payment_scene_list = []
            for payment_scene_list_item_data in _payment_scene_list:
                payment_scene_list_item = check_paygift_payment_mode_payment_scene_list_item(
                    payment_scene_list_item_data
                )

                payment_scene_list.append(payment_scene_list_item)

        paygift_payment_mode = cls(
            payment_scene_list=payment_scene_list,
        )

        paygift_payment_mode.additional_properties = d
        return paygift_payment_mode

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
