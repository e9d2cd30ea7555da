# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.complaint_message import ComplaintMessage


T = TypeVar("T", bound="ComplaintImmediateServiceRequest")


@_attrs_define
class ComplaintImmediateServiceRequest:
    """回复需要即时服务的投诉单请求 — a rich reply to an immediate-service complaint."""

    complainted_mchid: str
    """ 被诉商户号 — merchant ID complained about (the direct merchant's own `mchid`). """
    message: ComplaintMessage
    """ 普通消息 — a rich message (request side; see `ComplaintHistoryMessage` for the logged
    form). Combine blocks of text, images, links, suggested questions and buttons.
     """
    idempotent_id: str
    """ 幂等ID — idempotency key (e.g. a UUID); WeChat Pay handles each value once, so an
    identical resend is safe.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complainted_mchid = self.complainted_mchid

        message = self.message.to_dict()

        idempotent_id = self.idempotent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complainted_mchid": complainted_mchid,
                "message": message,
                "idempotent_id": idempotent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_message import ComplaintMessage

        d = dict(src_dict)
        complainted_mchid = d.pop("complainted_mchid")

        message = ComplaintMessage.from_dict(d.pop("message"))

        idempotent_id = d.pop("idempotent_id")

        complaint_immediate_service_request = cls(
            complainted_mchid=complainted_mchid,
            message=message,
            idempotent_id=idempotent_id,
        )

        complaint_immediate_service_request.additional_properties = d
        return complaint_immediate_service_request

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
