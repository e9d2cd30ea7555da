# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_codepay_store_info import PayCodepayStoreInfo


T = TypeVar("T", bound="PayCodepaySceneInfo")


@_attrs_define
class PayCodepaySceneInfo:
    """付款码支付场景信息 — the till and store of a code payment."""

    store_info: PayCodepayStoreInfo
    """ 付款码支付门店信息 — the store of a code payment. """
    device_id: str | Unset = UNSET
    """ 商户端设备号 — till or device ID. """
    device_ip: str | Unset = UNSET
    """ 商户端设备IP — till or device IP. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_info = self.store_info.to_dict()

        device_id = self.device_id

        device_ip = self.device_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "store_info": store_info,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_ip is not UNSET:
            field_dict["device_ip"] = device_ip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pay_codepay_store_info import PayCodepayStoreInfo

        d = dict(src_dict)
        store_info = PayCodepayStoreInfo.from_dict(d.pop("store_info"))

        device_id = d.pop("device_id", UNSET)

        device_ip = d.pop("device_ip", UNSET)

        pay_codepay_scene_info = cls(
            store_info=store_info,
            device_id=device_id,
            device_ip=device_ip,
        )

        pay_codepay_scene_info.additional_properties = d
        return pay_codepay_scene_info

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
