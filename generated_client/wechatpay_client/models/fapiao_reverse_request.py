# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_reverse_information import FapiaoReverseInformation


T = TypeVar("T", bound="FapiaoReverseRequest")


@_attrs_define
class FapiaoReverseRequest:
    """冲红电子发票请求 — the reason and the fapiao to reverse."""

    reverse_reason: str
    """ 冲红原因 — free text in the older mode (e.g. 退款); in the 数电 mode one of
    `ISSUE_ERROR` (开票有误), `SALES_RETURN` (销货退回), `SERVICE_SUSPENTION` (服务中止,
    official spelling) or `SALES_DISCOUNT` (销售折让).
     """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    fapiao_information: list[FapiaoReverseInformation] | Unset = UNSET
    """ 需要冲红的发票信息 — the fapiao to reverse. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reverse_reason = self.reverse_reason

        sub_mchid = self.sub_mchid

        fapiao_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fapiao_information, Unset):
            fapiao_information = []
            for fapiao_information_item_data in self.fapiao_information:
                fapiao_information_item = fapiao_information_item_data.to_dict()
                fapiao_information.append(fapiao_information_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reverse_reason": reverse_reason,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if fapiao_information is not UNSET:
            field_dict["fapiao_information"] = fapiao_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_reverse_information import FapiaoReverseInformation

        d = dict(src_dict)
        reverse_reason = d.pop("reverse_reason")

        sub_mchid = d.pop("sub_mchid", UNSET)

        _fapiao_information = d.pop("fapiao_information", UNSET)
        fapiao_information: list[FapiaoReverseInformation] | Unset = UNSET
        if _fapiao_information is not UNSET:
            fapiao_information = []
            for fapiao_information_item_data in _fapiao_information:
                fapiao_information_item = FapiaoReverseInformation.from_dict(fapiao_information_item_data)

                fapiao_information.append(fapiao_information_item)

        fapiao_reverse_request = cls(
            reverse_reason=reverse_reason,
            sub_mchid=sub_mchid,
            fapiao_information=fapiao_information,
        )

        fapiao_reverse_request.additional_properties = d
        return fapiao_reverse_request

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
