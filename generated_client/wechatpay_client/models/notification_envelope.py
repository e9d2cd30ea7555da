# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_encrypted_resource import NotificationEncryptedResource


T = TypeVar("T", bound="NotificationEnvelope")


@_attrs_define
class NotificationEnvelope:
    """回调通知 — the outer body of every WeChat Pay notification, before decryption. Verify the
    `Wechatpay-*` headers against the raw body first, then decrypt `resource`.

    """

    id: str
    """ 通知ID — notification ID (at most 36 characters). """
    create_time: datetime.datetime
    """ 通知创建时间 — creation time (RFC 3339). """
    event_type: str
    """ 通知类型 — event type (open set), e.g. `INSURANCE_ENTRUST.SIGN`, `TRANSACTION.SUCCESS`,
    `REFUND.SUCCESS`, `MCHTRANSFER.BILL.FINISHED`. Each resource schema lists the event types
    it is the decrypted resource of (`x-wechatpay-event-types`); the generated
    `NOTIFICATION_RESOURCES` table gives the model of every declared event type.
     """
    resource_type: str
    """ 通知数据类型 — resource type, `encrypt-resource`. """
    resource: NotificationEncryptedResource
    """ 通知数据 — the encrypted resource (AES-256-GCM with the APIv3 key). """
    summary: str | Unset = UNSET
    """ 回调摘要 — human-readable summary. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        create_time = self.create_time.isoformat()

        event_type = self.event_type

        resource_type = self.resource_type

        resource = self.resource.to_dict()

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "create_time": create_time,
                "event_type": event_type,
                "resource_type": resource_type,
                "resource": resource,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_encrypted_resource import NotificationEncryptedResource

        d = dict(src_dict)
        id = d.pop("id")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        event_type = d.pop("event_type")

        resource_type = d.pop("resource_type")

        resource = NotificationEncryptedResource.from_dict(d.pop("resource"))

        summary = d.pop("summary", UNSET)

        notification_envelope = cls(
            id=id,
            create_time=create_time,
            event_type=event_type,
            resource_type=resource_type,
            resource=resource,
            summary=summary,
        )

        notification_envelope.additional_properties = d
        return notification_envelope

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
