# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_pay_store_info import GlobalPayStoreInfo


T = TypeVar("T", bound="GlobalPayH5SceneInfo")


@_attrs_define
class GlobalPayH5SceneInfo:
    """场景信息 (H5) — scene of an H5 sale; the user's IP and the store are required."""

    payer_client_ip: str
    """ 用户终端IP — IP of the user's device. """
    store_info: GlobalPayStoreInfo
    """ 商户门店信息 — the store where the sale happens. """
    device_id: str | Unset = UNSET
    """ 商户端设备号 — merchant device number. """
    device_ip: str | Unset = UNSET
    """ 商户端设备IP — IP of the merchant device. """
    operator_id: str | Unset = UNSET
    """ 操作员ID — cashier / operator ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_client_ip = self.payer_client_ip

        store_info = self.store_info.to_dict()

        device_id = self.device_id

        device_ip = self.device_ip

        operator_id = self.operator_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payer_client_ip": payer_client_ip,
                "store_info": store_info,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_ip is not UNSET:
            field_dict["device_ip"] = device_ip
        if operator_id is not UNSET:
            field_dict["operator_id"] = operator_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_pay_store_info import GlobalPayStoreInfo

        d = dict(src_dict)
        payer_client_ip = d.pop("payer_client_ip")

        store_info = GlobalPayStoreInfo.from_dict(d.pop("store_info"))

        device_id = d.pop("device_id", UNSET)

        device_ip = d.pop("device_ip", UNSET)

        operator_id = d.pop("operator_id", UNSET)

        global_pay_h5_scene_info = cls(
            payer_client_ip=payer_client_ip,
            store_info=store_info,
            device_id=device_id,
            device_ip=device_ip,
            operator_id=operator_id,
        )

        global_pay_h5_scene_info.additional_properties = d
        return global_pay_h5_scene_info

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
