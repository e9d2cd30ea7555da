# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_additional_info import ComplaintAdditionalInfo
    from ..models.complaint_media import ComplaintMedia
    from ..models.complaint_order_info import ComplaintOrderInfo
    from ..models.complaint_service_order_info import ComplaintServiceOrderInfo


T = TypeVar("T", bound="Complaint")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class Complaint:
    """投诉单 — a complaint, as returned by `query_complaint` and as an entry of
    `list_complaints` (list entries have no `payer_openid`).

    """

    complaint_id: str
    """ 投诉单号 — complaint ID. """
    complaint_time: datetime.datetime
    """ 投诉时间 — when the complaint was filed (RFC 3339). """
    complaint_detail: str
    """ 投诉详情 — what the user wrote. """
    complaint_state: str
    """ 投诉单状态 — state. Open set; known values: `PENDING` (待处理), `PROCESSING`
    (处理中), `PROCESSED` (已处理完成).
     """
    complainted_mchid: str
    """ 被诉商户号 — merchant ID complained about. """
    complaint_full_refunded: bool
    """ 投诉单是否已全额退款 — whether the complained orders are fully refunded. """
    incoming_user_response: bool
    """ 是否有待回复的用户留言 — whether a user message awaits the merchant's reply. """
    problem_description: str
    """ 问题描述 — the problem as the user chose it. """
    user_complaint_times: int
    """ 用户投诉次数 — how many times the user complained about this. """
    payer_phone: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 投诉人联系方式 — the user's phone number. WeChat Pay encrypts it with the merchant
    API certificate's public key; the SDK decrypts it with the merchant private key
    after verifying the answer, so the model holds the plaintext (masked in its repr).
     """
    payer_openid: str | Unset = UNSET
    """ 投诉人openid — the user's OpenID (detail only). """
    complaint_media_list: list[ComplaintMedia] | Unset = UNSET
    """ 投诉资料列表 — images attached to the complaint. """
    complaint_order_info: list[ComplaintOrderInfo] | Unset = UNSET
    """ 投诉单关联订单信息 — payment orders the complaint is about. """
    service_order_info: list[ComplaintServiceOrderInfo] | Unset = UNSET
    """ 投诉单关联服务单信息 — WeChat Pay Score service orders the complaint is about. """
    problem_type: str | Unset = UNSET
    """ 问题类型 — problem type. Open set; known values: `REFUND` (申请退款; answer with
    `update_complaint_refund_progress`), `SERVICE_NOT_WORK` (服务权益未生效), `OTHERS`.
     """
    apply_refund_amount: int | Unset = UNSET
    """ 申请退款金额 — amount the user asks back, in fen; for `REFUND` complaints. """
    user_tag_list: list[str] | Unset = UNSET
    """ 用户标签列表 — user tags. Open set; known values: `TRUSTED` (此类用户满意度较高),
    `HIGH_RISK` (高风险用户).
     """
    additional_info: ComplaintAdditionalInfo | Unset = UNSET
    """ 补充信息 — scene-specific details of a complaint. """
    in_platform_service: bool | Unset = UNSET
    """ 是否在平台协助中 — whether WeChat Pay is currently mediating. """
    need_immediate_service: bool | Unset = UNSET
    """ 是否需即时服务用户 — whether the complaint needs immediate service (reply with
    `respond_complaint_immediate_service`).
     """
    is_agent_mode: bool | Unset = UNSET
    """ 是否是智能体投诉 — whether the complaint was filed through an AI agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complaint_id = self.complaint_id

        complaint_time = self.complaint_time.isoformat()

        complaint_detail = self.complaint_detail

        complaint_state = self.complaint_state

        complainted_mchid = self.complainted_mchid

        complaint_full_refunded = self.complaint_full_refunded

        incoming_user_response = self.incoming_user_response

        problem_description = self.problem_description

        user_complaint_times = self.user_complaint_times

        payer_phone = self.payer_phone

        payer_openid = self.payer_openid

        complaint_media_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.complaint_media_list, Unset):
            complaint_media_list = []
            for complaint_media_list_item_data in self.complaint_media_list:
                complaint_media_list_item = complaint_media_list_item_data.to_dict()
                complaint_media_list.append(complaint_media_list_item)

        complaint_order_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.complaint_order_info, Unset):
            complaint_order_info = []
            for complaint_order_info_item_data in self.complaint_order_info:
                complaint_order_info_item = complaint_order_info_item_data.to_dict()
                complaint_order_info.append(complaint_order_info_item)

        service_order_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_order_info, Unset):
            service_order_info = []
            for service_order_info_item_data in self.service_order_info:
                service_order_info_item = service_order_info_item_data.to_dict()
                service_order_info.append(service_order_info_item)

        problem_type = self.problem_type

        apply_refund_amount = self.apply_refund_amount

        user_tag_list: list[str] | Unset = UNSET
        if not isinstance(self.user_tag_list, Unset):
            user_tag_list = self.user_tag_list

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        in_platform_service = self.in_platform_service

        need_immediate_service = self.need_immediate_service

        is_agent_mode = self.is_agent_mode

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
                "problem_description": problem_description,
                "user_complaint_times": user_complaint_times,
            }
        )
        if payer_phone is not UNSET:
            field_dict["payer_phone"] = payer_phone
        if payer_openid is not UNSET:
            field_dict["payer_openid"] = payer_openid
        if complaint_media_list is not UNSET:
            field_dict["complaint_media_list"] = complaint_media_list
        if complaint_order_info is not UNSET:
            field_dict["complaint_order_info"] = complaint_order_info
        if service_order_info is not UNSET:
            field_dict["service_order_info"] = service_order_info
        if problem_type is not UNSET:
            field_dict["problem_type"] = problem_type
        if apply_refund_amount is not UNSET:
            field_dict["apply_refund_amount"] = apply_refund_amount
        if user_tag_list is not UNSET:
            field_dict["user_tag_list"] = user_tag_list
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if in_platform_service is not UNSET:
            field_dict["in_platform_service"] = in_platform_service
        if need_immediate_service is not UNSET:
            field_dict["need_immediate_service"] = need_immediate_service
        if is_agent_mode is not UNSET:
            field_dict["is_agent_mode"] = is_agent_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_additional_info import ComplaintAdditionalInfo
        from ..models.complaint_media import ComplaintMedia
        from ..models.complaint_order_info import ComplaintOrderInfo
        from ..models.complaint_service_order_info import ComplaintServiceOrderInfo

        d = dict(src_dict)
        complaint_id = d.pop("complaint_id")

        complaint_time = datetime.datetime.fromisoformat(d.pop("complaint_time"))

        complaint_detail = d.pop("complaint_detail")

        complaint_state = d.pop("complaint_state")

        complainted_mchid = d.pop("complainted_mchid")

        complaint_full_refunded = d.pop("complaint_full_refunded")

        incoming_user_response = d.pop("incoming_user_response")

        problem_description = d.pop("problem_description")

        user_complaint_times = d.pop("user_complaint_times")

        payer_phone = d.pop("payer_phone", UNSET)

        payer_openid = d.pop("payer_openid", UNSET)

        _complaint_media_list = d.pop("complaint_media_list", UNSET)
        complaint_media_list: list[ComplaintMedia] | Unset = UNSET
        if _complaint_media_list is not UNSET:
            complaint_media_list = []
            for complaint_media_list_item_data in _complaint_media_list:
                complaint_media_list_item = ComplaintMedia.from_dict(complaint_media_list_item_data)

                complaint_media_list.append(complaint_media_list_item)

        _complaint_order_info = d.pop("complaint_order_info", UNSET)
        complaint_order_info: list[ComplaintOrderInfo] | Unset = UNSET
        if _complaint_order_info is not UNSET:
            complaint_order_info = []
            for complaint_order_info_item_data in _complaint_order_info:
                complaint_order_info_item = ComplaintOrderInfo.from_dict(complaint_order_info_item_data)

                complaint_order_info.append(complaint_order_info_item)

        _service_order_info = d.pop("service_order_info", UNSET)
        service_order_info: list[ComplaintServiceOrderInfo] | Unset = UNSET
        if _service_order_info is not UNSET:
            service_order_info = []
            for service_order_info_item_data in _service_order_info:
                service_order_info_item = ComplaintServiceOrderInfo.from_dict(service_order_info_item_data)

                service_order_info.append(service_order_info_item)

        problem_type = d.pop("problem_type", UNSET)

        apply_refund_amount = d.pop("apply_refund_amount", UNSET)

        user_tag_list = cast(list[str], d.pop("user_tag_list", UNSET))

        _additional_info = d.pop("additional_info", UNSET)
        additional_info: ComplaintAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = ComplaintAdditionalInfo.from_dict(_additional_info)

        in_platform_service = d.pop("in_platform_service", UNSET)

        need_immediate_service = d.pop("need_immediate_service", UNSET)

        is_agent_mode = d.pop("is_agent_mode", UNSET)

        complaint = cls(
            complaint_id=complaint_id,
            complaint_time=complaint_time,
            complaint_detail=complaint_detail,
            complaint_state=complaint_state,
            complainted_mchid=complainted_mchid,
            complaint_full_refunded=complaint_full_refunded,
            incoming_user_response=incoming_user_response,
            problem_description=problem_description,
            user_complaint_times=user_complaint_times,
            payer_phone=payer_phone,
            payer_openid=payer_openid,
            complaint_media_list=complaint_media_list,
            complaint_order_info=complaint_order_info,
            service_order_info=service_order_info,
            problem_type=problem_type,
            apply_refund_amount=apply_refund_amount,
            user_tag_list=user_tag_list,
            additional_info=additional_info,
            in_platform_service=in_platform_service,
            need_immediate_service=need_immediate_service,
            is_agent_mode=is_agent_mode,
        )

        complaint.additional_properties = d
        return complaint

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
