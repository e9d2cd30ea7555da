# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_notification_fapiao import FapiaoNotificationFapiao


T = TypeVar("T", bound="FapiaoNotificationResource")


@_attrs_define
class FapiaoNotificationResource:
    """电子发票通知 — the decrypted resource of `FAPIAO.ISSUED` (开具成功),
    `FAPIAO.REVERSED` (冲红成功), `FAPIAO.CARD_INSERTED` (插入卡包成功) and
    `FAPIAO.CARD_DISCARDED` (卡券作废), sent to the `callback_url` of
    `update_fapiao_development_config`. It lists every fapiao of the application with its
    status and card state; read details with `query_fapiao`. The `original_type` of these
    notifications is not documented. Unknown keys are kept.

    """

    mchid: str
    """ 商户号 — merchant ID. """
    fapiao_apply_id: str
    """ 发票申请单号 — the application number. """
    fapiao_information: list[FapiaoNotificationFapiao]
    """ 发票信息 — every fapiao of the application. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (service-provider mode only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        fapiao_apply_id = self.fapiao_apply_id

        fapiao_information = []
        for fapiao_information_item_data in self.fapiao_information:
            fapiao_information_item = fapiao_information_item_data.to_dict()
            fapiao_information.append(fapiao_information_item)

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "fapiao_apply_id": fapiao_apply_id,
                "fapiao_information": fapiao_information,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_notification_fapiao import FapiaoNotificationFapiao

        d = dict(src_dict)
        mchid = d.pop("mchid")

        fapiao_apply_id = d.pop("fapiao_apply_id")

        fapiao_information = []
        _fapiao_information = d.pop("fapiao_information")
        for fapiao_information_item_data in _fapiao_information:
            fapiao_information_item = FapiaoNotificationFapiao.from_dict(fapiao_information_item_data)

            fapiao_information.append(fapiao_information_item)

        sub_mchid = d.pop("sub_mchid", UNSET)

        fapiao_notification_resource = cls(
            mchid=mchid,
            fapiao_apply_id=fapiao_apply_id,
            fapiao_information=fapiao_information,
            sub_mchid=sub_mchid,
        )

        fapiao_notification_resource.additional_properties = d
        return fapiao_notification_resource

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
