# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_refund_progress_request_action import (
    ComplaintRefundProgressRequestAction,
    check_complaint_refund_progress_request_action,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintRefundProgressRequest")


@_attrs_define
class ComplaintRefundProgressRequest:
    """更新退款审批结果请求 — the merchant's decision on a refund request: `APPROVE` with
    `launch_refund_day`, or `REJECT` with `reject_reason` (and optional evidence images).

    """

    action: ComplaintRefundProgressRequestAction
    """ 审批动作 — `APPROVE` (同意退款) or `REJECT` (拒绝退款). """
    launch_refund_day: int | Unset = UNSET
    """ 预计发起退款时间 — for `APPROVE`: in how many working days the refund will be
    started (0 = today).
     """
    reject_reason: str | Unset = UNSET
    """ 拒绝退款原因 — why the refund is refused (for `REJECT`). """
    reject_media_list: list[str] | Unset = UNSET
    """ 拒绝退款的举证图片列表 — up to 4 `media_id`s of evidence images (for `REJECT`). """
    remark: str | Unset = UNSET
    """ 备注 — anything else for WeChat Pay's customer service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        launch_refund_day = self.launch_refund_day

        reject_reason = self.reject_reason

        reject_media_list: list[str] | Unset = UNSET
        if not isinstance(self.reject_media_list, Unset):
            reject_media_list = self.reject_media_list

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if launch_refund_day is not UNSET:
            field_dict["launch_refund_day"] = launch_refund_day
        if reject_reason is not UNSET:
            field_dict["reject_reason"] = reject_reason
        if reject_media_list is not UNSET:
            field_dict["reject_media_list"] = reject_media_list
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = check_complaint_refund_progress_request_action(d.pop("action"))

        launch_refund_day = d.pop("launch_refund_day", UNSET)

        reject_reason = d.pop("reject_reason", UNSET)

        reject_media_list = cast(list[str], d.pop("reject_media_list", UNSET))

        remark = d.pop("remark", UNSET)

        complaint_refund_progress_request = cls(
            action=action,
            launch_refund_day=launch_refund_day,
            reject_reason=reject_reason,
            reject_media_list=reject_media_list,
            remark=remark,
        )

        complaint_refund_progress_request.additional_properties = d
        return complaint_refund_progress_request

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
