# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_with_contract_store_info import PayWithContractStoreInfo


T = TypeVar("T", bound="PayWithContractSceneInfo")


@_attrs_define
class PayWithContractSceneInfo:
    """场景信息 — payment scene. Same shape as `PaySceneInfo` (pay)."""

    payer_client_ip: str
    """ 用户终端IP — the user's client IP (IPv4 or IPv6). """
    device_id: str | Unset = UNSET
    """ 商户端设备号 — merchant device or till ID. """
    store_info: PayWithContractStoreInfo | Unset = UNSET
    """ 商户门店信息 — the merchant's store. OA and IM mark no field of it required here (the
    basic `PayStoreInfo` requires `id` after GO); the schema follows OA/IM.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_client_ip = self.payer_client_ip

        device_id = self.device_id

        store_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.store_info, Unset):
            store_info = self.store_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payer_client_ip": payer_client_ip,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if store_info is not UNSET:
            field_dict["store_info"] = store_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pay_with_contract_store_info import PayWithContractStoreInfo

        d = dict(src_dict)
        payer_client_ip = d.pop("payer_client_ip")

        device_id = d.pop("device_id", UNSET)

        _store_info = d.pop("store_info", UNSET)
        store_info: PayWithContractStoreInfo | Unset
        if isinstance(_store_info, Unset):
            store_info = UNSET
        else:
            store_info = PayWithContractStoreInfo.from_dict(_store_info)

        pay_with_contract_scene_info = cls(
            payer_client_ip=payer_client_ip,
            device_id=device_id,
            store_info=store_info,
        )

        pay_with_contract_scene_info.additional_properties = d
        return pay_with_contract_scene_info

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
