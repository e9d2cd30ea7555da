# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_complaint_media import GlobalComplaintMedia
    from ..models.global_complaint_order import GlobalComplaintOrder
    from ..models.global_complaint_service_order import GlobalComplaintServiceOrder


T = TypeVar("T", bound="GlobalComplaint")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class GlobalComplaint:
    """投诉单 — one complaint of a cross-border merchant. Required are the fields both sources
    (OA and IM) mark required.

    """

    complaint_id: str
    """ 投诉单号 — complaint ID. """
    complaint_time: str
    """ 投诉时间 — when the user complained (RFC 3339). """
    complaint_detail: str
    """ 投诉详情 — the user's complaint text. """
    complaint_state: str
    """ 投诉单状态 — `PENDING`, `PROCESSING` or `PROCESSED` (open set). """
    complainted_mchid: str
    """ 被诉商户号 — the merchant complained about. """
    complaint_full_refunded: bool
    """ 投诉单是否已全额退款 — whether the orders have been refunded in full. """
    incoming_user_response: bool
    """ 是否有待回复的用户留言 — whether a user message awaits an answer. """
    user_complaint_times: int
    """ 用户投诉次数 — how often the user complained. """
    payer_phone: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 投诉人联系方式 — the user's phone number. WeChat Pay encrypts it with the merchant's
    API certificate key; the SDK decrypts it after verifying the answer (masked in repr).
     """
    complaint_order_info: list[GlobalComplaintOrder] | Unset = UNSET
    """ 投诉单关联订单信息 — the orders the complaint concerns. """
    is_overdue: bool | Unset = UNSET
    """ 是否超时 — whether the merchant's answer is overdue. """
    priority: str | Unset = UNSET
    """ 优先级 — `PRIORITY` or `GENERAL` (open set). """
    complaint_media_list: list[GlobalComplaintMedia] | Unset = UNSET
    """ 投诉资料列表 — media attached to the complaint. """
    problem_description: str | Unset = UNSET
    """ 问题描述 — the problem category the user chose. """
    complaint_detail_trans: str | Unset = UNSET
    """ 投诉详情翻译 — the complaint text in `mch_language`. """
    service_order_info: list[GlobalComplaintServiceOrder] | Unset = UNSET
    """ 投诉单关联服务单信息 — Pay Score service orders the complaint concerns. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complaint_id = self.complaint_id

        complaint_time = self.complaint_time

        complaint_detail = self.complaint_detail

        complaint_state = self.complaint_state

        complainted_mchid = self.complainted_mchid

        complaint_full_refunded = self.complaint_full_refunded

        incoming_user_response = self.incoming_user_response

        user_complaint_times = self.user_complaint_times

        payer_phone = self.payer_phone

        complaint_order_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.complaint_order_info, Unset):
            complaint_order_info = []
            for complaint_order_info_item_data in self.complaint_order_info:
                complaint_order_info_item = complaint_order_info_item_data.to_dict()
                complaint_order_info.append(complaint_order_info_item)

        is_overdue = self.is_overdue

        priority = self.priority

        complaint_media_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.complaint_media_list, Unset):
            complaint_media_list = []
            for complaint_media_list_item_data in self.complaint_media_list:
                complaint_media_list_item = complaint_media_list_item_data.to_dict()
                complaint_media_list.append(complaint_media_list_item)

        problem_description = self.problem_description

        complaint_detail_trans = self.complaint_detail_trans

        service_order_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_order_info, Unset):
            service_order_info = []
            for service_order_info_item_data in self.service_order_info:
                service_order_info_item = service_order_info_item_data.to_dict()
                service_order_info.append(service_order_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complaint_id": complaint_id,
                "complaint_time": complaint_time,
                "complaint_detail": complaint_detail,
                "complaint_state": complaint_state,
                "complainted_mchid": complainted_mchid,
                "complaint_full_refunded": complaint_full_refunded,
                "incoming_user_response": incoming_user_response,
                "user_complaint_times": user_complaint_times,
            }
        )
        if payer_phone is not UNSET:
            field_dict["payer_phone"] = payer_phone
        if complaint_order_info is not UNSET:
            field_dict["complaint_order_info"] = complaint_order_info
        if is_overdue is not UNSET:
            field_dict["is_overdue"] = is_overdue
        if priority is not UNSET:
            field_dict["priority"] = priority
        if complaint_media_list is not UNSET:
            field_dict["complaint_media_list"] = complaint_media_list
        if problem_description is not UNSET:
            field_dict["problem_description"] = problem_description
        if complaint_detail_trans is not UNSET:
            field_dict["complaint_detail_trans"] = complaint_detail_trans
        if service_order_info is not UNSET:
            field_dict["service_order_info"] = service_order_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_complaint_media import GlobalComplaintMedia
        from ..models.global_complaint_order import GlobalComplaintOrder
        from ..models.global_complaint_service_order import GlobalComplaintServiceOrder

        d = dict(src_dict)
        complaint_id = d.pop("complaint_id")

        complaint_time = d.pop("complaint_time")

        complaint_detail = d.pop("complaint_detail")

        complaint_state = d.pop("complaint_state")

        complainted_mchid = d.pop("complainted_mchid")

        complaint_full_refunded = d.pop("complaint_full_refunded")

        incoming_user_response = d.pop("incoming_user_response")

        user_complaint_times = d.pop("user_complaint_times")

        payer_phone = d.pop("payer_phone", UNSET)

        _complaint_order_info = d.pop("complaint_order_info", UNSET)
        complaint_order_info: list[GlobalComplaintOrder] | Unset = UNSET
        if _complaint_order_info is not UNSET:
            complaint_order_info = []
            for complaint_order_info_item_data in _complaint_order_info:
                complaint_order_info_item = GlobalComplaintOrder.from_dict(complaint_order_info_item_data)

                complaint_order_info.append(complaint_order_info_item)

        is_overdue = d.pop("is_overdue", UNSET)

        priority = d.pop("priority", UNSET)

        _complaint_media_list = d.pop("complaint_media_list", UNSET)
        complaint_media_list: list[GlobalComplaintMedia] | Unset = UNSET
        if _complaint_media_list is not UNSET:
            complaint_media_list = []
            for complaint_media_list_item_data in _complaint_media_list:
                complaint_media_list_item = GlobalComplaintMedia.from_dict(complaint_media_list_item_data)

                complaint_media_list.append(complaint_media_list_item)

        problem_description = d.pop("problem_description", UNSET)

        complaint_detail_trans = d.pop("complaint_detail_trans", UNSET)

        _service_order_info = d.pop("service_order_info", UNSET)
        service_order_info: list[GlobalComplaintServiceOrder] | Unset = UNSET
        if _service_order_info is not UNSET:
            service_order_info = []
            for service_order_info_item_data in _service_order_info:
                service_order_info_item = GlobalComplaintServiceOrder.from_dict(service_order_info_item_data)

                service_order_info.append(service_order_info_item)

        global_complaint = cls(
            complaint_id=complaint_id,
            complaint_time=complaint_time,
            complaint_detail=complaint_detail,
            complaint_state=complaint_state,
            complainted_mchid=complainted_mchid,
            complaint_full_refunded=complaint_full_refunded,
            incoming_user_response=incoming_user_response,
            user_complaint_times=user_complaint_times,
            payer_phone=payer_phone,
            complaint_order_info=complaint_order_info,
            is_overdue=is_overdue,
            priority=priority,
            complaint_media_list=complaint_media_list,
            problem_description=problem_description,
            complaint_detail_trans=complaint_detail_trans,
            service_order_info=service_order_info,
        )

        global_complaint.additional_properties = d
        return global_complaint

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
