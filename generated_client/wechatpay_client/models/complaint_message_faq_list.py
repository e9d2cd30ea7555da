# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_message_faq import ComplaintMessageFaq


T = TypeVar("T", bound="ComplaintMessageFaqList")


@_attrs_define
class ComplaintMessageFaqList:
    """FAQ列表 — suggested questions."""

    faqs: list[ComplaintMessageFaq] | Unset = UNSET
    """ FAQ列表 — the questions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        faqs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.faqs, Unset):
            faqs = []
            for faqs_item_data in self.faqs:
                faqs_item = faqs_item_data.to_dict()
                faqs.append(faqs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if faqs is not UNSET:
            field_dict["faqs"] = faqs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_message_faq import ComplaintMessageFaq

        d = dict(src_dict)
        _faqs = d.pop("faqs", UNSET)
        faqs: list[ComplaintMessageFaq] | Unset = UNSET
        if _faqs is not UNSET:
            faqs = []
            for faqs_item_data in _faqs:
                faqs_item = ComplaintMessageFaq.from_dict(faqs_item_data)

                faqs.append(faqs_item)

        complaint_message_faq_list = cls(
            faqs=faqs,
        )

        complaint_message_faq_list.additional_properties = d
        return complaint_message_faq_list

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
