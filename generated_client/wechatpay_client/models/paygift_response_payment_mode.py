# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_response_payment_method_info import PaygiftResponsePaymentMethodInfo


T = TypeVar("T", bound="PaygiftResponsePaymentMode")


@_attrs_define
class PaygiftResponsePaymentMode:
    """支付模式 (应答) — payment scenes, as returned. OA and IM also place a
    `payment_method_information` here; it is kept as an optional field.

    """

    payment_scene_list: list[str] | Unset = UNSET
    """ 支付场景列表 — e.g. `APP_SCENE`, `MINIAPP_SCENE`. Open set. """
    payment_method_information: PaygiftResponsePaymentMethodInfo | Unset = UNSET
    """ 支付方式信息 (应答) — payment method restriction, as returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_scene_list: list[str] | Unset = UNSET
        if not isinstance(self.payment_scene_list, Unset):
            payment_scene_list = self.payment_scene_list

        payment_method_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_information, Unset):
            payment_method_information = self.payment_method_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_scene_list is not UNSET:
            field_dict["payment_scene_list"] = payment_scene_list
        if payment_method_information is not UNSET:
            field_dict["payment_method_information"] = payment_method_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_response_payment_method_info import PaygiftResponsePaymentMethodInfo

        d = dict(src_dict)
        payment_scene_list = cast(list[str], d.pop("payment_scene_list", UNSET))

        _payment_method_information = d.pop("payment_method_information", UNSET)
        payment_method_information: PaygiftResponsePaymentMethodInfo | Unset
        if isinstance(_payment_method_information, Unset):
            payment_method_information = UNSET
        else:
            payment_method_information = PaygiftResponsePaymentMethodInfo.from_dict(_payment_method_information)

        paygift_response_payment_mode = cls(
            payment_scene_list=payment_scene_list,
            payment_method_information=payment_method_information,
        )

        paygift_response_payment_mode.additional_properties = d
        return paygift_response_payment_mode

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
