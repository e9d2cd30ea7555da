# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComplaintNotificationResource")


@_attrs_define
class ComplaintNotificationResource:
    """投诉通知 — the decrypted resource of `COMPLAINT.CREATE` (a user filed a complaint) and
    `COMPLAINT.STATE_CHANGE` (a complaint moved on), original_type `complaint`, sent to the
    address registered with `create_complaint_notification`. It only names the complaint
    and what happened; read the complaint with `query_complaint` or its log with
    `list_complaint_negotiation_history`. The same event may arrive more than once.
    Unknown keys are kept.

    """

    complaint_id: str
    """ 投诉单号 — the complaint. """
    action_type: str
    """ 动作类型 — what triggered the notification. Open set; known values:
    `CREATE_COMPLAINT`, `CONTINUE_COMPLAINT`, `USER_RESPONSE`, `RESPONSE_BY_PLATFORM`,
    `SELLER_REFUND`, `MERCHANT_RESPONSE`, `MERCHANT_CONFIRM_COMPLETE`,
    `USER_APPLY_PLATFORM_SERVICE`, `USER_CANCEL_PLATFORM_SERVICE`,
    `PLATFORM_SERVICE_FINISHED`, `MERCHANT_APPROVE_REFUND`, `MERCHANT_REJECT_REFUND`,
    `REFUND_SUCCESS`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complaint_id = self.complaint_id

        action_type = self.action_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complaint_id": complaint_id,
                "action_type": action_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        complaint_id = d.pop("complaint_id")

        action_type = d.pop("action_type")

        complaint_notification_resource = cls(
            complaint_id=complaint_id,
            action_type=action_type,
        )

        complaint_notification_resource.additional_properties = d
        return complaint_notification_resource

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
