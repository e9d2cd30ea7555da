# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_click_message import ComplaintClickMessage
    from ..models.complaint_history_message import ComplaintHistoryMessage
    from ..models.complaint_media import ComplaintMedia


T = TypeVar("T", bound="ComplaintNegotiationHistory")


@_attrs_define
class ComplaintNegotiationHistory:
    """投诉协商历史 — one entry of a complaint's log."""

    log_id: str
    """ 操作流水号 — entry ID. """
    operator: str
    """ 操作人 — who acted (e.g. 投诉人, 商户, 微信支付客服), as text. """
    operate_time: datetime.datetime
    """ 操作时间 — when (RFC 3339). """
    operate_type: str
    """ 操作类型 — what happened. Open set; known values: `USER_CREATE_COMPLAINT`,
    `USER_CONTINUE_COMPLAINT`, `USER_RESPONSE`, `PLATFORM_RESPONSE`,
    `MERCHANT_RESPONSE`, `MERCHANT_CONFIRM_COMPLETE`,
    `USER_CREATE_COMPLAINT_SYSTEM_MESSAGE`, `COMPLAINT_FULL_REFUNDED_SYSTEM_MESSAGE`,
    `USER_CONTINUE_COMPLAINT_SYSTEM_MESSAGE`, `USER_REVOKE_COMPLAINT`,
    `USER_COMFIRM_COMPLAINT`, `PLATFORM_HELP_APPLICATION`, `USER_APPLY_PLATFORM_HELP`,
    `MERCHANT_APPROVE_REFUND`, `MERCHANT_REFUSE_RERUND`, `USER_SUBMIT_SATISFACTION`,
    `SERVICE_ORDER_CANCEL`, `SERVICE_ORDER_COMPLETE`,
    `COMPLAINT_PARTIAL_REFUNDED_SYSTEM_MESSAGE`,
    `COMPLAINT_REFUND_RECEIVED_SYSTEM_MESSAGE`,
    `COMPLAINT_ENTRUSTED_REFUND_SYSTEM_MESSAGE`, `USER_APPLY_PLATFORM_SERVICE`,
    `USER_CANCEL_PLATFORM_SERVICE`, `PLATFORM_SERVICE_FINISHED`, `USER_CLICK_RESPONSE`
    (upstream spellings kept).
     """
    operate_details: str | Unset = UNSET
    """ 操作内容 — text of the entry. """
    image_list: list[str] | Unset = UNSET
    """ 图片凭证 — image URLs of the entry. """
    complaint_media_list: ComplaintMedia | Unset = UNSET
    """ 投诉资料 — a group of images of one kind. """
    user_appy_platform_service_reason: str | Unset = UNSET
    """ 用户申请平台协助原因 — why the user asked WeChat Pay to mediate (upstream spelling). """
    user_appy_platform_service_reason_description: str | Unset = UNSET
    """ 用户申请平台协助原因描述 — the user's explanation of that request. """
    normal_message: ComplaintHistoryMessage | Unset = UNSET
    """ 普通消息 (应答) — a rich message as logged. Response-side twin of `ComplaintMessage`;
    every value set is open.
     """
    click_message: ComplaintClickMessage | Unset = UNSET
    """ 用户点击回复消息 — a click by the user on a message action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_id = self.log_id

        operator = self.operator

        operate_time = self.operate_time.isoformat()

        operate_type = self.operate_type

        operate_details = self.operate_details

        image_list: list[str] | Unset = UNSET
        if not isinstance(self.image_list, Unset):
            image_list = self.image_list

        complaint_media_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.complaint_media_list, Unset):
            complaint_media_list = self.complaint_media_list.to_dict()

        user_appy_platform_service_reason = self.user_appy_platform_service_reason

        user_appy_platform_service_reason_description = self.user_appy_platform_service_reason_description

        normal_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normal_message, Unset):
            normal_message = self.normal_message.to_dict()

        click_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.click_message, Unset):
            click_message = self.click_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_id": log_id,
                "operator": operator,
                "operate_time": operate_time,
                "operate_type": operate_type,
            }
        )
        if operate_details is not UNSET:
            field_dict["operate_details"] = operate_details
        if image_list is not UNSET:
            field_dict["image_list"] = image_list
        if complaint_media_list is not UNSET:
            field_dict["complaint_media_list"] = complaint_media_list
        if user_appy_platform_service_reason is not UNSET:
            field_dict["user_appy_platform_service_reason"] = user_appy_platform_service_reason
        if user_appy_platform_service_reason_description is not UNSET:
            field_dict["user_appy_platform_service_reason_description"] = user_appy_platform_service_reason_description
        if normal_message is not UNSET:
            field_dict["normal_message"] = normal_message
        if click_message is not UNSET:
            field_dict["click_message"] = click_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_click_message import ComplaintClickMessage
        from ..models.complaint_history_message import ComplaintHistoryMessage
        from ..models.complaint_media import ComplaintMedia

        d = dict(src_dict)
        log_id = d.pop("log_id")

        operator = d.pop("operator")

        operate_time = datetime.datetime.fromisoformat(d.pop("operate_time"))

        operate_type = d.pop("operate_type")

        operate_details = d.pop("operate_details", UNSET)

        image_list = cast(list[str], d.pop("image_list", UNSET))

        _complaint_media_list = d.pop("complaint_media_list", UNSET)
        complaint_media_list: ComplaintMedia | Unset
        if isinstance(_complaint_media_list, Unset):
            complaint_media_list = UNSET
        else:
            complaint_media_list = ComplaintMedia.from_dict(_complaint_media_list)

        user_appy_platform_service_reason = d.pop("user_appy_platform_service_reason", UNSET)

        user_appy_platform_service_reason_description = d.pop("user_appy_platform_service_reason_description", UNSET)

        _normal_message = d.pop("normal_message", UNSET)
        normal_message: ComplaintHistoryMessage | Unset
        if isinstance(_normal_message, Unset):
            normal_message = UNSET
        else:
            normal_message = ComplaintHistoryMessage.from_dict(_normal_message)

        _click_message = d.pop("click_message", UNSET)
        click_message: ComplaintClickMessage | Unset
        if isinstance(_click_message, Unset):
            click_message = UNSET
        else:
            click_message = ComplaintClickMessage.from_dict(_click_message)

        complaint_negotiation_history = cls(
            log_id=log_id,
            operator=operator,
            operate_time=operate_time,
            operate_type=operate_type,
            operate_details=operate_details,
            image_list=image_list,
            complaint_media_list=complaint_media_list,
            user_appy_platform_service_reason=user_appy_platform_service_reason,
            user_appy_platform_service_reason_description=user_appy_platform_service_reason_description,
            normal_message=normal_message,
            click_message=click_message,
        )

        complaint_negotiation_history.additional_properties = d
        return complaint_negotiation_history

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
