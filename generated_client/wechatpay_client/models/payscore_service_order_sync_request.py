# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payscore_service_order_sync_request_type import (
    PayscoreServiceOrderSyncRequestType,
    check_payscore_service_order_sync_request_type,
)

if TYPE_CHECKING:
    from ..models.payscore_sync_detail import PayscoreSyncDetail


T = TypeVar("T", bound="PayscoreServiceOrderSyncRequest")


@_attrs_define
class PayscoreServiceOrderSyncRequest:
    """同步服务订单信息请求 — report an off-platform event of the order."""

    appid: str
    """ 公众账号ID — the AppID the order was created with. """
    service_id: str
    """ 服务ID — the service ID the order was created with. """
    type_: PayscoreServiceOrderSyncRequestType
    """ 场景类型 — `Order_Paid`: the merchant collected the money through its own channel.
     """
    detail: PayscoreSyncDetail
    """ 内容信息详情 — details of an `Order_Paid` sync. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        type_: str = self.type_

        detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "service_id": service_id,
                "type": type_,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_sync_detail import PayscoreSyncDetail

        d = dict(src_dict)
        appid = d.pop("appid")

        service_id = d.pop("service_id")

        type_ = check_payscore_service_order_sync_request_type(d.pop("type"))

        detail = PayscoreSyncDetail.from_dict(d.pop("detail"))

        payscore_service_order_sync_request = cls(
            appid=appid,
            service_id=service_id,
            type_=type_,
            detail=detail,
        )

        payscore_service_order_sync_request.additional_properties = d
        return payscore_service_order_sync_request

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
